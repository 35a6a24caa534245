import type { PortfolioTolerance } from "./compare-sets.js";
import { twinLinks } from "./portfolio-groups.js";
import type { PortfolioCandidate, PortfolioProblem } from "./portfolio-problem.js";
import { createPortfolioState } from "./portfolio-state.js";

/** The sets of one group of investments that can be part of the best sets overall, and a bound on their value. */
export interface GroupChoices {
  /** Undiscounted cost of each set kept, ascending. */
  cost: Float64Array;
  /** Its exact PV net value (combined reductions), in the same order. */
  value: Float64Array;
  /** Its investments, in id order. */
  members: PortfolioCandidate[][];
  /**
   * The upper concave envelope of the (cost, value) points, cut where it stops rising: the value of the best set that
   * costs nothing (`base`), then segments of falling value per unit of cost. Every set kept lies on or under it.
   */
  base: number;
  segments: { cost: number; value: number }[];
}

/**
 * Every subset of a group of investments (listed by id, sharing risks with no investment outside the group) that
 * fits `limit` and takes twins in id order, less the subsets that can never be among the `count` best sets overall;
 * `undefined` when the group has more than `maxSets` such subsets (too many to list: the caller searches it instead).
 *
 * A subset p is left out when at least `count` other subsets q1..qk of the group each cost no more (exactly: q fits
 * wherever p fits) and come first in the order of compareSets. Why that never loses one of the `count` best sets: a
 * set overall is p ∪ R, with R the part in the other groups, and p ∪ R against q ∪ R compares as p against q. Net
 * values and costs add up across groups (see `portfolioGroups`), so the differences are those of p and q; the sizes
 * differ by |p| - |q|; and for sets of one size the sorted id lists first differ at the smallest id in one set and not
 * the other, which lies in p or q, not in R. So q1 ∪ R .. qk ∪ R are `count` distinct sets that fit and beat p ∪ R:
 * p ∪ R is not among the `count` best. (The q need not be kept themselves.)
 *
 * Listed by a depth-first walk that adds one investment per subset and undoes it (`createPortfolioState`: exact
 * values, no drift); the subsets are stored as a tree (parent, last investment), members read back for survivors.
 */
export function groupChoices(
  problem: PortfolioProblem,
  group: readonly PortfolioCandidate[],
  limit: number,
  count: number,
  tolerance: PortfolioTolerance,
  maxSets: number,
): GroupChoices | undefined {
  const n = group.length;
  const twins = twinLinks(group);
  const taken = new Uint8Array(n);
  // The subsets that extend a subset costing `spent` with investments from `from` on.
  const each = (from: number, spent: number, visit: (j: number) => boolean): boolean => {
    for (let j = from; j < n; j++) {
      const c = group[j]!;
      if (c.cost > limit - spent || (twins[j]! >= 0 && taken[twins[j]!] === 0)) continue;
      taken[j] = 1;
      const more = visit(j);
      taken[j] = 0;
      if (!more) return false;
    }
    return true;
  };
  // Count first, on costs alone (cheap), so that a group too large to list is not listed in part.
  let sets = 1;
  const tally = (from: number, spent: number): boolean =>
    each(from, spent, (j) => ++sets <= maxSets && tally(j + 1, spent + group[j]!.cost));
  if (!tally(0, 0)) return undefined;

  // The subsets as a tree: each one is its parent plus the investment `last`; the empty set is subset 0.
  const cost = new Float64Array(sets);
  const value = new Float64Array(sets);
  const parent = new Int32Array(sets).fill(-1);
  const last = new Int32Array(sets).fill(-1);
  const size = new Int32Array(sets);
  const state = createPortfolioState(problem);
  let next = 1;
  const list = (from: number, node: number): boolean =>
    each(from, state.cost, (j) => {
      state.add(group[j]!);
      const k = next++;
      cost[k] = state.cost;
      value[k] = state.value;
      parent[k] = node;
      last[k] = j;
      size[k] = size[node]! + 1;
      list(j + 1, k);
      state.undo();
      return true;
    });
  list(0, 0);

  const indices = (k: number): number[] => {
    const out: number[] = [];
    for (let at = k; at > 0; at = parent[at]!) out.push(last[at]!);
    return out.reverse();
  };
  // compareSets on two subsets; the group is in id order, so comparing indices compares ids.
  const compare = (a: number, b: number): number => {
    if (Math.abs(value[a]! - value[b]!) > tolerance.net) return value[b]! - value[a]!;
    if (Math.abs(cost[a]! - cost[b]!) > tolerance.cost) return cost[a]! - cost[b]!;
    if (size[a] !== size[b]) return size[a]! - size[b]!;
    const [x, y] = [indices(a), indices(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return 0;
  };
  const beaten = clearlyBeaten(cost, value, count, tolerance.net);
  const order: number[] = [];
  for (let k = 0; k < sets; k++) if (beaten[k] === 0) order.push(k);
  order.sort((a, b) => cost[a]! - cost[b]! || compare(a, b));
  // Sweep by cost: `best` holds the `count` best subsets seen so far (all cost no more than the current one). The
  // subsets left out by clearlyBeaten are never among those `count` best, so they are not missed here.
  const best: number[] = [];
  const kept: number[] = [];
  for (const k of order) {
    let out = best.length === count;
    for (let i = best.length - 1; out && i >= 0; i--) out = compare(best[i]!, k) < 0;
    if (!out) kept.push(k);
    let at = best.length;
    while (at > 0 && compare(k, best[at - 1]!) < 0) at--;
    if (at < count) {
      best.splice(at, 0, k);
      if (best.length > count) best.pop();
    }
  }
  return {
    cost: Float64Array.from(kept, (k) => cost[k]!),
    value: Float64Array.from(kept, (k) => value[k]!),
    members: kept.map((k) => indices(k).map((j) => group[j]!)),
    ...upperEnvelope(kept.map((k) => ({ cost: cost[k]!, value: value[k]! }))),
  };
}

/**
 * Marks (1) points that `count` others clearly beat: each costs no more and is worth more by over `tolerance`. A
 * quick pass that spares sorting most points: costs are cut into buckets (the bucket rises with the cost), and a
 * point is marked when the `count`-th highest value in the cheaper buckets is above its own by over `tolerance`.
 */
function clearlyBeaten(cost: Float64Array, value: Float64Array, count: number, tolerance: number): Uint8Array {
  const n = cost.length;
  const out = new Uint8Array(n);
  const maxCost = cost.reduce((a, b) => Math.max(a, b), 0);
  const buckets = Math.min(n >> 2, Math.floor(65_536 / count));
  if (!(maxCost > 0) || buckets < 2) return out;
  const bucketOf = (c: number) => Math.min(buckets - 1, Math.floor((c / maxCost) * buckets));
  // The `count` highest values of each bucket, highest first.
  const tops = new Float64Array(buckets * count).fill(Number.NEGATIVE_INFINITY);
  const insert = (into: Float64Array, at: number, v: number) => {
    if (!(v > into[at + count - 1]!)) return;
    let i = at + count - 1;
    for (; i > at && into[i - 1]! < v; i--) into[i] = into[i - 1]!;
    into[i] = v;
  };
  for (let k = 0; k < n; k++) insert(tops, bucketOf(cost[k]!) * count, value[k]!);
  // threshold[b]: the `count`-th highest value in buckets below b.
  const cheaper = new Float64Array(count).fill(Number.NEGATIVE_INFINITY);
  const threshold = new Float64Array(buckets);
  for (let b = 0; b < buckets; b++) {
    threshold[b] = cheaper[count - 1]!;
    for (let i = 0; i < count; i++) insert(cheaper, 0, tops[b * count + i]!);
  }
  for (let k = 0; k < n; k++) if (threshold[bucketOf(cost[k]!)]! - value[k]! > tolerance) out[k] = 1;
  return out;
}

/**
 * The upper concave envelope of points sorted by cost (the first at the lowest cost), as a start value and segments
 * with falling slopes, up to the highest value. Every point lies on or under base + the segments taken in order.
 */
function upperEnvelope(points: readonly { cost: number; value: number }[]): Pick<GroupChoices, "base" | "segments"> {
  const hull: { cost: number; value: number }[] = [];
  for (const p of points) {
    const top = hull.at(-1);
    if (top !== undefined && top.cost === p.cost) {
      if (p.value <= top.value) continue;
      hull.pop();
    }
    // Drop the last point while it lies on or under the line from the one before it to p.
    while (hull.length >= 2) {
      const [o, a] = [hull.at(-2)!, hull.at(-1)!];
      if ((a.cost - o.cost) * (p.value - o.value) - (a.value - o.value) * (p.cost - o.cost) < 0) break;
      hull.pop();
    }
    hull.push(p);
  }
  const segments: { cost: number; value: number }[] = [];
  for (let i = 1; i < hull.length && hull[i]!.value > hull[i - 1]!.value; i++) {
    segments.push({ cost: hull[i]!.cost - hull[i - 1]!.cost, value: hull[i]!.value - hull[i - 1]!.value });
  }
  return { base: hull[0]?.value ?? 0, segments };
}
