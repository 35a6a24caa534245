import { ModelError, describeValue, formatPath, type ModelIssue } from "../model/errors.js";
import type { ValueStream } from "../model/schema/value-stream.js";

/**
 * A value stream's steps as a directed acyclic graph over step positions (document order), with the step times as
 * arrays. Successors and predecessors are in compressed rows: the successors of step `v` are
 * `succ[succStart[v]] .. succ[succStart[v + 1] - 1]`.
 */
export interface StepGraph {
  /** Number of steps. */
  n: number;
  /** Whether any step has `next` (the steps form a graph); otherwise they run in document order. */
  branching: boolean;
  succStart: Int32Array;
  succ: Int32Array;
  predStart: Int32Array;
  pred: Int32Array;
  /** A topological order (entries first; among steps ready at once, document order first). */
  order: Int32Array;
  /** Steps no step points to, in document order. */
  entries: number[];
  /** Steps without successors (no `next`, or `next: []`), in document order. */
  ends: number[];
  /** Hours per step. */
  process: Float64Array;
  wait: Float64Array;
  /** process + wait, hours. */
  lead: Float64Array;
  pctCompleteAccurate: Float64Array;
}

/**
 * Build the {@link StepGraph} of a value stream (`streamIndex` is its position in `model.valueStreams`, for paths).
 * Without `next` anywhere, step i leads to step i + 1. With `next` on any step, `next` gives the edges and a step
 * without `next` (or with `next: []`) ends the stream. Throws `ModelError("invalid-argument")` for a stream with no
 * steps (path `valueStreams[i].steps`) and for anything `parseModel` would have refused (a step without id or name,
 * `practices` or `services` that are not lists, hours that are not a number, unknown or repeated `next` ids, a cycle),
 * each with its path.
 */
export function stepGraph(stream: ValueStream, streamIndex: number, fn: string): StepGraph {
  const at = (...rest: (string | number)[]) => formatPath(["valueStreams", streamIndex, ...rest]);
  const steps = stream.steps;
  if (!Array.isArray(steps) || steps.length === 0) {
    const message = `value stream "${stream.id}" has no steps (add at least one step to measure its flow)`;
    throw new ModelError("invalid-argument", `${fn}: ${message}`, [{ path: at("steps"), code: "no-steps", message }]);
  }
  const n = steps.length;
  const issues: ModelIssue[] = [];
  const process = new Float64Array(n);
  const wait = new Float64Array(n);
  const lead = new Float64Array(n);
  const pctCompleteAccurate = new Float64Array(n);
  const position = new Map<string, number>();
  steps.forEach((step, j) => {
    if (step === null || typeof step !== "object") {
      issues.push({ path: at("steps", j), code: "invalid-type", message: `must be a step (an object), got ${describeValue(step)}` });
      return;
    }
    if (typeof step.id !== "string") issues.push({ path: at("steps", j, "id"), code: "invalid-type", message: `must be a step id, got ${describeValue(step.id)}` });
    if (typeof step.name !== "string") issues.push({ path: at("steps", j, "name"), code: "invalid-type", message: `must be a name, got ${describeValue(step.name)}` });
    for (const key of ["practices", "services"] as const) {
      if (!Array.isArray(step[key] as unknown)) issues.push({ path: at("steps", j, key), code: "invalid-type", message: `must be a list, got ${describeValue(step[key])}` });
    }
    const hours = (key: "processTimeHours" | "waitTimeHours"): number => {
      const v = step[key];
      if (typeof v === "number" && Number.isFinite(v) && v >= 0) return v;
      issues.push({ path: at("steps", j, key), code: "invalid-duration", message: `must be a number of hours >= 0, got ${String(v)} (pass a model from parseModel)` });
      return 0;
    };
    process[j] = hours("processTimeHours");
    wait[j] = hours("waitTimeHours");
    lead[j] = process[j]! + wait[j]!;
    const pca = step.pctCompleteAccurate;
    if (typeof pca === "number" && pca >= 0 && pca <= 1) pctCompleteAccurate[j] = pca;
    else issues.push({ path: at("steps", j, "pctCompleteAccurate"), code: "out-of-range", message: `must be a fraction from 0 to 1, got ${String(pca)}` });
    if (!position.has(step.id)) position.set(step.id, j);
  });

  const branching = steps.some((s) => s?.next !== undefined);
  const successors: number[][] = steps.map((step, j) => {
    if (!branching) return j + 1 < n ? [j + 1] : [];
    const next = step?.next ?? [];
    if (!Array.isArray(next)) {
      issues.push({ path: at("steps", j, "next"), code: "invalid-type", message: "must be a list of step ids" });
      return [];
    }
    const out: number[] = [];
    next.forEach((id, k) => {
      const target = position.get(id);
      const problem =
        target === undefined ? ["unknown-reference", `unknown step "${String(id)}" (next may only name steps of "${stream.id}")`]
        : target === j ? ["self-reference", `"${step.id}" cannot follow itself`]
        : out.includes(target) ? ["duplicate-reference", `"${id}" is listed twice here`]
        : undefined;
      if (problem) issues.push({ path: at("steps", j, "next", k), code: problem[0]!, message: problem[1]! });
      else out.push(target!);
    });
    return out;
  });

  const succStart = new Int32Array(n + 1);
  const predStart = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    succStart[v + 1] = succStart[v]! + successors[v]!.length;
    for (const w of successors[v]!) predStart[w + 1]!++;
  }
  for (let v = 0; v < n; v++) predStart[v + 1]! += predStart[v]!;
  const succ = Int32Array.from(successors.flat());
  const pred = new Int32Array(succ.length);
  const fill = predStart.slice(0, n);
  for (let v = 0; v < n; v++) for (const w of successors[v]!) pred[fill[w]!++] = v;

  // Kahn's algorithm; steps left over sit on a cycle or behind one.
  const indegree = new Int32Array(n);
  for (let v = 0; v < n; v++) indegree[v] = predStart[v + 1]! - predStart[v]!;
  const order = new Int32Array(n);
  let size = 0;
  for (let v = 0; v < n; v++) if (indegree[v] === 0) order[size++] = v;
  const entries = Array.from(order.subarray(0, size));
  for (let head = 0; head < size; head++) {
    const v = order[head]!;
    for (let e = succStart[v]!; e < succStart[v + 1]!; e++) if (--indegree[succ[e]!]! === 0) order[size++] = succ[e]!;
  }
  if (size < n) {
    const first = indegree.findIndex((d) => d > 0);
    issues.push({ path: at("steps", first, "next"), code: "next-cycle", message: `steps form a cycle through "${steps[first]!.id}" (a value stream's next steps must not loop back)` });
  }
  if (issues.length > 0) {
    throw new ModelError("invalid-argument", `${fn}: value stream "${stream.id}" is not a valid value stream (pass a model from parseModel)`, issues);
  }
  const ends: number[] = [];
  for (let v = 0; v < n; v++) if (succStart[v + 1] === succStart[v]) ends.push(v);
  return { n, branching, succStart, succ, predStart, pred, order, entries, ends, process, wait, lead, pctCompleteAccurate };
}
