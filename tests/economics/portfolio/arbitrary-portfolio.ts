import fc from "fast-check";
import { parseModel } from "../../../src/model/parse-model.js";
import type { Model } from "../../../src/model/schema/model.js";

/** A small portfolio problem: a model with up to `maxInvestments` investments over 1 to 3 shared risks, and a budget. */
export interface PortfolioCase {
  model: Model;
  budget: number;
  year: number | undefined;
  alternatives: number;
}

const entry = (horizon: number) =>
  fc.record({
    amount: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(10, 20, 30)),
    recurrence: fc.constantFrom("once", "yearly") as fc.Arbitrary<"once" | "yearly">,
    startYear: fc.integer({ min: 0, max: horizon - 1 }),
  });

/**
 * Random portfolio cases: small integer amounts (so that ties and twins happen), reductions of shared risks with
 * `by` in tenths (1 included) from any year, budgets from 0 to a little over the total cost, sometimes one year only.
 */
export function arbitraryPortfolio(maxInvestments = 12): fc.Arbitrary<PortfolioCase> {
  return fc
    .record({
      horizon: fc.integer({ min: 1, max: 3 }),
      rate: fc.constantFrom(0, 0.05, 0.1),
      risks: fc.array(fc.record({ frequency: fc.integer({ min: 1, max: 4 }), impact: fc.integer({ min: 1, max: 40 }) }), {
        minLength: 1,
        maxLength: 3,
      }),
    })
    .chain(({ horizon, rate, risks }) =>
      fc.record({
        horizon: fc.constant(horizon),
        rate: fc.constant(rate),
        risks: fc.constant(risks),
        investments: fc.array(
          fc.record({
            costs: fc.array(entry(horizon), { minLength: 0, maxLength: 2 }),
            benefits: fc.array(fc.record({ e: entry(horizon), intangible: fc.boolean() }), { maxLength: 2 }),
            reduces: fc.uniqueArray(
              fc.record({
                risk: fc.integer({ min: 0, max: risks.length - 1 }),
                by: fc.integer({ min: 1, max: 10 }).map((k) => k / 10),
                fromYear: fc.integer({ min: 0, max: horizon - 1 }),
              }),
              { selector: (r) => r.risk, maxLength: risks.length },
            ),
            twinOfPrevious: fc.boolean(),
          }),
          { maxLength: maxInvestments },
        ),
        budgetShare: fc.double({ min: 0, max: 1.1, noNaN: true }),
        year: fc.option(fc.integer({ min: 0, max: horizon - 1 }), { nil: undefined }),
        alternatives: fc.integer({ min: 0, max: 4 }),
      }),
    )
    .map(({ horizon, rate, risks, investments, budgetShare, year, alternatives }) => {
      // Some investments copy the previous one under a new id: twins, interchangeable in every set.
      const specs = investments.map((inv, i) => (inv.twinOfPrevious && i > 0 ? { ...investments[i - 1]! } : inv));
      const input = {
        name: "Portfolio case",
        horizonYears: horizon,
        discountRate: rate,
        risks: risks.map((r, k) => ({ id: `r${k}`, name: `Risk ${k}`, frequency: r.frequency, impact: r.impact * 100 })),
        investments: specs.map((inv, i) => ({
          id: `i${String(i).padStart(2, "0")}`,
          name: `Investment ${i}`,
          reduces: inv.reduces.map((r) => ({ risk: `r${r.risk}`, by: r.by, fromYear: r.fromYear })),
        })),
        costs: specs.flatMap((inv, i) =>
          inv.costs.map((c) => ({ of: `i${String(i).padStart(2, "0")}`, category: "other" as const, ...c, amount: c.amount * 10 })),
        ),
        benefits: specs.flatMap((inv, i) =>
          inv.benefits.map((b) => ({
            of: `i${String(i).padStart(2, "0")}`,
            name: "Benefit",
            kind: b.intangible ? ("intangible" as const) : ("tangible" as const),
            ...b.e,
            amount: b.e.amount * 30,
          })),
        ),
      };
      const model = parseModel(input);
      let total = 0;
      for (const c of model.costs) {
        const years = c.recurrence === "once" ? 1 : horizon - c.startYear;
        total += c.amount.mean * years;
      }
      return { model, budget: Math.round(total * budgetShare), year, alternatives };
    });
}
