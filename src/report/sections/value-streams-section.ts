import { flowMetrics, type FlowMetrics } from "../../flow/flow-metrics.js";
import { practiceCoverage, type StreamCoverage } from "../../flow/practice-coverage.js";
import { valueStreamCosts } from "../../flow/value-stream-costs.js";
import type { ValueStream } from "../../model/schema/value-stream.js";
import { ITIL4_VALUE_CHAIN_ACTIVITIES } from "../../reference/itil4.js";
import { escapeMarkdown, markdown, markdownCode } from "../escape-markdown.js";
import { NOT_AVAILABLE, formatCount, formatHours, formatMoney, formatPercent } from "../format-values.js";
import { markdownTable } from "../markdown-table.js";
import type { ReportContext } from "../report-context.js";
import { diagramRequest } from "../report-diagrams.js";

const ACTIVITY_NAMES = new Map<string, string>(ITIL4_VALUE_CHAIN_ACTIVITIES.map((a) => [a.id, a.name]));

/**
 * Value streams: one row per stream with the flow metrics of its critical path (`flowMetrics`: lead, process and
 * wait time, flow efficiency, rolled %C&A, bottleneck), then per stream its trigger and outcome, critical path,
 * bottleneck, the value chain activities it skips and its steps without a practice (`practiceCoverage`), the cost of
 * the services it uses against its own benefits (`valueStreamCosts`), a table of its steps and its diagram.
 */
export function valueStreamsSection(context: ReportContext): string[] {
  const { model, name } = context;
  const lines = ["## Value streams", ""];
  if (model.valueStreams.length === 0) return [...lines, "The model has no value streams.", ""];
  lines.push(
    "Flow metrics on each stream's critical path, its longest path by lead time: lead time = process time + wait time; " +
      "flow efficiency = process time / lead time; rolled %C&A = the product of the steps' percent complete and accurate " +
      "(the share of work that passes every step without rework); the bottleneck is the longest step on the critical path. Days have 24 hours.",
    "",
  );
  const flows = new Map<string, FlowMetrics>();
  for (const stream of model.valueStreams) if (stream.steps.length > 0) flows.set(stream.id, flowMetrics(model, stream.id));
  const coverage = practiceCoverage(model).streams;
  const rows = model.valueStreams.map((stream) => {
    const f = flows.get(stream.id);
    return [
      stream.name,
      stream.consumer === undefined ? "none" : name(stream.consumer),
      markdown(String(stream.steps.length)),
      markdown(formatHours(f?.leadTimeHours)),
      markdown(formatHours(f?.processTimeHours)),
      markdown(formatHours(f?.waitTimeHours)),
      markdown(formatPercent(f?.flowEfficiency)),
      markdown(formatPercent(f?.rolledPctCompleteAccurate)),
      f === undefined ? NOT_AVAILABLE : name(f.bottleneck),
    ];
  });
  lines.push(
    ...markdownTable(
      [
        { title: "Value stream" },
        { title: "Consumer" },
        { title: "Steps", align: "right" },
        { title: "Lead time", align: "right" },
        { title: "Process time", align: "right" },
        { title: "Wait time", align: "right" },
        { title: "Flow efficiency", align: "right" },
        { title: "Rolled %C&A", align: "right" },
        { title: "Bottleneck" },
      ],
      rows,
    ),
    "",
  );
  model.valueStreams.forEach((stream, i) => lines.push(...streamDetail(context, stream, flows.get(stream.id), coverage[i]!)));
  return lines;
}

function streamDetail(context: ReportContext, stream: ValueStream, flow: FlowMetrics | undefined, coverage: StreamCoverage): string[] {
  const { name } = context;
  const lines = [`### Value stream: ${escapeMarkdown(stream.name)}`, ""];
  lines.push(`Trigger: ${escapeMarkdown(stream.trigger) || "none"}. Outcome: ${escapeMarkdown(stream.outcome) || "none"}.`, "");
  if (flow === undefined) return [...lines, "Not measured: the stream has no steps yet.", ""];
  const paths = flow.pathCount === 1 ? "its only path" : `the longest of ${flow.pathCountExact} paths`;
  const bottleneck = flow.steps.find((s) => s.id === flow.bottleneck)!;
  lines.push(`- Critical path (${paths}): ${flow.criticalPath.map((id) => escapeMarkdown(name(id))).join(" → ")}.`);
  lines.push(
    `- Bottleneck: ${escapeMarkdown(bottleneck.name)}, ${formatHours(bottleneck.leadTimeHours)} of process and wait time, ` +
      `${formatPercent(bottleneck.shareOfLeadTime)} of the lead time.`,
  );
  const skipped = coverage.skippedActivities.map((a) => ACTIVITY_NAMES.get(a) ?? a);
  lines.push(`- Value chain activities it skips: ${skipped.length === 0 ? "none" : skipped.join(", ")}.`);
  const noPractice = coverage.stepsWithoutPractice.map((id) => escapeMarkdown(name(id)));
  lines.push(`- Steps without a practice: ${noPractice.length === 0 ? "none" : noPractice.join(", ")}.`);
  // Cost and value of the stream: the services its steps use (attributed by use) against the stream's own benefits.
  const view = valueStreamCosts(context.model, stream.id, context.allocation());
  const currency = context.model.currency;
  const intangible = view.benefits.intangiblePresentValue > 0 ? ` (and ${formatMoney(view.benefits.intangiblePresentValue, currency)} intangible)` : "";
  lines.push(
    `- Cost of the services it uses, attributed by use (PV): ${formatMoney(view.attributedPresentValue, currency)}` +
      `${view.overlapping ? " (some counted inside others)" : ""}; its own benefits (PV): ` +
      `${formatMoney(view.benefits.tangiblePresentValue, currency)}${intangible}.`,
    "",
  );
  const rows = flow.steps.map((s) => [
    s.name,
    ACTIVITY_NAMES.get(s.activity) ?? s.activity,
    markdown(formatHours(s.processTimeHours)),
    markdown(formatHours(s.waitTimeHours)),
    markdown(formatPercent(s.pctCompleteAccurate)),
    markdown(s.onCriticalPath ? formatPercent(s.shareOfLeadTime) : "off the path"),
    markdown(formatHours(s.slackHours)),
    markdown(s.practices.length === 0 ? "none" : s.practices.map((p) => markdownCode(p, { cell: true })).join(", ")),
  ]);
  lines.push(
    ...markdownTable(
      [
        { title: "Step" },
        { title: "Activity" },
        { title: "Process time", align: "right" },
        { title: "Wait time", align: "right" },
        { title: "%C&A", align: "right" },
        { title: "Share of lead time", align: "right" },
        { title: "Slack", align: "right" },
        { title: "Practices" },
      ],
      rows,
    ),
    "",
    `${formatCount(flow.steps.length, "step")}; slack is how much longer a step could take before it lengthens the lead time.`,
    "",
  );
  lines.push(...context.diagram(diagramRequest("value-stream", stream.id), `Value stream: ${stream.name}`));
  return lines;
}
