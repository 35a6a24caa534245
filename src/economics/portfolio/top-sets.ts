import { compareSets, type PortfolioSet, type PortfolioTolerance } from "./compare-sets.js";
import type { PortfolioCandidate } from "./portfolio-problem.js";

/** The `count` best sets offered so far, in the order of compareSets. */
export interface TopSets {
  /**
   * A net value below which no set can enter any more: the `count`-th best net less the tolerance (a set within the
   * tolerance can still win on cost, size or ids); -∞ until `count` sets are listed. A search cuts a branch whose
   * upper bound is below it.
   */
  readonly floor: number;
  /** Offer a set; `members` is called only when its net value may earn it a place. */
  offer(net: number, cost: number, members: () => PortfolioCandidate[]): void;
  /** The sets kept, best first, members in model order. */
  sets(): PortfolioSet[];
}

/** An empty {@link TopSets} that keeps `count` sets. */
export function createTopSets(count: number, tolerance: PortfolioTolerance): TopSets {
  const top: { net: number; cost: number; ids: string[]; members: PortfolioCandidate[] }[] = [];
  let floor = Number.NEGATIVE_INFINITY;
  return {
    get floor() {
      return floor;
    },
    offer(net, cost, members) {
      if (count === 0 || net < floor) return;
      const list = members();
      const entry = { net, cost, ids: list.map((m) => m.id).sort(), members: list };
      let at = top.length;
      while (at > 0 && compareSets(entry, top[at - 1]!, tolerance) < 0) at--;
      if (at >= count) return;
      top.splice(at, 0, entry);
      if (top.length > count) top.pop();
      if (top.length === count) floor = top[count - 1]!.net - tolerance.net;
    },
    sets() {
      return top.map((t) => ({ members: [...t.members].sort((a, b) => a.order - b.order), cost: t.cost, net: t.net }));
    },
  };
}
