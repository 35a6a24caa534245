import { ModelError, invalidArgument } from "../model/errors.js";
import type { Model } from "../model/schema/model.js";
import type { Step } from "../model/schema/value-stream.js";
import { countPaths } from "./count-paths.js";
import { longestPaths } from "./longest-paths.js";
import { stepGraph, type StepGraph } from "./step-graph.js";
import { valueStreamAt } from "./value-stream-at.js";

/** How many paths {@link flowMetrics} lists by default (the longest first). */
export const DEFAULT_MAX_PATHS = 100;
/** The most paths {@link flowMetrics} will list (each kept path costs memory on every step). */
export const MAX_PATHS_LIMIT = 1000;

/** Options of {@link flowMetrics}. */
export interface FlowMetricsOptions {
  /** List at most this many paths, the longest first (0 to {@link MAX_PATHS_LIMIT}; default {@link DEFAULT_MAX_PATHS}). */
  maxPaths?: number;
}

/** One path from an entry step to an end step, with its totals. */
export interface FlowPath {
  /** Step ids, in flow order. */
  steps: string[];
  /** Sum of the steps' process + wait times, hours. */
  leadTimeHours: number;
  /** Sum of the steps' process times, hours. */
  processTimeHours: number;
  /** Sum of the steps' wait times, hours. */
  waitTimeHours: number;
  /** processTimeHours / leadTimeHours; `undefined` when the lead time is 0. */
  flowEfficiency: number | undefined;
  /** Product of the steps' pctCompleteAccurate: the share of work that passes the whole path without rework. */
  rolledPctCompleteAccurate: number;
}

/** One step's part in the flow of its value stream. */
export interface StepFlow {
  id: string;
  name: string;
  /** Position in the value stream's `steps`. */
  index: number;
  activity: Step["activity"];
  practices: string[];
  services: string[];
  processTimeHours: number;
  waitTimeHours: number;
  /** process + wait, hours. */
  leadTimeHours: number;
  pctCompleteAccurate: number;
  onCriticalPath: boolean;
  /**
   * leadTimeHours / the stream's lead time for a step on the critical path (these add up to 1); 0 for a step off it (it
   * does not lengthen the stream's lead time); `undefined` when the stream's lead time is 0.
   */
  shareOfLeadTime: number | undefined;
  /** Lead time of the longest path through this step, hours. */
  longestPathHours: number;
  /** How many hours longer this step could take before it lengthens the stream's lead time: lead time - longestPathHours. */
  slackHours: number;
}

/** The result of {@link flowMetrics}. Times are hours; figures without a path name are those of the critical path. */
export interface FlowMetrics {
  valueStream: string;
  name: string;
  /** Whether the steps form a graph (`next` on some step) rather than a sequence. */
  branching: boolean;
  /** Lead time of the critical path: the sum of its steps' process + wait times, hours. */
  leadTimeHours: number;
  /** Process time of the critical path, hours. */
  processTimeHours: number;
  /** Wait time of the critical path, hours. */
  waitTimeHours: number;
  /** processTimeHours / leadTimeHours, from 0 to 1; `undefined` (not NaN) when the lead time is 0. */
  flowEfficiency: number | undefined;
  /** Product of the critical path's steps' pctCompleteAccurate, from 0 to 1. */
  rolledPctCompleteAccurate: number;
  /**
   * Product of every step's pctCompleteAccurate: the share of work that passes the whole stream without rework when
   * work goes through every step (parallel branches). For alternative branches read each path's figure in `paths`.
   */
  allStepsRolledPctCompleteAccurate: number;
  /** The longest path by lead time (ties: the longer process time, then document order), as step ids. */
  criticalPath: string[];
  /**
   * The step on the critical path with the largest process + wait time (ties: the larger process time, then the first
   * in document order). Only the critical path counts: a step off it cannot lengthen the lead time.
   */
  bottleneck: string;
  /** Every step, in document order. */
  steps: StepFlow[];
  /** The longest paths, best first (at most `maxPaths`); `paths[0]` is the critical path. */
  paths: FlowPath[];
  /** The number of paths from an entry to an end (a double: exact up to 2^53, Infinity past about 1.8e308). */
  pathCount: number;
  /** The exact number of paths, in decimal digits. */
  pathCountExact: string;
  /** Whether `paths` lists fewer than `pathCount` paths. */
  pathsTruncated: boolean;
  /** Steps no step points to (the stream starts there), in document order. */
  entries: string[];
  /** Steps with no next step (the stream ends there), in document order. */
  ends: string[];
}

/**
 * Flow metrics of a value stream, on its longest path by lead time (the critical path):
 * lead time = Σ (process time + wait time) over its steps, hours; flow efficiency = process time / lead time;
 * rolled %C&A = Π pctCompleteAccurate over its steps; the bottleneck is its step with the largest process + wait time.
 * Without `next`, steps run in document order (one path). With `next`, the steps form a DAG whose entries are the steps
 * no step points to and whose ends are the steps without `next`; the critical path is found by dynamic programming
 * (never by listing every path), and `paths` lists the `maxPaths` longest with their totals, `pathCount` all of them.
 * Ties (lead times within 1e-9, relative, so that rounding does not decide) go to the longer process time, then to the
 * path whose first differing step comes first in the document.
 * Throws `ModelError`: `not-found` for an unknown id (with a suggestion), `invalid-argument` for a stream with no steps
 * (path `valueStreams[i].steps`) or a bad option.
 * @example
 * const flow = flowMetrics(model, "onboard-employee");
 * flow.leadTimeHours // 185.25
 * flow.flowEfficiency // 0.0283 (5.25 h of work in 185.25 h)
 * flow.bottleneck // "order-device"
 */
export function flowMetrics(model: Model, valueStreamId: string, options: FlowMetricsOptions = {}): FlowMetrics {
  const maxPaths = maxPathsOption(options);
  const { stream, index } = valueStreamAt(model, valueStreamId, "flowMetrics");
  const graph = stepGraph(stream, index, "flowMetrics");
  const steps = stream.steps;
  const ranked = longestPaths(graph, Math.max(1, maxPaths));
  const critical = ranked[0]!;
  const totals = pathTotals(graph, critical);
  const onCritical = new Uint8Array(graph.n);
  for (const v of critical) onCritical[v] = 1;
  const through = longestThrough(graph);
  const leadTime = totals.leadTimeHours;
  const count = countPaths(graph);
  const paths = ranked.slice(0, maxPaths).map((path) => ({ steps: path.map((v) => steps[v]!.id), ...pathTotals(graph, path) }));

  let bottleneck = critical[0]!;
  for (const v of critical) {
    const { lead, process } = graph;
    if (lead[v]! > lead[bottleneck]! || (lead[v] === lead[bottleneck] && (process[v]! > process[bottleneck]! || (process[v] === process[bottleneck] && v < bottleneck)))) bottleneck = v;
  }
  let allStepsRolled = 1;
  for (const pca of graph.pctCompleteAccurate) allStepsRolled *= pca;

  return {
    valueStream: stream.id,
    name: stream.name,
    branching: graph.branching,
    ...totals,
    allStepsRolledPctCompleteAccurate: allStepsRolled,
    criticalPath: critical.map((v) => steps[v]!.id),
    bottleneck: steps[bottleneck]!.id,
    steps: steps.map((step, v) => {
      const slack = leadTime - through[v]!;
      return {
        id: step.id,
        name: step.name,
        index: v,
        activity: step.activity,
        practices: [...step.practices],
        services: [...step.services],
        processTimeHours: graph.process[v]!,
        waitTimeHours: graph.wait[v]!,
        leadTimeHours: graph.lead[v]!,
        pctCompleteAccurate: graph.pctCompleteAccurate[v]!,
        onCriticalPath: onCritical[v] === 1,
        shareOfLeadTime: leadTime === 0 ? undefined : onCritical[v] ? graph.lead[v]! / leadTime : 0,
        longestPathHours: through[v]!,
        // Two sums of the same hours in another order can differ in the last bit: no negative slack from rounding.
        slackHours: onCritical[v] || slack <= 1e-9 * Math.max(1, leadTime) ? 0 : slack,
      };
    }),
    paths,
    pathCount: Number(count),
    pathCountExact: count.toString(),
    pathsTruncated: BigInt(paths.length) < count,
    entries: graph.entries.map((v) => steps[v]!.id),
    ends: graph.ends.map((v) => steps[v]!.id),
  };
}

function maxPathsOption(options: FlowMetricsOptions): number {
  if (options === null || typeof options !== "object") invalidArgument("flowMetrics", "options must be an object", options);
  const maxPaths = options.maxPaths ?? DEFAULT_MAX_PATHS;
  if (!Number.isInteger(maxPaths) || maxPaths < 0 || maxPaths > MAX_PATHS_LIMIT) {
    const message = `maxPaths must be a whole number from 0 to ${MAX_PATHS_LIMIT}, got ${String(maxPaths)}`;
    throw new ModelError("invalid-argument", `flowMetrics: ${message}`, [{ path: "maxPaths", code: "invalid-argument", message }]);
  }
  return maxPaths;
}

/** Totals of one path (sums in flow order, so a sequence gives exactly the plain sums). */
function pathTotals(graph: StepGraph, path: readonly number[]) {
  let leadTimeHours = 0;
  let processTimeHours = 0;
  let waitTimeHours = 0;
  let rolledPctCompleteAccurate = 1;
  for (const v of path) {
    leadTimeHours += graph.lead[v]!;
    processTimeHours += graph.process[v]!;
    waitTimeHours += graph.wait[v]!;
    rolledPctCompleteAccurate *= graph.pctCompleteAccurate[v]!;
  }
  const flowEfficiency = leadTimeHours === 0 ? undefined : processTimeHours / leadTimeHours;
  return { leadTimeHours, processTimeHours, waitTimeHours, flowEfficiency, rolledPctCompleteAccurate };
}

/** Lead time of the longest path through each step: longest from an entry to it + longest from it to an end - its own. */
function longestThrough(graph: StepGraph): Float64Array {
  const { n, order, lead, succStart, succ, predStart, pred } = graph;
  const before = new Float64Array(n);
  const after = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    let m = 0;
    for (let e = predStart[v]!; e < predStart[v + 1]!; e++) m = Math.max(m, before[pred[e]!]!);
    before[v] = m + lead[v]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    const v = order[i]!;
    let m = 0;
    for (let e = succStart[v]!; e < succStart[v + 1]!; e++) m = Math.max(m, after[succ[e]!]!);
    after[v] = m + lead[v]!;
  }
  return before.map((b, v) => b + after[v]! - lead[v]!);
}
