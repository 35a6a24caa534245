import fc from "fast-check";
import { parseModel } from "../../../src/model/parse-model.js";
import type { PortfolioCase } from "./arbitrary-portfolio.js";

/**
 * Random portfolios of many investments compounding on few risks (1 to 4): most investments reduce one risk, some two
 * (joining groups) or none, by tenths (1 included) from any year, and the losses are large against the costs, so
 * that the best sets stack several reductions of one risk. Small integer amounts and copies of the previous
 * investment (twins) make ties happen.
 */
export function arbitraryCompounding(maxInvestments = 14): fc.Arbitrary<PortfolioCase> {
  return fc
    .record({
      horizon: fc.integer({ min: 1, max: 3 }),
      rate: fc.constantFrom(0, 0.05),
      risks: fc.array(fc.record({ frequency: fc.integer({ min: 1, max: 3 }), impact: fc.integer({ min: 5, max: 50 }) }), {
        minLength: 1,
        maxLength: 4,
      }),
    })
    .chain(({ horizon, rate, risks }) =>
      fc.record({
        horizon: fc.constant(horizon),
        rate: fc.constant(rate),
        risks: fc.constant(risks),
        investments: fc.array(
          fc.record({
            cost: fc.integer({ min: 0, max: 30 }),
            yearly: fc.boolean(),
            benefit: fc.integer({ min: 0, max: 30 }),
            reduces: fc.uniqueArray(
              fc.record({
                risk: fc.integer({ min: 0, max: risks.length - 1 }),
                by: fc.integer({ min: 1, max: 10 }).map((k) => k / 10),
                fromYear: fc.integer({ min: 0, max: horizon - 1 }),
              }),
              { selector: (r) => r.risk, minLength: 0, maxLength: 2 },
            ),
            twinOfPrevious: fc.integer({ min: 0, max: 9 }).map((k) => k === 0),
          }),
          { minLength: 1, maxLength: maxInvestments, size: "max" },
        ),
        budgetShare: fc.double({ min: 0, max: 1.1, noNaN: true }),
        year: fc.oneof(
          { arbitrary: fc.constant(undefined), weight: 3 },
          { arbitrary: fc.integer({ min: 0, max: horizon - 1 }), weight: 1 },
        ),
        alternatives: fc.integer({ min: 0, max: 5 }),
      }),
    )
    .map(({ horizon, rate, risks, investments, budgetShare, year, alternatives }) => {
      const specs = investments.map((inv, i) => (inv.twinOfPrevious && i > 0 ? investments[i - 1]! : inv));
      const id = (i: number) => `i${String(i).padStart(2, "0")}`;
      const model = parseModel({
        name: "Compounding case",
        horizonYears: horizon,
        discountRate: rate,
        risks: risks.map((r, k) => ({ id: `r${k}`, name: `Risk ${k}`, frequency: r.frequency, impact: r.impact * 100 })),
        investments: specs.map((inv, i) => ({
          id: id(i),
          name: `Investment ${i}`,
          reduces: inv.reduces.map((r) => ({ risk: `r${r.risk}`, by: r.by, fromYear: r.fromYear })),
        })),
        costs: specs.map((inv, i) => ({
          of: id(i),
          category: "other" as const,
          amount: inv.cost * 10,
          recurrence: inv.yearly ? ("yearly" as const) : ("once" as const),
        })),
        benefits: specs.map((inv, i) => ({ of: id(i), name: "Benefit", amount: inv.benefit * 10, recurrence: "once" as const })),
      });
      const total = specs.reduce((s, inv) => s + inv.cost * 10 * (inv.yearly ? horizon : 1), 0);
      return { model, budget: Math.round(total * budgetShare), year, alternatives };
    });
}
