import { describe, expect, it } from "vitest";
import { returnOnInvestment } from "../../src/economics/return-on-investment.js";
import { valueOfInvestment } from "../../src/economics/value-of-investment.js";
import { ModelError } from "../../src/model/errors.js";
import { parseModel } from "../../src/model/parse-model.js";

const model = parseModel({
  name: "ROI",
  horizonYears: 4,
  discountRate: 0.1,
  services: [
    { id: "portal", name: "Portal", kind: "business" },
    { id: "free", name: "Free service" },
  ],
  risks: [{ id: "phishing", name: "Phishing", frequency: 4, impact: 5000 }],
  investments: [
    { id: "mfa", name: "MFA", reduces: [{ risk: "phishing", by: 0.5 }] },
    { id: "idea", name: "Idea without costs" },
  ],
  costs: [
    { of: "portal", category: "software", amount: 1000 },
    { of: "mfa", category: "outside-services", type: "capex", amount: 30_000, recurrence: "once" },
    { of: "mfa", category: "software", amount: 2000, startYear: 1 },
  ],
  benefits: [
    { of: "portal", name: "Time saved", amount: 1500 },
    { of: "portal", name: "Goodwill", kind: "intangible", amount: 100 },
    { of: "mfa", name: "Fewer password resets", amount: 3000, startYear: 1 },
    { of: "mfa", name: "Peace of mind", kind: "intangible", amount: 1000, startYear: 1 },
    { of: "idea", name: "Something", amount: 10 },
  ],
});

// Discount factors at 10%: year t counts 1 / 1.1^t; years 1..3 sum to 2.486851991...
const a13 = 1 / 1.1 + 1 / 1.21 + 1 / 1.331;
const a03 = 1 + a13;

describe("valueOfInvestment", () => {
  it("reports tangible, intangible, risk reduction, costs and net as present values", () => {
    const v = valueOfInvestment(model, "mfa");
    // Risk reduction: by 0.5 x expected annual loss (4 x 5,000 = 20,000) = 10,000 a year from year 1 (the default).
    expect(v.byYear.riskReduction).toEqual([0, 10_000, 10_000, 10_000]);
    expect(v.byYear.costs).toEqual([30_000, 2000, 2000, 2000]);
    expect(v.tangible).toBeCloseTo(3000 * a13, 9);
    expect(v.intangible).toBeCloseTo(1000 * a13, 9);
    expect(v.riskReduction).toBeCloseTo(10_000 * a13, 9);
    expect(v.costs).toBeCloseTo(30_000 + 2000 * a13, 9);
    expect(v.net).toBeCloseTo(v.tangible + v.intangible + v.riskReduction - v.costs, 9);
    expect(v.net).toBeCloseTo(12_000 * a13 - 30_000, 9);
  });
});

describe("returnOnInvestment", () => {
  it("computes an investment's ROI, NPV, IRR and payback on tangible gains and risk reduction", () => {
    const r = returnOnInvestment(model, "mfa");
    const gains = 13_000 * a13;
    const costs = 30_000 + 2000 * a13;
    expect(r.roi).toBeCloseTo((gains - costs) / costs, 12);
    expect(r.roiWithIntangible).toBeCloseTo((gains + 1000 * a13 - costs) / costs, 12);
    expect(r.cashFlowByYear).toEqual([-30_000, 11_000, 11_000, 11_000]);
    expect(r.npv).toBeCloseTo(-30_000 + 11_000 * a13, 9);
    // IRR of [-30000, 11000, 11000, 11000]: scipy.optimize.brentq on the NPV gives 0.04921225642348745.
    expect(r.irr).toBeCloseTo(0.04921225642348745, 12);
    // Payback: cumulative -30000, -19000, -8000, 3000: 2 + 8000 / 11000 years.
    expect(r.paybackYears).toBeCloseTo(2 + 8 / 11, 12);
    // Discounted: -30000 + 10000 + 9090.91 + 8264.46 < 0 at the end of the horizon: never paid back.
    expect(r.discountedPaybackYears).toBeUndefined();
  });

  it("computes a service's ROI against its TCO", () => {
    const r = returnOnInvestment(model, "portal");
    expect(r.costs).toBeCloseTo(1000 * a03, 9);
    expect(r.gains).toBeCloseTo(1500 * a03, 9);
    expect(r.roi).toBeCloseTo(0.5, 12);
    expect(r.roiWithIntangible).toBeCloseTo(0.6, 12);
    expect(r.paybackYears).toBe(0);
    expect(r.irr).toBeNaN();
  });

  it("reports ROI over zero cost as not defined, never Infinity or NaN", () => {
    expect(returnOnInvestment(model, "idea").roi).toBeUndefined();
    expect(returnOnInvestment(model, "idea").roiWithIntangible).toBeUndefined();
    expect(returnOnInvestment(model, "free").roi).toBeUndefined();
  });

  it("rejects unknown ids and ids of other kinds with not-found", () => {
    for (const id of ["mf", "phishing"]) {
      let error: unknown;
      try {
        returnOnInvestment(model, id);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ModelError);
      expect((error as ModelError).code).toBe("not-found");
    }
    expect(() => valueOfInvestment(model, "portal")).toThrow(/valueOfInvestment: investment "portal" not found/);
  });
});
