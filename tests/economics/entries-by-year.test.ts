import { describe, expect, it } from "vitest";
import { entriesByYear } from "../../src/economics/entries-by-year.js";
import { netStandardDeviation } from "../../src/economics/portfolio/net-standard-deviation.js";
import { ModelError } from "../../src/model/errors.js";
import { parseModel } from "../../src/model/parse-model.js";
import { loadExample } from "../examples/load-example.js";

const { model: workplace } = loadExample("modern-workplace.yaml");

function thrown(call: () => unknown): ModelError {
  try {
    call();
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error("expected a ModelError");
}

describe("entriesByYear", () => {
  it("sums an element's entries per year at their means, benefits by kind", () => {
    // MFA: 20,000 a year of fewer reset calls and 15,000 intangible, from year 1.
    expect(entriesByYear(workplace, "benefits", "mfa-rollout", "tangible")).toEqual([0, 20000, 20000, 20000, 20000]);
    expect(entriesByYear(workplace, "benefits", "mfa-rollout", "intangible")).toEqual([0, 15000, 15000, 15000, 15000]);
    expect(entriesByYear(workplace, "benefits", "mfa-rollout")).toEqual([0, 35000, 35000, 35000, 35000]);
    // The rollout is a 90% interval of 30,000 to 50,000 (lognormal: mean exp(mu + sigma^2 / 2)), plus 6,000 of keys once;
    // licences are 1,500 a month from year 1.
    const z = 1.6448536269514722;
    const mu = (Math.log(30000) + Math.log(50000)) / 2;
    const sigma = (Math.log(50000) - Math.log(30000)) / (2 * z);
    const costs = entriesByYear(workplace, "costs", "mfa-rollout");
    expect(costs[0]).toBeCloseTo(Math.exp(mu + (sigma * sigma) / 2) + 6000, 6);
    expect(costs.slice(1)).toEqual([18000, 18000, 18000, 18000]);
  });

  it("refuses a list other than costs or benefits and an unknown element, with a suggestion", () => {
    expect(thrown(() => entriesByYear(workplace, "cost" as never, "mail")).code).toBe("invalid-argument");
    const e = thrown(() => entriesByYear(workplace, "costs", "mial"));
    expect(e.code).toBe("not-found");
    expect(e.issues[0]!.suggestion).toBe("mail");
  });
});

describe("netStandardDeviation", () => {
  // One cost and one reduced risk, each triangular (variance (a² + b² + c² - ab - ac - bc) / 18), over 2 years at 10%.
  const model = parseModel({
    name: "Spread",
    horizonYears: 2,
    discountRate: 0.1,
    risks: [{ id: "r", name: "R", frequency: 2, impact: { low: 100, mode: 200, high: 600, distribution: "triangular" } }],
    investments: [{ id: "inv", name: "Inv", reduces: [{ risk: "r", by: 0.5, fromYear: 0 }] }],
    costs: [{ of: "inv", category: "other", amount: { low: 10, mode: 20, high: 60, distribution: "triangular" }, recurrence: "once" }],
  });
  const triangularVariance = (a: number, b: number, c: number) => (a * a + b * b + c * c - a * b - a * c - b * c) / 18;

  it("adds the PV-weighted variances of the entries and of the avoided loss", () => {
    // The cost falls in year 0 (PV factor 1); the loss avoided is 0.5 x F x I in years 0 and 1: Var(F I) = F² Var I.
    const cost = triangularVariance(10, 20, 60);
    const perUnit = 0.5 * (1 + 1 / 1.1);
    const loss = perUnit * perUnit * 2 * 2 * triangularVariance(100, 200, 600);
    expect(netStandardDeviation(model, model.investments[0]!)).toBeCloseTo(Math.sqrt(cost + loss), 9);
    // Plain numbers have no spread.
    const plain = parseModel({ name: "Plain", investments: [{ id: "p", name: "P" }], costs: [{ of: "p", category: "other", amount: 5 }] });
    expect(netStandardDeviation(plain, plain.investments[0]!)).toBe(0);
  });

  it("refuses an investment that is not in the model, with a suggestion, and one that is not an object", () => {
    const e = thrown(() => netStandardDeviation(workplace, { id: "mfa-rolout" } as never));
    expect(e.code).toBe("not-found");
    expect(e.issues[0]!.suggestion).toBe("mfa-rollout");
    expect(thrown(() => netStandardDeviation(workplace, null as never)).code).toBe("invalid-argument");
  });
});
