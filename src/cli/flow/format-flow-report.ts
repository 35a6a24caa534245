import type { FlowMetrics } from "../../flow/flow-metrics.js";
import { formatTable, shownRows } from "../analyze/format-table.js";
import { NOT_AVAILABLE, formatHours, formatPercent } from "../../report/format-values.js";
import type { Style } from "../style.js";

/** Most steps of a critical path written out in the text report; `--json` has them all. */
const PATH_STEPS = 12;
/** Most rows of a step table in the text report. */
const STEP_ROWS = 40;
/** Most paths of a branching stream listed in the text report. */
const PATH_ROWS = 5;

/** A duration with its exact hours when the readable unit is not hours: `7.7 d (185.25 h)`. */
const withHours = (hours: number) => {
  const readable = formatHours(hours);
  return readable.endsWith(" d") || readable.endsWith(" min") ? `${readable} (${formatHours1(hours)})` : readable;
};
const formatHours1 = (hours: number) => `${Number(hours.toFixed(2))} h`;

/** Step ids joined by arrows, the middle left out past `PATH_STEPS`. */
function pathText(steps: readonly string[]): string {
  if (steps.length <= PATH_STEPS) return steps.join(" -> ");
  const head = steps.slice(0, PATH_STEPS - 3);
  const tail = steps.slice(-2);
  return [...head, `... ${steps.length - head.length - tail.length} more ...`, ...tail].join(" -> ");
}

/**
 * The flow metrics of one value stream as lines for a terminal: lead, process and wait time in readable units, flow
 * efficiency, rolled %C&A, the critical path and the bottleneck, a table of the steps (their times, share of the lead
 * time, %C&A; `*` marks the critical path), and for a branching stream its longest paths.
 * @example formatFlowReport(flowMetrics(model, "onboard-employee"), createStyle(false))[0] // "onboard-employee: Onboard a new employee"
 */
export function formatFlowReport(flow: FlowMetrics, style: Style): string[] {
  const bottleneck = flow.steps.find((s) => s.id === flow.bottleneck)!;
  const paths = flow.pathCountExact === "1" ? "1" : `${flow.pathCountExact} (longest first below)`;
  const summary: [string, string][] = [
    ["lead time", withHours(flow.leadTimeHours)],
    ["process time", withHours(flow.processTimeHours)],
    ["wait time", withHours(flow.waitTimeHours)],
    ["flow efficiency", flow.flowEfficiency === undefined ? `${NOT_AVAILABLE} (no lead time)` : formatPercent(flow.flowEfficiency)],
    ["rolled %C&A", formatPercent(flow.rolledPctCompleteAccurate)],
    ["critical path", pathText(flow.criticalPath)],
    ["bottleneck", `${flow.bottleneck} (${formatHours(bottleneck.leadTimeHours)}: ${formatHours(bottleneck.processTimeHours)} work, ${formatHours(bottleneck.waitTimeHours)} waiting)`],
    ["paths", paths],
  ];
  const width = Math.max(...summary.map(([label]) => label.length)) + 2;
  const lines = [style.bold(`${flow.valueStream}: ${flow.name}`), ...summary.map(([label, value]) => `  ${label.padEnd(width)}${value}`), ""];

  const columns = [
    { title: "" },
    { title: "step" },
    { title: "activity" },
    { title: "process", align: "right" as const },
    { title: "wait", align: "right" as const },
    { title: "lead", align: "right" as const },
    { title: "share", align: "right" as const },
    { title: "%C&A", align: "right" as const },
    ...(flow.branching ? [{ title: "slack", align: "right" as const }] : []),
  ];
  const { rows, more } = shownRows(flow.steps, STEP_ROWS);
  const cells = rows.map((s) => [
    s.id === flow.bottleneck ? "!" : s.onCriticalPath ? "*" : "",
    s.id,
    s.activity,
    formatHours(s.processTimeHours),
    formatHours(s.waitTimeHours),
    formatHours(s.leadTimeHours),
    !s.onCriticalPath ? "-" : s.shareOfLeadTime === undefined ? NOT_AVAILABLE : formatPercent(s.shareOfLeadTime),
    formatPercent(s.pctCompleteAccurate),
    ...(flow.branching ? [formatHours(s.slackHours)] : []),
  ]);
  lines.push(...formatTable(columns, cells), ...more);
  const slack = flow.branching ? "; slack: how much longer a step may take before it lengthens the lead time" : "";
  lines.push(style.dim(`  * on the critical path, ! its bottleneck; share: of the lead time${slack}`));

  if (flow.branching && flow.paths.length > 1) {
    const listed = flow.paths.slice(0, PATH_ROWS);
    lines.push("", `  paths (${listed.length} of ${flow.pathCountExact}, longest first)`);
    const pathRows = listed.map((p) => [
      formatHours(p.leadTimeHours),
      formatHours(p.processTimeHours),
      p.flowEfficiency === undefined ? NOT_AVAILABLE : formatPercent(p.flowEfficiency),
      formatPercent(p.rolledPctCompleteAccurate),
      pathText(p.steps),
    ]);
    const pathColumns = [
      { title: "lead", align: "right" as const },
      { title: "process", align: "right" as const },
      { title: "efficiency", align: "right" as const },
      { title: "%C&A", align: "right" as const },
      { title: "steps" },
    ];
    lines.push(...formatTable(pathColumns, pathRows, 4));
  }
  return lines;
}
