import { describe, expect, it } from "vitest";
import { ModelError } from "../../src/model/errors.js";
import { parseModel } from "../../src/model/parse-model.js";
import { normalCdf } from "../../src/stats/normal-cdf.js";
import { valueOfInformation } from "../../src/risk/value-of-information.js";

// One investment whose net value is normal: benefit ~ Normal(mean 100, 90% interval 20..180) paid once in year 0,
// cost 90 fixed. Net ~ N(mu = 10, sigma = 80 / 1.6448536). Against doing nothing (0), the textbook EVPI is
// E[max(0, X)] - max(0, mu) = sigma phi(mu / sigma) + mu Phi(mu / sigma) - mu.
const sigma = 80 / 1.6448536269514722;
const mu = 10;
const phi = (x: number) => Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
const evpiExact = sigma * phi(mu / sigma) + mu * normalCdf(mu / sigma) - mu;

const model = parseModel({
  name: "EVPI",
  horizonYears: 1,
  investments: [
    { id: "bet", name: "A bet" },
    { id: "sure", name: "A sure thing" },
  ],
  costs: [
    { of: "bet", category: "other", amount: 90, recurrence: "once" },
    { of: "sure", category: "other", amount: 10, recurrence: "once" },
  ],
  benefits: [
    { of: "bet", name: "Pay-off", amount: { low: 20, high: 180, distribution: "normal" }, recurrence: "once" },
    { of: "sure", name: "Pay-off", amount: 5, recurrence: "once" },
  ],
});

describe("valueOfInformation", () => {
  it("matches the closed-form EVPI of a normal net value against doing nothing", () => {
    const v = valueOfInformation(model, { investments: ["bet"], iterations: 200_000, seed: 11 });
    expect(evpiExact).toBeCloseTo(14.8119, 4); // scipy: s * norm.pdf(m / s) + m * norm.cdf(m / s) - m
    expect(Math.abs(v.evpi - evpiExact) / evpiExact).toBeLessThan(0.03);
    expect(v.decision).toBe("bet");
    expect(v.expectedNet.bet).toBeCloseTo(10, 0);
    // The only uncertain estimate carries all the value of information.
    expect(v.byEstimate).toHaveLength(1);
    expect(v.byEstimate[0]!.path).toBe("benefits[0].amount");
    expect(Math.abs(v.byEstimate[0]!.evppi - v.evpi) / v.evpi).toBeLessThan(0.03);
  });

  it("is zero when nothing uncertain bears on the decision, and picks do-nothing when every option loses", () => {
    const v = valueOfInformation(model, { investments: ["sure"], iterations: 1000, seed: 1 });
    expect(v.evpi).toBe(0);
    expect(v.byEstimate).toEqual([]);
    expect(v.decision).toBeUndefined();
    expect(v.expectedNet.sure).toBe(-5);
  });

  it("is reproducible and ranks estimates largest first", () => {
    const a = valueOfInformation(model, { iterations: 5000, seed: 2 });
    expect(valueOfInformation(model, { iterations: 5000, seed: 2 })).toEqual(a);
    const values = a.byEstimate.map((e) => e.evppi);
    expect(values).toEqual([...values].sort((x, y) => y - x));
  });

  it("rejects unknown investments and bad options", () => {
    const cases: [unknown, string][] = [
      [{ iterations: 100, investments: ["bett"] }, "not-found"],
      [{ iterations: 0 }, "invalid-argument"],
      [{ iterations: 100, bins: 0 }, "invalid-argument"],
      [{ iterations: 100, bins: 1000 }, "invalid-argument"],
      [{ iterations: 100, investment: ["bet"] }, "invalid-argument"],
      [{ iterations: 100, investments: "bet" }, "invalid-argument"],
    ];
    for (const [options, code] of cases) {
      let error: unknown;
      try {
        valueOfInformation(model, options as never);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(options)).toBeInstanceOf(ModelError);
      expect((error as ModelError).code).toBe(code);
    }
  });
});
