import type { StepGraph } from "./step-graph.js";

/** A path from a step to an end, as a linked list that shares its tail with other paths, with its totals in hours. */
interface Suffix {
  step: number;
  rest: Suffix | undefined;
  lead: number;
  process: number;
}

/**
 * Two sums of hours within 1e-9 of each other (relative; absolute below 1 h) count as equal: `20m` is 1/3 h and
 * 0.1 + 0.2 is not 0.3 in floating point, so a tie in the model must not be decided by rounding.
 */
const TOLERANCE = 1e-9;
const same = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Order of paths, best first: longer lead time; on a tie, longer process time; then document order (the path whose
 * first differing step comes earlier in the stream). Adding the same first step to two paths keeps their order,
 * which is what lets the dynamic programme below keep only the best `k` continuations of each step.
 */
function compare(a: Suffix, b: Suffix): number {
  if (!same(a.lead, b.lead)) return b.lead - a.lead;
  if (!same(a.process, b.process)) return b.process - a.process;
  let x: Suffix | undefined = a;
  let y: Suffix | undefined = b;
  while (x && y && x !== y) {
    if (x.step !== y.step) return x.step - y.step;
    x = x.rest;
    y = y.rest;
  }
  return x === y ? 0 : x ? 1 : -1;
}

/** The best `k` of several lists that are each sorted best first (a k-way merge). */
function mergeBest(lists: readonly Suffix[][], k: number): Suffix[] {
  if (lists.length === 1) return lists[0]!.length <= k ? lists[0]! : lists[0]!.slice(0, k);
  const heads = new Int32Array(lists.length);
  const out: Suffix[] = [];
  while (out.length < k) {
    let bestList = -1;
    let best: Suffix | undefined;
    for (let i = 0; i < lists.length; i++) {
      const candidate = lists[i]![heads[i]!];
      if (candidate && (!best || compare(candidate, best) < 0)) {
        best = candidate;
        bestList = i;
      }
    }
    if (!best) break;
    out.push(best);
    heads[bestList]!++;
  }
  return out;
}

/**
 * The `k` longest paths from an entry to an end of a step graph, best first (see the order above), as lists of step
 * positions, without enumerating every path: walking the steps in reverse topological order, each step keeps the best
 * `k` of its successors' best continuations (the k-longest-paths dynamic programme for a DAG). Time
 * O(edges x k), memory O(steps x k) at most (a step's list is dropped once all the steps before it have used it).
 * @example longestPaths(stepGraph(stream, 0, "flowMetrics"), 1)[0] // the critical path, e.g. [0, 1, 3, 4, 5]
 */
export function longestPaths(graph: StepGraph, k: number): number[][] {
  const { n, succStart, succ, predStart, order, lead, process, entries } = graph;
  const best: (Suffix[] | undefined)[] = new Array(n);
  const waiting = new Int32Array(n);
  for (let v = 0; v < n; v++) waiting[v] = predStart[v + 1]! - predStart[v]!;
  for (let i = n - 1; i >= 0; i--) {
    const v = order[i]!;
    const s0 = succStart[v]!;
    const s1 = succStart[v + 1]!;
    if (s0 === s1) {
      best[v] = [{ step: v, rest: undefined, lead: lead[v]!, process: process[v]! }];
      continue;
    }
    const lists: Suffix[][] = [];
    for (let e = s0; e < s1; e++) lists.push(best[succ[e]!]!);
    best[v] = mergeBest(lists, k).map((rest) => ({ step: v, rest, lead: lead[v]! + rest.lead, process: process[v]! + rest.process }));
    // Every step before a successor has now taken what it needs from it.
    for (let e = s0; e < s1; e++) if (--waiting[succ[e]!]! === 0) best[succ[e]!] = undefined;
  }
  return mergeBest(
    entries.map((v) => best[v]!),
    k,
  ).map((suffix) => {
    const steps: number[] = [];
    for (let s: Suffix | undefined = suffix; s; s = s.rest) steps.push(s.step);
    return steps;
  });
}
