import type { GroupChoices } from "./group-choices.js";

/** Upper bounds on what a choice of one set in each of the groups from a stage on can add to a set's net value. */
export interface ChoiceBounds {
  /**
   * Upper bound on the net value that one kept set from each group from `stage` on adds when they cost at most `room`
   * together (0 past the last group).
   */
  at(stage: number, room: number): number;
  /** The groups from stage 0 on: Σ base, and their envelope segments by falling value per cost (cost > 0, value > 0). */
  base: number;
  segmentCost: Float64Array;
  segmentValue: Float64Array;
}

/**
 * The linear relaxation of choosing one set per group (a multiple-choice knapsack), for every suffix of `stages`:
 * Σ base + the envelope segments of those groups taken by falling value per cost until the room runs out, the last
 * one in part. Each group's value is at most its concave envelope at the cost spent on it, and the greedy maximises
 * a sum of concave piecewise-linear functions under a total cost (Sinha and Zoltners 1979, "The multiple-choice
 * knapsack problem"). Should rounding or equal slopes take a group's segments out of order, the greedy treats them
 * as independent fractional items, a further relaxation: still an upper bound.
 */
export function choiceBounds(stages: readonly GroupChoices[]): ChoiceBounds {
  const m = stages.length;
  const base = new Float64Array(m + 1);
  const cumCost: Float64Array[] = [];
  const cumValue: Float64Array[] = [];
  const segCost: Float64Array[] = [];
  const segValue: Float64Array[] = [];
  let merged: { cost: number; value: number }[] = [];
  cumCost[m] = new Float64Array(1);
  cumValue[m] = new Float64Array(1);
  segCost[m] = new Float64Array(0);
  segValue[m] = new Float64Array(0);
  for (let s = m - 1; s >= 0; s--) {
    const g = stages[s]!;
    base[s] = base[s + 1]! + g.base;
    const own = [...g.segments].sort((a, b) => b.value / b.cost - a.value / a.cost);
    const next: { cost: number; value: number }[] = [];
    let [i, k] = [0, 0];
    while (i < merged.length || k < own.length) {
      const takeOwn = i === merged.length || (k < own.length && own[k]!.value / own[k]!.cost > merged[i]!.value / merged[i]!.cost);
      next.push(takeOwn ? own[k++]! : merged[i++]!);
    }
    merged = next;
    segCost[s] = Float64Array.from(merged, (x) => x.cost);
    segValue[s] = Float64Array.from(merged, (x) => x.value);
    const cc = new Float64Array(merged.length + 1);
    const cv = new Float64Array(merged.length + 1);
    merged.forEach((x, t) => {
      cc[t + 1] = cc[t]! + x.cost;
      cv[t + 1] = cv[t]! + x.value;
    });
    cumCost[s] = cc;
    cumValue[s] = cv;
  }
  return {
    at(stage, room) {
      const cc = cumCost[stage]!;
      // The most segments that fit whole: the largest t with cc[t] <= room.
      let [lo, hi] = [0, cc.length - 1];
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (cc[mid]! <= room) lo = mid;
        else hi = mid - 1;
      }
      let bound = base[stage]! + cumValue[stage]![lo]!;
      if (lo < cc.length - 1) bound += (segValue[stage]![lo]! * (room - cc[lo]!)) / segCost[stage]![lo]!;
      return bound;
    },
    base: base[0]!,
    segmentCost: segCost[0]!,
    segmentValue: segValue[0]!,
  };
}
