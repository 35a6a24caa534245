import { describe, expect, it } from "vitest";
import { totalCostOfOwnership } from "../../src/economics/total-cost-of-ownership.js";
import { valueOfInvestment } from "../../src/economics/value-of-investment.js";
import { addCost } from "../../src/model/edits/add-cost.js";
import { ModelError } from "../../src/model/errors.js";
import { parseModel } from "../../src/model/parse-model.js";
import { CHUNK_SIZE, simulateChunk } from "../../src/risk/simulate-chunk.js";
import { createCollector, prepareSimulation, simulate, simulationStreams } from "../../src/risk/simulate.js";

const model = parseModel({
  name: "Simulated",
  horizonYears: 3,
  discountRate: 0.05,
  stakeholders: [{ id: "staff", name: "Staff", roles: ["user", "customer"] }],
  services: [
    { id: "network", name: "Network" },
    { id: "mail", name: "Mail", dependsOn: ["network"] },
    { id: "collab", name: "Collaboration", kind: "business", bundles: ["mail"], consumers: ["staff"] },
  ],
  resources: [{ id: "team", name: "Team", dimension: "organizations-and-people", supports: ["network", "mail"] }],
  risks: [
    { id: "outage", name: "Outage", affects: ["network"], frequency: 2, impact: 1000 },
    { id: "phishing", name: "Phishing", affects: ["mail"], frequency: { low: 0.5, high: 4 }, impact: { low: 1000, mode: 5000, high: 20_000 } },
  ],
  investments: [{ id: "mfa", name: "MFA", reduces: [{ risk: "phishing", by: 0.6 }] }],
  costs: [
    { id: "team-cost", of: "team", category: "staffing", amount: { low: 80_000, high: 120_000 } },
    { of: "network", category: "hardware", amount: { low: 10_000, mode: 12_000, high: 20_000 } },
    { of: "mail", category: "software", amount: 5000, recurrence: "monthly" },
    { of: "mfa", category: "outside-services", amount: { low: 5000, high: 15_000 }, recurrence: "once" },
  ],
  benefits: [{ of: "collab", name: "Time saved", amount: { low: 100_000, high: 300_000 } }],
});

describe("simulate", () => {
  const result = simulate(model, { iterations: 20_000, seed: 7 });

  it("is reproducible: same seed, same result; another seed, other draws", () => {
    expect(simulate(model, { iterations: 20_000, seed: 7 })).toEqual(result);
    expect({ ...simulate(model, { iterations: 20_000, seed: "7" }), seed: 7 }).toEqual(result);
    expect(simulate(model, { iterations: 20_000, seed: 8 }).services.collab!.tco.mean).not.toBe(result.services.collab!.tco.mean);
  });

  it("centres on the deterministic numbers (means within a few standard errors)", () => {
    for (const id of ["network", "mail", "collab"]) {
      const tco = totalCostOfOwnership(model, id).total;
      const s = result.services[id]!.tco;
      // 90% of the draws lie in [p5, p95]; (p95 - p5) / 3.29 approximates a standard deviation.
      const standardError = (s.p95 - s.p5) / 3.29 / Math.sqrt(20_000);
      expect(Math.abs(s.mean - tco)).toBeLessThan(5 * standardError + 1e-9);
      expect(s.p5).toBeLessThanOrEqual(s.p50);
      expect(s.p50).toBeLessThanOrEqual(s.p95);
    }
    const mfa = result.investments.mfa!.net;
    const standardError = (mfa.p95 - mfa.p5) / 3.29 / Math.sqrt(20_000);
    expect(Math.abs(mfa.mean - valueOfInvestment(model, "mfa").net)).toBeLessThan(5 * standardError);
    expect(mfa.probabilityNegative).toBeGreaterThan(0);
    expect(mfa.probabilityNegative).toBeLessThan(1);
  });

  it("simulates risk years with Poisson events: 2 events a year of 1,000 each", () => {
    const outage = result.risks.outage!;
    expect(outage.annualLoss.mean).toBeCloseTo(2000, -2);
    // P(at least one event) = 1 - e^-2 = 0.8647; standard error about 0.0024.
    expect(Math.abs(outage.probabilityOfLoss - (1 - Math.exp(-2)))).toBeLessThan(0.01);
    // Losses come in whole events of 1,000: the median year has 2 events.
    expect(outage.annualLoss.p50).toBe(2000);
    expect(outage.exceedance.probability[0]).toBe(0.5);
    expect(outage.exceedance.loss).toEqual([...outage.exceedance.loss].sort((a, b) => a - b));
    expect(result.overall.annualLoss.mean).toBeCloseTo(outage.annualLoss.mean + result.risks.phishing!.annualLoss.mean, 6);
  });

  it("gives the deterministic TCO exactly when every estimate is a fixed number", () => {
    const fixed = parseModel({
      name: "Fixed",
      services: [{ id: "a", name: "A" }, { id: "b", name: "B", dependsOn: ["a"] }],
      costs: [{ of: "a", category: "other", amount: 100, growth: 0.1 }],
    });
    const r = simulate(fixed, { iterations: 300, seed: 1 });
    const tco = totalCostOfOwnership(fixed, "b").total;
    expect(r.services.b!.tco.p5).toBeCloseTo(tco, 9);
    expect(r.services.b!.tco.p95).toBeCloseTo(tco, 9);
    expect(r.services.b!.tco.mean).toBeCloseTo(tco, 9);
  });

  it("does not change the draws of other estimates when an estimate is added", () => {
    const bigger = addCost(model, { id: "extra", of: "network", category: "telecom", amount: { low: 1, high: 100 } });
    const other = simulate(bigger, { iterations: 2000, seed: 7 });
    const base = simulate(model, { iterations: 2000, seed: 7 });
    expect(other.risks).toEqual(base.risks);
    expect(other.investments).toEqual(base.investments);
    expect(other.services.collab!.tco.mean).toBeGreaterThan(base.services.collab!.tco.mean);
  });

  it("gives the same result whatever order the chunks are computed in (as workers do)", () => {
    const iterations = 5 * CHUNK_SIZE + 17;
    const { plan, seed, omitted } = prepareSimulation(model, { iterations, seed: 3 }, "test");
    const streams = simulationStreams(plan, seed);
    const collector = createCollector(plan, iterations);
    for (const c of [5, 2, 0, 4, 1, 3]) collector.add(simulateChunk(plan, streams.estimates, streams.events, c, iterations));
    expect(collector.finish(seed, omitted)).toEqual(simulate(model, { iterations, seed: 3 }));
  });

  it("reports progress per chunk and honours the service selection", () => {
    const progress: number[] = [];
    const r = simulate(model, { iterations: 600, seed: 1, services: ["mail"], onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([256, 512, 600]);
    expect(Object.keys(r.services)).toEqual(["mail"]);
    expect(r.omittedServices).toBe(2);
    expect(Object.keys(simulate(model, { iterations: 10, services: "top-level" }).services)).toEqual(["collab"]);
  });

  it("rejects bad options with invalid-argument or not-found", () => {
    const bad: [unknown, string][] = [
      [{ iterations: 0 }, "invalid-argument"],
      [{ iterations: 1.5 }, "invalid-argument"],
      [{ iterations: -3 }, "invalid-argument"],
      [{ iterations: Number.NaN }, "invalid-argument"],
      [{ iterations: "100" }, "invalid-argument"],
      [{ iterations: 10, seed: Number.NaN }, "invalid-argument"],
      [{ iterations: 10, iteration: 5 }, "invalid-argument"],
      [{ iterations: 10, services: ["mial"] }, "not-found"],
      [{ iterations: 10, services: "some" }, "invalid-argument"],
      [{ iterations: 10, workers: 2 }, "invalid-argument"],
      [{ iterations: 10, workers: 0 }, "invalid-argument"],
      [null, "invalid-argument"],
    ];
    for (const [options, code] of bad) {
      let error: unknown;
      try {
        simulate(model, options as never);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(options)).toBeInstanceOf(ModelError);
      expect((error as ModelError).code).toBe(code);
      expect((error as ModelError).message).toMatch(/^simulate: /);
    }
  });
});

describe("simulate: streams of entries without an id", () => {
  it("keeps the draws of an investment's costs when a cost of another element is inserted before them", () => {
    const input = (extra: unknown[]) => ({
      name: "Streams",
      horizonYears: 2,
      services: [{ id: "s", name: "S" }],
      investments: [{ id: "inv", name: "Inv" }],
      costs: [...extra, { of: "inv", category: "other", amount: { low: 10, high: 100 }, recurrence: "once" }],
    });
    const before = simulate(parseModel(input([])), { iterations: 500, seed: 9 }).investments.inv;
    const after = simulate(parseModel(input([{ of: "s", category: "other", amount: { low: 1, high: 9 } }])), { iterations: 500, seed: 9 }).investments.inv;
    expect(after).toEqual(before);
  });
});
