import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestPortfolios, standaloneValue } from "../../../src/economics/portfolio/best-portfolios.js";
import { choiceBounds } from "../../../src/economics/portfolio/choice-bounds.js";
import { compareSets, portfolioTolerance, type PortfolioSet } from "../../../src/economics/portfolio/compare-sets.js";
import { groupChoices } from "../../../src/economics/portfolio/group-choices.js";
import { portfolioGroups, twinLinks } from "../../../src/economics/portfolio/portfolio-groups.js";
import { portfolioProblem } from "../../../src/economics/portfolio/portfolio-problem.js";
import { selectPortfolio } from "../../../src/economics/portfolio/select-portfolio.js";
import { valueOfInvestment } from "../../../src/economics/value-of-investment.js";
import type { Model } from "../../../src/model/schema/model.js";
import { arbitraryCompounding } from "./arbitrary-compounding.js";
import { arbitraryPortfolio } from "./arbitrary-portfolio.js";
import { allSubsets, compareBrute, rankedFeasible, type BruteSet } from "./brute-force.js";
import { referenceBestPortfolios } from "./reference-best-portfolios.js";

const ids = (sets: readonly PortfolioSet[]) => sets.map((s) => s.members.map((m) => m.id).join(" "));
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The feasible sets selectPortfolio may list, best first, by brute force: only investments worth something alone,
 * twins (same cost, PV of benefits - costs and reductions) taken in id order.
 */
function listedSets(model: Model, budget: number, year: number | undefined): BruteSet[] {
  const worth = new Set(model.investments.filter((i) => valueOfInvestment(model, i.id).net > 0).map((i) => i.id));
  const twinKey = new Map(
    model.investments.map((inv) => {
      const v = valueOfInvestment(model, inv.id);
      const cost = year === undefined ? v.byYear.costs.reduce((a, b) => a + b, 0) : v.byYear.costs[year]!;
      const reductions = inv.reduces.map((r) => `${r.risk}/${r.by}/${r.fromYear}`).sort();
      return [inv.id, JSON.stringify([cost, v.tangible + v.intangible - v.costs, reductions])];
    }),
  );
  const twinsInOrder = (s: BruteSet) =>
    s.ids.every((id) => model.investments.every((o) => o.id >= id || twinKey.get(o.id) !== twinKey.get(id) || s.ids.includes(o.id)));
  return rankedFeasible(allSubsets(model, { year }), budget).filter((s) => s.ids.every((id) => worth.has(id)) && twinsInOrder(s));
}

describe("selectPortfolio against brute force, many investments compounding on few risks", () => {
  it("lists the best set and the next best ones of every subset, n <= 14 on 1 to 4 risks", () => {
    fc.assert(
      fc.property(arbitraryCompounding(14), ({ model, budget, year, alternatives }) => {
        const listed = listedSets(model, budget, year);
        const p = selectPortfolio(model, { budget, year, alternatives });
        const got = [{ selected: p.selected, net: p.net, cost: p.cost }, ...p.alternatives];
        expect(got).toHaveLength(Math.min(alternatives + 1, listed.length));
        got.forEach((set, k) => {
          expect([...set.selected].sort()).toEqual([...listed[k]!.ids].sort());
          expect(close(set.net, listed[k]!.net)).toBe(true);
          expect(close(set.cost, listed[k]!.cost)).toBe(true);
        });
        for (let k = 1; k < got.length; k++) {
          const a = { ids: got[k - 1]!.selected, cost: got[k - 1]!.cost, net: got[k - 1]!.net };
          expect(compareBrute(a, { ids: got[k]!.selected, cost: got[k]!.cost, net: got[k]!.net })).toBeLessThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("selectPortfolio stopped after maxSteps", () => {
  it("gives a set that fits with its true net value, and an upper bound on the best; exact when it finished", () => {
    const cases = fc.oneof(arbitraryCompounding(12), arbitraryPortfolio(10));
    fc.assert(
      fc.property(cases, fc.integer({ min: 1, max: 60 }), ({ model, budget, year, alternatives }, maxSteps) => {
        const all = allSubsets(model, { year });
        const ranked = rankedFeasible(all, budget);
        const p = selectPortfolio(model, { budget, year, alternatives, maxSteps });
        const key = (ids: readonly string[]) => [...ids].sort().join(" ");
        const same = all.find((s) => key(s.ids) === key(p.selected))!;
        expect(close(p.net, same.net)).toBe(true);
        expect(p.cost).toBeLessThanOrEqual(budget * (1 + 1e-9) + 1e-9);
        expect(p.upperBound).toBeGreaterThanOrEqual(ranked[0]!.net - 1e-6 * (1 + Math.abs(ranked[0]!.net)));
        expect(p.net).toBeLessThanOrEqual(ranked[0]!.net + 1e-6 * (1 + Math.abs(ranked[0]!.net)));
        if (p.exact) {
          expect(close(p.net, ranked[0]!.net)).toBe(true);
          expect(p.upperBound).toBe(p.net);
        } else expect(p.upperBound).toBeGreaterThanOrEqual(p.net);
      }),
      { numRuns: 300 },
    );
  });
});

describe("bestPortfolios stopped after maxSteps, groups searched investment by investment", () => {
  it("offers at least one set that fits, bounds the best from above, and is the exact answer when it says so", () => {
    const cases = fc.oneof(arbitraryCompounding(14), arbitraryPortfolio(12));
    let stopped = 0;
    fc.assert(
      fc.property(cases, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 40 }), ({ model, budget, year, alternatives }, maxGroupSets, maxSteps) => {
        const problem = portfolioProblem(model, model.investments, year);
        const tolerance = portfolioTolerance(problem, budget);
        const expected = referenceBestPortfolios(problem, budget, alternatives + 1, tolerance);
        const found = bestPortfolios(problem, budget, alternatives + 1, tolerance, maxGroupSets, maxSteps);
        expect(found.sets.length).toBeGreaterThan(0);
        for (const set of found.sets) expect(set.cost).toBeLessThanOrEqual(budget + tolerance.cost);
        expect(found.upperBound).toBeGreaterThanOrEqual(expected[0]!.net - tolerance.net);
        expect(found.sets[0]!.net).toBeLessThanOrEqual(expected[0]!.net + tolerance.net);
        if (found.exact) expect(ids(found.sets)).toEqual(ids(expected));
        else stopped++;
      }),
      { numRuns: 300 },
    );
    // The property must see searches that were cut, not only ones that finished.
    expect(stopped).toBeGreaterThan(30);
  });
});

describe("bestPortfolios: listed groups and searched groups", () => {

  it("finds the old branch and bound's sets whichever groups it lists and which it searches", () => {
    const cases = fc.oneof(arbitraryCompounding(16), arbitraryPortfolio(12));
    fc.assert(
      fc.property(cases, fc.constantFrom(1, 2, 3, 5, 16, 40, 1 << 16), ({ model, budget, year, alternatives }, maxGroupSets) => {
        const problem = portfolioProblem(model, model.investments, year);
        const tolerance = portfolioTolerance(problem, budget);
        const expected = referenceBestPortfolios(problem, budget, alternatives + 1, tolerance);
        const found = bestPortfolios(problem, budget, alternatives + 1, tolerance, maxGroupSets);
        expect(found.exact).toBe(true);
        expect(found.upperBound).toBeGreaterThanOrEqual(expected[0]!.net - tolerance.net);
        const got = found.sets;
        expect(ids(got)).toEqual(ids(expected));
        got.forEach((s, k) => expect(close(s.net, expected[k]!.net)).toBe(true));
      }),
      { numRuns: 400 },
    );
  });

  it("keeps, in each group, every subset that fewer than `count` cheaper-or-equal subsets beat; its envelope bounds them", () => {
    fc.assert(
      fc.property(arbitraryCompounding(10), fc.integer({ min: 1, max: 5 }), ({ model, budget, year }, count) => {
        const problem = portfolioProblem(model, model.investments, year);
        const tolerance = portfolioTolerance(problem, budget);
        const limit = budget + tolerance.cost;
        const items = problem.candidates.filter((c) => standaloneValue(problem, c) > 0 && c.cost <= limit);
        for (const group of portfolioGroups(items, twinLinks(items))) {
          const choices = groupChoices(problem, group, limit, count, tolerance, 1 << 16)!;
          const twins = twinLinks(group);
          const inGroup = group.map((c) => c.id);
          // Every subset of the group that fits and takes twins in id order, by brute force.
          const subsets = allSubsets(model, { year, ids: inGroup })
            .filter((s) => s.cost <= limit && group.every((c, j) => twins[j]! < 0 || !s.ids.includes(c.id) || s.ids.includes(group[twins[j]!]!.id)))
            .map((s) => ({ ...s, ids: [...s.ids].sort() }));
          const kept = new Set(choices.members.map((m) => m.map((c) => c.id).join(" ")));
          for (const s of subsets) {
            const beaten = subsets.filter((q) => q.cost <= s.cost && compareSets(q, s, tolerance) < 0).length;
            if (beaten < count) expect(kept.has(s.ids.join(" ")), `${s.ids.join(" ")} in ${inGroup.join(" ")}`).toBe(true);
          }
          // The envelope bound is at least the value of every kept subset at its cost.
          const bound = choiceBounds([choices]);
          choices.cost.forEach((c, k) => expect(bound.at(0, c)).toBeGreaterThanOrEqual(choices.value[k]! - tolerance.net));
        }
      }),
      { numRuns: 150 },
    );
  });
});
