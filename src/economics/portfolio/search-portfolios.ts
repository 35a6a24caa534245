import { choiceBounds } from "./choice-bounds.js";
import type { GroupChoices } from "./group-choices.js";
import { twinLinks } from "./portfolio-groups.js";
import type { PortfolioCandidate, PortfolioProblem } from "./portfolio-problem.js";
import { createPortfolioState } from "./portfolio-state.js";
import type { TopSets } from "./top-sets.js";

/**
 * Offer to `top` every set that can be among its best: branch and bound that first takes each of `items` in or out,
 * then one kept set of each group in `stages` (groups whose sets were listed by `groupChoices`). `items` (standalone
 * net `value` > 0, sorted by value per cost) share no risk with the groups in `stages`, so a set's net value is the
 * exact value of its items (`createPortfolioState`) plus the values of the chosen group sets.
 *
 * A branch is cut when an upper bound on every set below it is under `top.floor`.
 * - Deciding items: the set's value so far plus a fractional-knapsack (Dantzig) bound over the items left and the
 *   groups' envelope segments together. For the items, two bounds, the smaller one kept: their marginal values given
 *   the set (valid because a marginal value only shrinks as the set grows: combined reductions never avoid more than
 *   the sum of the separate ones), or their additive parts plus all the loss the set leaves on the risks they reduce.
 *   The groups enter through their concave envelopes (`choiceBounds`). Only items that fit and whose marginal value
 *   m is > 0 count: dropping the others from any completion never lowers its value (each one's marginal given the set
 *   plus the rest of the completion is <= m <= 0).
 * - Choosing group sets: the value so far, plus the chosen set's value, plus the envelope bound of the groups after it.
 *   Sets of a group are tried best bound first, so that good sets are found early and raise the floor.
 *
 * A step is one node of the search (an item decided, or a group's set chosen). After `maxSteps` steps the search
 * stops where it is, once it has offered at least one complete set (the first dive always ends in one): the sets
 * offered so far are kept and the outcome is not `exact`. Items come in order of value
 * per cost, so the first complete set is the greedy one and later ones only improve on it.
 */
export function searchPortfolios(
  problem: PortfolioProblem,
  items: readonly { c: PortfolioCandidate; value: number }[],
  stages: readonly GroupChoices[],
  limit: number,
  top: TopSets,
  maxSteps: number,
): SearchOutcome {
  const n = items.length;
  const bounds = choiceBounds(stages);
  const twinBefore = twinLinks(items.map((it) => it.c));
  const suffixMinCost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  for (let j = n - 1; j >= 0; j--) suffixMinCost[j] = Math.min(items[j]!.c.cost, suffixMinCost[j + 1]!);
  const state = createPortfolioState(problem);
  const taken = new Uint8Array(n);

  // Scratch space of the bound, reused at every node.
  const fitting: number[] = [];
  const marginals = new Float64Array(n);
  const inFitting = new Uint8Array(n);
  const byAdditive = items
    .map((_, j) => j)
    .sort((a, b) => ratioOf(items[b]!.c.additive, items[b]!.c.cost) - ratioOf(items[a]!.c.additive, items[a]!.c.cost) || a - b);
  const earliest = new Int32Array(problem.riskIds.length);

  // The most the items from `from` on and the groups can add to the current set with `room` left to spend.
  const bound = (from: number, room: number): number => {
    fitting.length = 0;
    for (let j = from; j < n; j++) {
      const c = items[j]!.c;
      inFitting[j] = 0;
      if (c.cost > room) continue;
      const m = state.marginal(c);
      if (m <= 0) continue;
      marginals[j] = m;
      inFitting[j] = 1;
      fitting.push(j);
    }
    fitting.sort((a, b) => ratioOf(marginals[b]!, items[b]!.c.cost) - ratioOf(marginals[a]!, items[a]!.c.cost) || a - b);
    const byMarginal = dantzig(fitting, (j) => marginals[j]!, room);
    earliest.fill(-1);
    for (const j of fitting) {
      for (const r of items[j]!.c.reductions) {
        if (earliest[r.risk] === -1 || r.fromYear < earliest[r.risk]!) earliest[r.risk] = r.fromYear;
      }
    }
    let lossLeft = 0;
    earliest.forEach((y, r) => {
      if (y >= 0) lossLeft += state.remainingLoss(r, y);
    });
    if (lossLeft >= byMarginal) return bounds.base + byMarginal;
    const order = byAdditive.filter((j) => j >= from && inFitting[j] === 1 && items[j]!.c.additive > 0);
    return bounds.base + Math.min(byMarginal, dantzig(order, (j) => items[j]!.c.additive, room) + lossLeft);
  };

  // Dantzig's bound over items (in order of value per cost) and the groups' envelope segments, merged by value per
  // cost: each taken whole while it fits, the first that does not fit in part.
  const segmentCost = bounds.segmentCost;
  const segmentValue = bounds.segmentValue;
  const dantzig = (order: readonly number[], valueOf: (j: number) => number, room: number): number => {
    let extra = 0;
    let [i, k] = [0, 0];
    while (i < order.length || k < segmentCost.length) {
      let cost: number;
      let value: number;
      const j = order[i];
      if (j !== undefined && (k === segmentCost.length || ratioOf(valueOf(j), items[j]!.c.cost) >= segmentValue[k]! / segmentCost[k]!)) {
        [cost, value] = [items[j]!.c.cost, valueOf(j)];
        i++;
      } else {
        [cost, value] = [segmentCost[k]!, segmentValue[k]!];
        k++;
      }
      if (cost > room) return extra + (value * room) / cost;
      extra += value;
      room -= cost;
    }
    return extra;
  };

  const m = stages.length;
  const chosen = new Int32Array(m);
  const tried = stages.map(() => [] as number[]);
  const triedBound = stages.map((g) => new Float64Array(g.cost.length));
  const members = (): PortfolioCandidate[] => {
    const out: PortfolioCandidate[] = [];
    for (let j = 0; j < n; j++) if (taken[j]) out.push(items[j]!.c);
    for (let s = 0; s < m; s++) out.push(...stages[s]!.members[chosen[s]!]!);
    return out;
  };

  // Steps taken; the search stops at the first step past `maxSteps` once a complete set has been offered.
  let steps = 0;
  let offered = false;
  let stopped = false;
  const stop = (): boolean => {
    if (++steps > maxSteps && offered) stopped = true;
    return stopped;
  };
  // Choose a set of each group from stage s on, the set so far costing `cost` and worth `value`.
  const choose = (s: number, cost: number, value: number): void => {
    if (stop()) return;
    if (s === m) {
      offered = true;
      top.offer(value, cost, members);
      return;
    }
    const g = stages[s]!;
    const room = limit - cost;
    const list = tried[s]!;
    const at = triedBound[s]!;
    list.length = 0;
    for (let p = 0; p < g.cost.length && g.cost[p]! <= room; p++) {
      const b = value + g.value[p]! + bounds.at(s + 1, room - g.cost[p]!);
      if (b < top.floor) continue;
      at[p] = b;
      list.push(p);
    }
    list.sort((a, b) => at[b]! - at[a]!);
    // NOTE: `list` is this stage's scratch; the calls below only use later stages' scratch.
    for (const p of list) {
      if (at[p]! < top.floor || stopped) break;
      chosen[s] = p;
      choose(s + 1, cost + g.cost[p]!, value + g.value[p]!);
    }
  };

  const visit = (j: number): void => {
    if (stop()) return;
    const room = limit - state.cost;
    if (top.floor > Number.NEGATIVE_INFINITY && state.value + bound(j, room) < top.floor) return;
    if (j === n || suffixMinCost[j]! > room) {
      choose(0, state.cost, state.value);
      return;
    }
    const it = items[j]!;
    const twin = twinBefore[j]!;
    if (it.c.cost <= room && (twin < 0 || taken[twin] === 1)) {
      state.add(it.c);
      taken[j] = 1;
      visit(j + 1);
      taken[j] = 0;
      state.undo();
    }
    visit(j + 1);
  };
  const upperBound = state.value + bound(0, limit);
  visit(0);
  return { exact: !stopped, upperBound };
}

/** How a search ended. */
export interface SearchOutcome {
  /** False when it stopped after `maxSteps` steps: the sets offered are the best found, not proven best. */
  exact: boolean;
  /** No set that fits is worth more than this (the bound at the root of the search). */
  upperBound: number;
}

/** Value per unit of cost, +∞ at cost 0 (free and worth something: taken first). */
export function ratioOf(value: number, cost: number): number {
  return cost > 0 ? value / cost : value > 0 ? Number.POSITIVE_INFINITY : 0;
}
