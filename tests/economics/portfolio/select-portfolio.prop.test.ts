import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { npv } from "../../../src/economics/cash-flow/npv.js";
import { portfolioValue } from "../../../src/economics/portfolio/portfolio-value.js";
import { selectPortfolio } from "../../../src/economics/portfolio/select-portfolio.js";
import { valueOfInvestment } from "../../../src/economics/value-of-investment.js";
import { arbitraryPortfolio } from "./arbitrary-portfolio.js";
import { allSubsets, compareBrute, rankedFeasible, type BruteSet } from "./brute-force.js";

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe("selectPortfolio against brute force over every subset", () => {
  it("finds the best set (net value, then cost, size and ids) among all 2^n subsets, n <= 12", () => {
    fc.assert(
      fc.property(arbitraryPortfolio(12), ({ model, budget, year }) => {
        const truth = rankedFeasible(allSubsets(model, { year }), budget)[0]!;
        const p = selectPortfolio(model, { budget, year, alternatives: 0 });
        expect(close(p.net, truth.net)).toBe(true);
        expect([...p.selected].sort()).toEqual([...truth.ids].sort());
        expect(close(p.cost, truth.cost)).toBe(true);
        expect(p.cost).toBeLessThanOrEqual(budget + 1e-6);
      }),
      { numRuns: 250 },
    );
  });

  it("lists as alternatives the next best sets of investments worth something alone, twins in id order", () => {
    fc.assert(
      fc.property(arbitraryPortfolio(9), ({ model, budget, year, alternatives }) => {
        const worth = new Set(model.investments.filter((i) => valueOfInvestment(model, i.id).net > 0).map((i) => i.id));
        // Twins: the same cost, the same PV of benefits - costs, the same reductions (interchangeable in any set).
        const twinKey = (id: string) => {
          const v = valueOfInvestment(model, id);
          const inv = model.investments.find((i) => i.id === id)!;
          const cost = year === undefined ? v.byYear.costs.reduce((a, b) => a + b, 0) : v.byYear.costs[year]!;
          const flows = v.byYear.tangible.map((t, y) => t + v.byYear.intangible[y]! - v.byYear.costs[y]!);
          const reductions = inv.reduces.map((r) => `${r.risk}/${r.by}/${r.fromYear}`).sort();
          return JSON.stringify([cost, npv(model.discountRate, flows), reductions]);
        };
        // A set that takes a twin without a twin with a smaller id is the same as one with the smaller id: not listed.
        const twinsInOrder = (s: BruteSet) =>
          s.ids.every((id) => model.investments.every((o) => o.id >= id || twinKey(o.id) !== twinKey(id) || s.ids.includes(o.id)));
        const listed = rankedFeasible(allSubsets(model, { year }), budget).filter(
          (s) => s.ids.every((id) => worth.has(id)) && twinsInOrder(s),
        );
        const p = selectPortfolio(model, { budget, year, alternatives });
        const got = [{ selected: p.selected, net: p.net, cost: p.cost }, ...p.alternatives];
        expect(got).toHaveLength(Math.min(alternatives + 1, listed.length));
        got.forEach((set, k) => {
          expect(close(set.net, listed[k]!.net)).toBe(true);
          expect(close(set.cost, listed[k]!.cost)).toBe(true);
          expect([...set.selected].sort()).toEqual([...listed[k]!.ids].sort());
        });
        for (const a of p.alternatives) expect(close(a.givesUp, p.net - a.net)).toBe(true);
        for (let k = 1; k < got.length; k++) {
          const a = { ids: got[k - 1]!.selected, cost: got[k - 1]!.cost, net: got[k - 1]!.net };
          const b = { ids: got[k]!.selected, cost: got[k]!.cost, net: got[k]!.net };
          expect(compareBrute(a, b)).toBeLessThan(0);
        }
      }),
      { numRuns: 250 },
    );
  });

  it("explains every dropped investment: what it would add, and by how much it would pass the budget", () => {
    fc.assert(
      fc.property(arbitraryPortfolio(10), ({ model, budget, year }) => {
        const p = selectPortfolio(model, { budget, year, alternatives: 0 });
        const base = portfolioValue(model, p.selected, { year });
        expect(close(base.net, p.net)).toBe(true);
        expect(p.dropped.map((d) => d.id).sort()).toEqual(
          model.investments.map((i) => i.id).filter((id) => !p.selected.includes(id)),
        );
        for (const d of p.dropped) {
          const more = portfolioValue(model, [...p.selected, d.id], { year });
          expect(close(d.addedNet, more.net - p.net)).toBe(true);
          expect(close(d.net, valueOfInvestment(model, d.id).net)).toBe(true);
          const over = more.cost - budget;
          expect(close(d.overBudgetBy, over > 1e-6 ? over : 0)).toBe(true);
          // Optimality: what fits adds nothing.
          if (d.overBudgetBy === 0) expect(d.addedNet).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(p.net)));
          expect(d.reason).toBe(d.overBudgetBy > 0 && d.addedNet > 1e-6 ? "over-budget" : "no-gain");
          // Combined reductions: the marginal value never exceeds the value alone.
          expect(d.addedNet).toBeLessThanOrEqual(d.net + 1e-6 * Math.max(1, Math.abs(d.net)));
        }
      }),
      { numRuns: 200 },
    );
  });
});
