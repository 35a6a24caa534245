import { invalidArgument } from "../model/errors.js";
import type { Model } from "../model/schema/model.js";
import type { Step } from "../model/schema/value-stream.js";
import { flowMetrics, type FlowMetrics } from "./flow-metrics.js";
import { stepGraph } from "./step-graph.js";
import { valueStreamAt } from "./value-stream-at.js";

/** How one figure changed. */
export interface MetricChange {
  before: number | undefined;
  after: number | undefined;
  /** after - before; `undefined` when either is. */
  change: number | undefined;
  /** (after - before) / before; `undefined` when either is undefined or before is 0. */
  relativeChange: number | undefined;
}

/** A field of a step that differs. Hours for times; `next` lists the following steps by their ids in the after stream. */
export interface StepFieldChange {
  field: "name" | "activity" | "practices" | "services" | "performer" | "processTimeHours" | "waitTimeHours" | "pctCompleteAccurate" | "next";
  before: string | number | string[] | undefined;
  after: string | number | string[] | undefined;
}

/** A step found in both streams (by id, or else by name) whose fields differ. */
export interface StepChange {
  before: string;
  after: string;
  changes: StepFieldChange[];
}

/** The flow figures of one side of a comparison. */
export type FlowSummary = Pick<
  FlowMetrics,
  "valueStream" | "name" | "leadTimeHours" | "processTimeHours" | "waitTimeHours" | "flowEfficiency" | "rolledPctCompleteAccurate" | "criticalPath" | "bottleneck" | "pathCount"
>;

/** The result of {@link compareValueStreams}. */
export interface ValueStreamComparison {
  before: FlowSummary;
  after: FlowSummary;
  leadTimeHours: MetricChange;
  processTimeHours: MetricChange;
  waitTimeHours: MetricChange;
  flowEfficiency: MetricChange;
  rolledPctCompleteAccurate: MetricChange;
  /** Steps of the after stream with no match in the before stream, in document order. */
  stepsAdded: string[];
  /** Steps of the before stream with no match in the after stream, in document order. */
  stepsRemoved: string[];
  /** Matched steps whose fields differ, in the after stream's order. */
  stepsChanged: StepChange[];
  /** Every matched pair, in the after stream's order, and how it was matched. */
  matches: { before: string; after: string; by: "id" | "name" }[];
  /** The bottleneck before and after; `moved` when the after bottleneck is not the step that was the bottleneck. */
  bottleneck: { before: string; after: string; moved: boolean };
  /** Whether the critical path goes through other steps (compared through the matching). */
  criticalPathChanged: boolean;
}

/**
 * Compare two versions of a value stream (a redesign: current state and future state): the change in lead, process and
 * wait time (hours), flow efficiency and rolled %C&A on the critical path, as after - before and (after - before) /
 * before; the steps added, removed and changed (field by field); whether the bottleneck moved. Steps are matched by id,
 * then the steps left over by name (trimmed, case-insensitive, when the name is unique on both sides): two streams of
 * one model cannot share step ids, so a future-state stream beside its current state is matched by step names.
 * Call it with one model and two stream ids, or with a model and id for each side (two versions of a model file).
 * Throws `ModelError` as {@link flowMetrics} does, for either stream.
 * @example
 * const after = updateElement(model, "order-device", { waitTime: "4h" });
 * const diff = compareValueStreams(model, "onboard-employee", after, "onboard-employee");
 * diff.leadTimeHours // { before: 185.25, after: 117.25, change: -68, relativeChange: -0.367 }
 * diff.bottleneck // { before: "order-device", after: "approve-access", moved: true }
 * compareValueStreams(model, "onboard-as-is", "onboard-to-be") // two streams of one model, steps matched by name
 */
export function compareValueStreams(model: Model, beforeId: string, afterId: string): ValueStreamComparison;
export function compareValueStreams(beforeModel: Model, beforeId: string, afterModel: Model, afterId: string): ValueStreamComparison;
export function compareValueStreams(model: Model, beforeId: string, third: string | Model, fourth?: string): ValueStreamComparison {
  const fn = "compareValueStreams";
  let afterModel: Model;
  let afterId: string;
  if (typeof third === "string") [afterModel, afterId] = [model, third];
  else if (third !== null && typeof third === "object") {
    if (typeof fourth !== "string") invalidArgument(fn, "with a model for each side, the fourth argument must be the after stream's id", fourth);
    [afterModel, afterId] = [third, fourth];
  } else invalidArgument(fn, "the third argument must be the after stream's id, or the after model", third);

  const sides = [side(model, beforeId), side(afterModel, afterId)] as const;
  const [before, after] = sides;
  const metrics = [flowMetrics(model, beforeId, { maxPaths: 1 }), flowMetrics(afterModel, afterId, { maxPaths: 1 })] as const;

  // Match by id, then by unique name.
  const afterOf = new Map<string, string>();
  const beforeOf = new Map<string, string>();
  const by = new Map<string, "id" | "name">();
  const afterIds = new Set(after.steps.map((s) => s.id));
  for (const s of before.steps) if (afterIds.has(s.id)) link(s.id, s.id, "id");
  const uniqueNames = (steps: readonly Step[], taken: Map<string, string>) => {
    const names = new Map<string, string | null>();
    for (const s of steps) {
      if (taken.has(s.id)) continue;
      const key = s.name.trim().toLowerCase();
      names.set(key, names.has(key) ? null : s.id);
    }
    return names;
  };
  const beforeNames = uniqueNames(before.steps, afterOf);
  const afterNames = uniqueNames(after.steps, beforeOf);
  for (const [key, b] of beforeNames) {
    const a = afterNames.get(key);
    if (b !== null && a !== undefined && a !== null) link(b, a, "name");
  }
  function link(b: string, a: string, how: "id" | "name") {
    afterOf.set(b, a);
    beforeOf.set(a, b);
    by.set(a, how);
  }

  const beforeStep = new Map(before.steps.map((s) => [s.id, s]));
  const beforeNext = new Map(before.steps.map((s, i) => [s.id, before.next[i]!.map((id) => afterOf.get(id) ?? id)]));
  const stepsChanged: StepChange[] = [];
  const matches: ValueStreamComparison["matches"] = [];
  after.steps.forEach((a, i) => {
    const b = beforeOf.get(a.id);
    if (b === undefined) return;
    matches.push({ before: b, after: a.id, by: by.get(a.id)! });
    const old = beforeStep.get(b)!;
    const changes: StepFieldChange[] = [];
    const compare = (field: StepFieldChange["field"], x: StepFieldChange["before"], y: StepFieldChange["after"]) => {
      const equal = Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, k) => v === y[k]) : x === y;
      if (!equal) changes.push({ field, before: x, after: y });
    };
    compare("name", old.name, a.name);
    compare("activity", old.activity, a.activity);
    compare("practices", [...old.practices].sort(), [...a.practices].sort());
    compare("services", [...old.services].sort(), [...a.services].sort());
    compare("performer", old.performer, a.performer);
    compare("processTimeHours", old.processTimeHours, a.processTimeHours);
    compare("waitTimeHours", old.waitTimeHours, a.waitTimeHours);
    compare("pctCompleteAccurate", old.pctCompleteAccurate, a.pctCompleteAccurate);
    compare("next", [...beforeNext.get(b)!].sort(), [...after.next[i]!].sort());
    if (changes.length > 0) stepsChanged.push({ before: b, after: a.id, changes });
  });

  const [m0, m1] = metrics;
  const mappedCritical = m0.criticalPath.map((id) => afterOf.get(id) ?? `\u0000${id}`);
  return {
    before: summary(m0),
    after: summary(m1),
    leadTimeHours: change(m0.leadTimeHours, m1.leadTimeHours),
    processTimeHours: change(m0.processTimeHours, m1.processTimeHours),
    waitTimeHours: change(m0.waitTimeHours, m1.waitTimeHours),
    flowEfficiency: change(m0.flowEfficiency, m1.flowEfficiency),
    rolledPctCompleteAccurate: change(m0.rolledPctCompleteAccurate, m1.rolledPctCompleteAccurate),
    stepsAdded: after.steps.filter((s) => !beforeOf.has(s.id)).map((s) => s.id),
    stepsRemoved: before.steps.filter((s) => !afterOf.has(s.id)).map((s) => s.id),
    stepsChanged,
    matches,
    bottleneck: { before: m0.bottleneck, after: m1.bottleneck, moved: afterOf.get(m0.bottleneck) !== m1.bottleneck },
    criticalPathChanged: mappedCritical.length !== m1.criticalPath.length || mappedCritical.some((id, k) => id !== m1.criticalPath[k]),
  };
}

/** A stream's steps and, per step, the ids of the steps that follow it (explicit `next`, or the next in order). */
function side(model: Model, id: string) {
  const { stream, index } = valueStreamAt(model, id, "compareValueStreams");
  const graph = stepGraph(stream, index, "compareValueStreams");
  const next = stream.steps.map((_, v) => Array.from(graph.succ.subarray(graph.succStart[v]!, graph.succStart[v + 1]!), (w) => stream.steps[w]!.id));
  return { steps: stream.steps, next };
}

function summary(m: FlowMetrics): FlowSummary {
  const { valueStream, name, leadTimeHours, processTimeHours, waitTimeHours, flowEfficiency, rolledPctCompleteAccurate, criticalPath, bottleneck, pathCount } = m;
  return { valueStream, name, leadTimeHours, processTimeHours, waitTimeHours, flowEfficiency, rolledPctCompleteAccurate, criticalPath, bottleneck, pathCount };
}

function change(before: number | undefined, after: number | undefined): MetricChange {
  const delta = before === undefined || after === undefined ? undefined : after - before;
  return { before, after, change: delta, relativeChange: delta === undefined || before === 0 ? undefined : delta / before! };
}
