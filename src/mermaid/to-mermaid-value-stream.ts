import { flowMetrics, type FlowMetrics } from "../flow/flow-metrics.js";
import type { Model } from "../model/schema/model.js";
import { ITIL4_VALUE_CHAIN_ACTIVITIES, type ActivityId } from "../reference/itil4.js";
import { elementOrThrow } from "./element-or-throw.js";
import { flowchartLabel, flowchartLines } from "./escape.js";
import { emitFlowchart, type FlowEdge, type FlowNode } from "./emit-flowchart.js";
import { formatHours, formatPercent } from "./format-quantity.js";
import type { MermaidDiagram } from "./mermaid-diagram.js";
import { mermaidNodeId } from "./mermaid-node-id.js";
import { booleanOption, choiceOption, type FlowchartViewOptions, readOptions, viewTitle } from "./view-options.js";

/** Options of {@link toMermaidValueStream}. */
export interface ValueStreamOptions extends FlowchartViewOptions {
  /** Group the steps in one subgraph per value chain activity (default), or not; steps are coloured by activity either way. */
  groupBy?: "activity" | "none";
  /** Process and wait time on each step (default true). */
  times?: boolean;
  /** %C&A (percent complete and accurate) on each step (default true). */
  pctCompleteAccurate?: boolean;
  /** Lead time, flow efficiency and rolled %C&A of the critical path on the outcome node (default true). */
  summary?: boolean;
}

const FN = "toMermaidValueStream";
const KEYS = ["direction", "title", "maxLabelLength", "limits", "href", "groupBy", "times", "pctCompleteAccurate", "summary"];

/** Short class names for the activities (a class name is an identifier). */
const ACTIVITY_CLASS: Readonly<Record<ActivityId, string>> = {
  plan: "plan",
  improve: "improve",
  engage: "engage",
  "design-and-transition": "design",
  "obtain-build": "obtain",
  "deliver-and-support": "deliver",
};

const CLASS_DEFS: readonly (readonly [string, string])[] = [
  ["plan", "fill:#e3f2fd,stroke:#1565c0,color:#0d2b45"],
  ["improve", "fill:#f1f8e9,stroke:#558b2f,color:#1b2e0b"],
  ["engage", "fill:#fff3e0,stroke:#e65100,color:#3e1a00"],
  ["design", "fill:#f3e5f5,stroke:#6a1b9a,color:#2a0a3a"],
  ["obtain", "fill:#e0f2f1,stroke:#00695c,color:#00261f"],
  ["deliver", "fill:#fce4ec,stroke:#ad1457,color:#3d0820"],
  ["ends", "fill:#fafafa,stroke:#616161,color:#212121"],
  ["critical", "stroke-width:3px"],
  ["bottleneck", "stroke:#c62828,stroke-width:4px"],
];

/**
 * A value stream as a flowchart: from the trigger through the steps (in order, or along their `next` graph) to the
 * outcome. Steps are grouped (subgraphs) and coloured by value chain activity and show their process and wait times
 * (`45m work, 1d wait`) and %C&A; the critical path (the longest by lead time, from `flowMetrics`) is drawn with thick
 * arrows and bold borders, its bottleneck step with a red border and the word "bottleneck"; the outcome node carries
 * the stream's lead time, flow efficiency and rolled %C&A. A stream without steps goes from trigger to outcome.
 * Throws `ModelError("not-found")` for an unknown value stream id, with a suggestion.
 * @example toMermaidValueStream(model, "onboard-employee", { groupBy: "none" }).text
 */
export function toMermaidValueStream(model: Model, id: string, options?: ValueStreamOptions): MermaidDiagram {
  const entry = elementOrThrow(FN, model, id, ["value-stream"]);
  const { raw, common } = readOptions(FN, options, KEYS);
  const groupBy = choiceOption(FN, raw, "groupBy", ["activity", "none"] as const, "activity");
  const showTimes = booleanOption(FN, raw, "times", true);
  const showPca = booleanOption(FN, raw, "pctCompleteAccurate", true);
  const showSummary = booleanOption(FN, raw, "summary", true);
  const stream = model.valueStreams[entry.path[1] as number]!;
  const max = common.maxLabelLength;
  const flow: FlowMetrics | undefined = stream.steps.length > 0 ? flowMetrics(model, stream.id, { maxPaths: 1 }) : undefined;
  const critical = new Set(flow?.criticalPath ?? []);
  const criticalEdges = new Set<string>();
  flow?.criticalPath.forEach((s, i, path) => {
    if (i > 0) criticalEdges.add(`${path[i - 1]} ${s}`);
  });

  const trigger = "x_trigger";
  const outcome = "x_outcome";
  const nodes: FlowNode[] = [
    { id: trigger, label: flowchartLines(["Trigger", stream.trigger], max, "(no trigger)"), shape: "stadium", classes: ["ends"] },
  ];
  for (const step of flow?.steps ?? []) {
    const lines = [step.name];
    if (showTimes) lines.push(`${formatHours(step.processTimeHours)} work, ${formatHours(step.waitTimeHours)} wait`);
    if (showPca) lines.push(`%C&A ${formatPercent(step.pctCompleteAccurate)}`);
    if (step.id === flow!.bottleneck) lines.push("bottleneck");
    const classes = [ACTIVITY_CLASS[step.activity]];
    if (critical.has(step.id)) classes.push("critical");
    if (step.id === flow!.bottleneck) classes.push("bottleneck");
    nodes.push({
      id: mermaidNodeId(step.id),
      label: flowchartLines(lines, max, step.id),
      shape: "rect",
      classes,
      ...(groupBy === "activity" ? { group: `x_${ACTIVITY_CLASS[step.activity]}` } : {}),
      element: { id: step.id, kind: "step" },
    });
  }
  const outcomeLines = ["Outcome", stream.outcome];
  if (flow && showSummary) {
    const efficiency = flow.flowEfficiency === undefined ? "n/a" : formatPercent(flow.flowEfficiency);
    outcomeLines.push(`lead time ${formatHours(flow.leadTimeHours)}, flow efficiency ${efficiency}, rolled %C&A ${formatPercent(flow.rolledPctCompleteAccurate)}`);
  }
  nodes.push({ id: outcome, label: flowchartLines(outcomeLines, max, "(no outcome)"), shape: "stadium", classes: ["ends"] });

  const edges: FlowEdge[] = [];
  const steps = stream.steps;
  const link = (from: string, to: string) =>
    edges.push({ from: mermaidNodeId(from), to: mermaidNodeId(to), kind: criticalEdges.has(`${from} ${to}`) ? "thick" : "solid" });
  if (!flow) edges.push({ from: trigger, to: outcome, kind: "solid" });
  else {
    for (const e of flow.entries) edges.push({ from: trigger, to: mermaidNodeId(e), kind: critical.has(e) ? "thick" : "solid" });
    if (flow.branching) for (const s of steps) for (const n of s.next ?? []) link(s.id, n);
    else for (let i = 1; i < steps.length; i++) link(steps[i - 1]!.id, steps[i]!.id);
    for (const e of flow.ends) edges.push({ from: mermaidNodeId(e), to: outcome, kind: critical.has(e) ? "thick" : "solid" });
  }
  const title = viewTitle(common, stream.name);
  return emitFlowchart(
    {
      direction: common.direction ?? "LR",
      title,
      groups: ITIL4_VALUE_CHAIN_ACTIVITIES.map((a) => ({ id: `x_${ACTIVITY_CLASS[a.id]}`, label: flowchartLabel(a.name) })),
      nodes,
      edges,
      classDefs: CLASS_DEFS,
    },
    {
      fn: FN,
      limits: common.limits,
      href: common.href,
      emptyNote: "No steps",
      trimHint: "Raise the limits on the site and here to see every step.",
    },
  );
}
