import { beforeAll, describe, expect, it } from "vitest";
import type { AnalysisReport } from "../../src/cli/analyze/analysis-report.js";
import { formatMoney, formatPercent } from "../../src/report/format-values.js";
import { readModel } from "../../src/io/fs/read-model.js";
import type { Model } from "../../src/model/schema/model.js";
import { simulate } from "../../src/risk/simulate.js";
import { valueOfInformation } from "../../src/risk/value-of-information.js";
import { runCli } from "./capture-io.js";

const WORKPLACE = "examples/modern-workplace.yaml";
const HOSPITAL = "examples/hospital.yaml";

const cli = (...argv: string[]) => runCli(["analyze", ...argv]);

async function json(...argv: string[]): Promise<AnalysisReport> {
  const { code, out, err } = await cli(...argv, "--json");
  expect([code, err]).toEqual([0, ""]);
  return JSON.parse(out) as AnalysisReport;
}

let workplace: Model;
beforeAll(async () => {
  workplace = await readModel(WORKPLACE);
});

describe("servicevalue analyze --iterations", () => {
  it("gives the distributions simulate gives, per investment, top-level service and risk", async () => {
    const { simulation } = await json(WORKPLACE, "--iterations", "1000", "--seed", "7", "--workers", "1");
    const expected = simulate(workplace, { iterations: 1000, seed: 7, services: "top-level" });
    expect(simulation!.iterations).toBe(1000);
    expect(simulation!.seed).toBe(7);
    expect(simulation!.investments.map((i) => [i.id, i.net])).toEqual(workplace.investments.map((i) => [i.id, expected.investments[i.id]!.net]));
    expect(simulation!.services.map((s) => s.id)).toEqual(["smart-collaboration", "workplace-device", "self-service-portal"]);
    for (const s of simulation!.services) expect([s.tco, s.net]).toEqual([expected.services[s.id]!.tco, expected.services[s.id]!.net]);
    for (const r of simulation!.risks) {
      const e = expected.risks[r.id]!;
      expect(r.annualLoss).toEqual(e.annualLoss);
      expect(r.probabilityOfLoss).toBe(e.probabilityOfLoss);
      expect(r.exceedance).toEqual(e.exceedance.probability.map((probability, i) => ({ probability, loss: e.exceedance.loss[i] })));
    }
    expect(simulation!.overall.annualLoss).toEqual(expected.overall.annualLoss);
    expect(simulation!.investments[0]!.net.probabilityNegative).toBe(expected.investments["mfa-rollout"]!.net.probabilityNegative);
  });

  it("gives the value of information valueOfInformation gives, with the estimates named", async () => {
    const { simulation } = await json(WORKPLACE, "--iterations", "1000", "--seed", "7", "--workers", "1");
    const expected = valueOfInformation(workplace, { iterations: 1000, seed: 7 });
    const voi = simulation!.valueOfInformation!;
    expect(voi.evpi).toBe(expected.evpi);
    expect(voi.decision).toBe(expected.decision);
    expect(voi.expectedNet).toEqual(workplace.investments.map((i) => ({ id: i.id, net: expected.expectedNet[i.id] })));
    expect(voi.byEstimate.map((e) => [e.path, e.evppi])).toEqual(expected.byEstimate.map((e) => [e.path, e.evppi]));
    expect(voi.byEstimate.find((e) => e.path === "risks[0].frequency")!.estimate).toBe("frequency of phishing-compromise");
  });

  it("gives the same result whatever the number of workers, and seed 1 by default", async () => {
    const one = await cli(WORKPLACE, "--iterations", "1500", "--workers", "1", "--json");
    const two = await cli(WORKPLACE, "--iterations", "1500", "--workers", "2", "--json");
    const seeded = await cli(WORKPLACE, "--iterations", "1500", "--seed", "1", "--workers", "2", "--json");
    expect(one.code).toBe(0);
    expect(two.out).toBe(one.out);
    expect(seeded.out).toBe(one.out);
    expect((JSON.parse(one.out) as AnalysisReport).simulation!.seed).toBe(1);
    const other = await cli(WORKPLACE, "--iterations", "1500", "--seed", "2", "--workers", "1", "--json");
    expect(other.out).not.toBe(one.out);
  }, 60_000);

  it("simulates the --service one instead of the top-level services", async () => {
    const { simulation } = await json(HOSPITAL, "--service", "integration-engine", "--iterations", "300", "--workers", "1");
    expect(simulation!.services.map((s) => s.id)).toEqual(["integration-engine"]);
    const model = await readModel(HOSPITAL);
    expect(simulation!.services[0]!.tco).toEqual(simulate(model, { iterations: 300, seed: 1, services: ["integration-engine"] }).services["integration-engine"]!.tco);
  });

  it("prints the simulation tables and what to measure first", async () => {
    const { code, out, err } = await cli(WORKPLACE, "--iterations", "1000", "--seed", "7", "--workers", "1");
    expect([code, err]).toEqual([0, ""]);
    const expected = simulate(workplace, { iterations: 1000, seed: 7, services: "top-level" });
    const voi = valueOfInformation(workplace, { iterations: 1000, seed: 7 });
    const lines = out.split("\n");
    const at = lines.indexOf("Simulation: 1,000 iterations, seed 7 (EUR)");
    expect(at).toBeGreaterThan(0);
    const rest = lines.slice(at);
    const cells = (id: string) => rest.find((l) => l.trim().split(/ {2,}/)[0] === id)!.trim().split(/ {2,}/);
    const mfa = expected.investments["mfa-rollout"]!.net;
    expect(cells("mfa-rollout")).toEqual(["mfa-rollout", ...[mfa.mean, mfa.p5, mfa.p50, mfa.p95].map((v) => formatMoney(v)), formatPercent(mfa.probabilityNegative)]);
    const tco = expected.services["smart-collaboration"]!.tco;
    expect(cells("smart-collaboration")).toEqual(["smart-collaboration", ...[tco.mean, tco.p5, tco.p50, tco.p95].map((v) => formatMoney(v))]);
    const phishing = expected.risks["phishing-compromise"]!;
    const at10 = phishing.exceedance.loss[phishing.exceedance.probability.indexOf(0.1)];
    expect(cells("phishing-compromise").slice(0, 5)).toEqual([
      "phishing-compromise",
      formatMoney(phishing.annualLoss.mean),
      formatPercent(phishing.probabilityOfLoss),
      formatMoney(phishing.exceedance.loss[0]),
      formatMoney(at10),
    ]);
    expect(cells("(all risks)")[1]).toBe(formatMoney(expected.overall.annualLoss.mean));
    expect(rest.some((l) => l.includes("1 in 2") && l.includes("1 in 1,000"))).toBe(true);
    expect(rest).toContain(`    today's choice  ${voi.decision} (expected net value ${formatMoney(voi.expectedNet[voi.decision!])} EUR)`);
    expect(rest.find((l) => l.startsWith("    EVPI"))).toContain(`${formatMoney(voi.evpi)} EUR`);
    const first = voi.byEstimate[0]!;
    expect(cells("frequency of phishing-compromise")).toEqual(["frequency of phishing-compromise", first.path, formatMoney(first.evppi), "<- measure this first"]);
    expect(first.path).toBe("risks[0].frequency");
  });
});
