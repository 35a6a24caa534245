import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "../../src/cli/run.js";
import {
  expectedAnnualLoss,
  parseModel,
  riskExposure,
  simulate,
  valueOfInformation,
  valueOfInvestment,
  type Model,
} from "../../src/index.js";
import { captureIo } from "../cli/capture-io.js";

/** docs/risk.md must stay true: every number it quotes is recomputed here with the library, and its CLI excerpt is run. */
const DOC = readFileSync(fileURLToPath(new URL("../../docs/risk.md", import.meta.url)), "utf8");

const quote = (value: number, decimals = 2) =>
  value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
/** Assert the doc quotes `value` as `text` (a typographic minus in the doc), and that the text is `value` rounded. */
const quoted = (value: number, text: string, decimals = 2) => {
  expect(quote(value, decimals)).toBe(text.replace("\u2212", "-"));
  expect(DOC).toContain(text);
};

const blocks = (lang: string) => [...DOC.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]!);
const backupYaml = blocks("yaml").find((b) => b.startsWith("name: Backup decision"))!;
const backup: Model = parseModel(parse(backupYaml));
const ITERATIONS = 10_000;

describe("docs/risk.md", () => {
  it("quotes the expected annual loss and the means of the estimates", () => {
    const risk = backup.risks[0]!;
    quoted(risk.frequency.mean, "0.4040", 4);
    expect(risk.impact.mean).toBe(70000);
    quoted(expectedAnnualLoss(backup, "data-loss"), "28,280.09");
    // The lognormal's parameters from its 90% interval.
    const z = 1.6448536269514722;
    quoted((Math.log(0.1) + Math.log(1)) / 2, "\u22121.1513", 4);
    quoted((Math.log(1) - Math.log(0.1)) / (2 * z), "0.6999", 4);
    quoted(Math.sqrt(0.1), "0.3162", 4);
    expect(DOC).toContain("(1.6448536 for the default confidence 0.9)");
  });

  it("quotes the value of the backups at the means", () => {
    const v = valueOfInvestment(backup, "backups");
    quoted(v.riskReduction, "64,691.51");
    quoted(v.costs, "42,891.16");
    quoted(v.net, "21,800.35");
  });

  it("quotes the simulation with 10,000 iterations and seed 1", () => {
    const r = simulate(backup, { iterations: ITERATIONS, seed: 1 });
    const net = r.investments.backups!.net;
    quoted(net.mean, "22,306.16");
    quoted(net.p5, "\u221231,346.88");
    quoted(net.p50, "3,911.80");
    expect(DOC).toContain(`the chance of a loss is ${quote(net.probabilityNegative! * 100)}%`);
    const loss = r.risks["data-loss"]!;
    quoted(loss.annualLoss.mean, "29,438.25");
    expect(DOC).toContain(`${quote((1 - loss.probabilityOfLoss) * 100, 1)}% of the years`);
    quoted(loss.exceedance.loss[loss.exceedance.probability.indexOf(0.01)]!, "231,621.74");
  });

  it("quotes the value of information, and the bias of the bins", () => {
    const v = valueOfInformation(backup, { iterations: ITERATIONS, seed: 1 });
    quoted(v.evpi, "8,155.50");
    expect(v.byEstimate.map((e) => e.path)).toEqual(["risks[0].frequency", "risks[0].impact"]);
    quoted(v.byEstimate[0]!.evppi, "5,959.65");
    quoted(v.byEstimate[1]!.evppi, "2,553.97");
    expect(v.decision).toBe("backups");
    const byBins = [10, 50, 100, 200, 1000].map((bins) => quote(valueOfInformation(backup, { iterations: ITERATIONS, seed: 1, bins }).byEstimate[0]!.evppi));
    expect(DOC).toContain(`| EVPPI | ${byBins.join(" | ")} |`);
    // The default is √10,000 = 100 bins.
    expect(byBins[2]).toBe(quote(v.byEstimate[0]!.evppi));
    const lift = valueOfInformation(backup, { iterations: ITERATIONS, seed: 1, bins: 1000 }).byEstimate[0]!.evppi / v.byEstimate[0]!.evppi - 1;
    expect(DOC).toContain(`lifts the estimate by ${Math.round(lift * 100)}%`);
  });

  it("checks the EVPI against the normal formula", () => {
    const pilot = parseModel({
      name: "Pilot decision",
      horizonYears: 1,
      discountRate: 0,
      costs: [{ of: "pilot", category: "outside-services", amount: 100000, recurrence: "once" }],
      benefits: [{ of: "pilot", name: "Hours saved", amount: { low: 20000, high: 180000, distribution: "normal" } }],
      investments: [{ id: "pilot", name: "A pilot", affects: [] }],
    });
    const sigma = (180000 - 20000) / (2 * 1.6448536269514722);
    quoted(sigma, "48,636.55");
    const exact = sigma / Math.sqrt(2 * Math.PI);
    quoted(exact, "19,403.17");
    const v = valueOfInformation(pilot, { iterations: 100_000, seed: 1 });
    quoted(v.evpi, "19,324.13");
    expect(Math.abs(v.evpi / exact - 1)).toBeLessThan(0.01);
  });

  it("says the onboarding value stream of the modern workplace sees all five risks", async () => {
    const text = await readFile("examples/modern-workplace.yaml", "utf8");
    const workplace = parseModel(parse(text));
    const exposure = riskExposure(workplace, { listRisks: true });
    expect(workplace.risks).toHaveLength(5);
    expect(exposure.risksByElement!["onboard-employee"]).toHaveLength(5);
    expect(exposure.countByElement["onboard-employee"]).toBe(5);
    expect(exposure.byElement["onboard-employee"]).toBe(exposure.total);
  });

  it("prints what the CLI excerpt shows", async () => {
    const dir = await mkdtemp(join(tmpdir(), "servicevalue-risk-doc-"));
    try {
      const file = join(dir, "backup.yaml");
      await writeFile(file, backupYaml);
      expect(DOC).toContain("`servicevalue analyze backup.yaml --iterations 10000 --seed 1`");
      for (const workers of ["1", "2"]) {
        const io = captureIo();
        expect(await run(["analyze", file, "--iterations", "10000", "--seed", "1", "--workers", workers], io)).toBe(0);
        const out = io.out().split("\n");
        const excerpt = blocks("text").find((b) => b.startsWith("Simulation:"))!.trimEnd().split("\n");
        for (const line of excerpt) expect(out, line).toContain(line);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
