import { describe, expect, it } from "vitest";
import { portfolioValue } from "../../../src/economics/portfolio/portfolio-value.js";
import { valueOfInvestment } from "../../../src/economics/value-of-investment.js";
import { ModelError } from "../../../src/model/errors.js";
import { parseModel } from "../../../src/model/parse-model.js";
import { loadExample } from "../../examples/load-example.js";

// Expected annual loss 2 x 10,000 = 20,000; 3 years at 10%. A reduces it by 50% from year 1, B by 40% from year 2.
const model = parseModel({
  name: "Two on one risk",
  horizonYears: 3,
  discountRate: 0.1,
  risks: [{ id: "outage", name: "Outage", frequency: 2, impact: 10_000 }],
  investments: [
    { id: "a", name: "A", reduces: [{ risk: "outage", by: 0.5, fromYear: 1 }] },
    { id: "b", name: "B", reduces: [{ risk: "outage", by: 0.4, fromYear: 2 }] },
  ],
  costs: [
    { of: "a", category: "other", amount: 10_000, recurrence: "once" },
    { of: "b", category: "other", amount: 1_000 },
  ],
  benefits: [
    { of: "a", name: "Savings", amount: 500, startYear: 1 },
    { of: "b", name: "Calm", kind: "intangible", amount: 300, recurrence: "once", startYear: 2 },
  ],
});

function thrown(run: () => unknown): ModelError {
  try {
    run();
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error("expected a ModelError");
}

describe("portfolioValue", () => {
  it("combines two reductions of one risk: 1 - (1 - 0.5)(1 - 0.4) = 70% in year 2 (worked by hand)", () => {
    const v = portfolioValue(model, ["a", "b"]);
    // Year 1: A only, 50% x 20,000 = 10,000 / 1.1 = 9,090.909; year 2: 70% x 20,000 = 14,000 / 1.21 = 11,570.248.
    expect(v.riskReduction).toBeCloseTo(10_000 / 1.1 + 14_000 / 1.21, 9);
    expect(v.riskReduction).toBeCloseTo(20_661.157024793, 6);
    // Added up they would avoid 10,000 / 1.1 + (10,000 + 8,000) / 1.21 = 23,966.94: more than together.
    const apart = valueOfInvestment(model, "a").riskReduction + valueOfInvestment(model, "b").riskReduction;
    expect(apart).toBeCloseTo(10_000 / 1.1 + 18_000 / 1.21, 9);
    // Benefits and costs add up: A 500 in years 1-2, B 300 intangible in year 2; costs 10,000 + 1,000 a year.
    expect(v.tangible).toBeCloseTo(500 / 1.1 + 500 / 1.21, 9);
    expect(v.intangible).toBeCloseTo(300 / 1.21, 9);
    expect(v.costs).toBeCloseTo(11_000 + 1000 / 1.1 + 1000 / 1.21, 9);
    expect(v.net).toBeCloseTo(v.tangible + v.intangible + v.riskReduction - v.costs, 9);
    // Undiscounted: 10,000 + 3 x 1,000 over the horizon; in year 1, B's 1,000 only.
    expect(v.cost).toBe(13_000);
    expect(portfolioValue(model, ["a", "b"], { year: 1 }).cost).toBe(1000);
  });

  it("is valueOfInvestment's value for one investment, and 0 for none", () => {
    const { model: hospital } = loadExample("hospital.yaml");
    for (const inv of hospital.investments) {
      const v = valueOfInvestment(hospital, inv.id);
      const p = portfolioValue(hospital, [inv.id]);
      for (const key of ["tangible", "intangible", "riskReduction", "costs", "net"] as const) {
        expect(p[key]).toBeCloseTo(v[key], 6);
      }
    }
    expect(portfolioValue(model, [])).toEqual({ tangible: 0, intangible: 0, riskReduction: 0, costs: 0, net: 0, cost: 0 });
  });

  it("rejects unknown ids, a bad year and unknown options", () => {
    expect(thrown(() => portfolioValue(model, ["a", "c"])).issues[0]).toMatchObject({ path: "investments[1]", code: "not-found" });
    expect(thrown(() => portfolioValue(model, "a" as never)).code).toBe("invalid-argument");
    expect(thrown(() => portfolioValue(model, ["a"], { year: 3 })).issues[0]!.path).toBe("year");
    const e = thrown(() => portfolioValue(model, ["a"], { yaer: 1 } as never));
    expect(e.code).toBe("invalid-argument");
    expect(e.issues[0]).toMatchObject({ path: "yaer", suggestion: "year" });
  });
});
