import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnalysisReport } from "../../src/cli/analyze/analysis-report.js";
import { formatMoney, formatPercent, formatYears } from "../../src/report/format-values.js";
import { allocateCosts } from "../../src/economics/allocate-costs.js";
import { costPerConsumer, unchargedCosts } from "../../src/economics/cost-per-consumer.js";
import { npv } from "../../src/economics/cash-flow/npv.js";
import { rankInvestments } from "../../src/economics/portfolio/rank-investments.js";
import { selectPortfolio } from "../../src/economics/portfolio/select-portfolio.js";
import { returnOnInvestment } from "../../src/economics/return-on-investment.js";
import { totalCostOfOwnership } from "../../src/economics/total-cost-of-ownership.js";
import { valueBalance } from "../../src/economics/value-balance.js";
import { valueOfInvestment } from "../../src/economics/value-of-investment.js";
import { readModel } from "../../src/io/fs/read-model.js";
import type { Model } from "../../src/model/schema/model.js";
import { expectedAnnualLoss } from "../../src/risk/expected-annual-loss.js";
import { riskExposure } from "../../src/risk/risk-exposure.js";
import { sum } from "../../src/stats/sum.js";
import { runCli } from "./capture-io.js";

const WORKPLACE = "examples/modern-workplace.yaml";
const HOSPITAL = "examples/hospital.yaml";

const cli = (...argv: string[]) => runCli(argv);

async function json(...argv: string[]): Promise<AnalysisReport> {
  const { code, out, err } = await cli("analyze", ...argv, "--json");
  expect([code, err]).toEqual([0, ""]);
  return JSON.parse(out) as AnalysisReport;
}

/** The text lines of one section: from its title to the next blank line followed by a title. */
function section(out: string, title: string): string[] {
  const lines = out.split("\n");
  const start = lines.findIndex((l) => l.startsWith(title));
  expect(start, `section "${title}"`).toBeGreaterThanOrEqual(0);
  let end = start + 1;
  while (end < lines.length && !(lines[end] === "" && /^\S/.test(lines[end + 1] ?? ""))) end++;
  return lines.slice(start, end);
}

/** The row of a table whose first cell is `id`, split on runs of two or more blanks. */
function row(lines: readonly string[], id: string): string[] {
  const line = lines.find((l) => l.trim().split(/ {2,}/)[0] === id);
  expect(line, `row "${id}"`).toBeDefined();
  return line!.trim().split(/ {2,}/);
}

const nullable = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? null : v);

let workplace: Model;
let hospital: Model;
let dir = "";
beforeAll(async () => {
  workplace = await readModel(WORKPLACE);
  hospital = await readModel(HOSPITAL);
  dir = await mkdtemp(join(tmpdir(), "servicevalue-analyze-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("servicevalue analyze --json", () => {
  it("prints one document with every section, in a stable key order", async () => {
    const report = await json(WORKPLACE);
    expect(Object.keys(report)).toEqual(["file", "model", "service", "tco", "showback", "roi", "voi", "risk", "portfolio", "simulation"]);
    expect(report.file).toBe(WORKPLACE);
    expect(report.model).toEqual({ name: "Modern workplace", currency: "EUR", horizonYears: 5, discountRate: 0.08 });
    expect([report.service, report.simulation]).toEqual([null, null]);
    expect(Object.keys(report.tco)).toEqual(["services", "breakdown", "unallocated", "runningCosts", "investmentCosts"]);
    expect(Object.keys(report.roi.investments[0]!)).toEqual([
      "id", "name", "gains", "intangible", "costs", "npv", "roi", "roiWithIntangible", "irr", "paybackYears", "discountedPaybackYears", "cashFlowByYear",
    ]);
    // The same model and options give the same text, byte for byte.
    const again = await cli("analyze", WORKPLACE, "--json");
    expect(again.out).toBe(JSON.stringify(report, null, 2) + "\n");
  });

  it("gives each top-level service's TCO as totalCostOfOwnership does, and conserves the running costs", async () => {
    const { tco } = await json(WORKPLACE);
    const allocation = allocateCosts(workplace);
    expect(tco.services.map((s) => s.id).sort()).toEqual([...allocation.topLevel].sort());
    expect(tco.services.map((s) => s.total)).toEqual([...tco.services.map((s) => s.total)].sort((a, b) => b - a));
    for (const s of tco.services) {
      const expected = totalCostOfOwnership(workplace, s.id);
      expect(s.topLevel).toBe(true);
      expect(s.total).toBeCloseTo(expected.total, 6);
      expect(s.presentValue).toBeCloseTo(expected.presentValue, 6);
      expect(s.equivalentAnnualCost).toBeCloseTo(expected.equivalentAnnualCost, 6);
      s.byYear.forEach((v, y) => expect(v).toBeCloseTo(expected.byYear[y]!, 6));
    }
    expect(tco.breakdown).toBeNull();
    expect(tco.unallocated.byYear).toEqual(allocation.unallocatedByYear);
    expect(tco.unallocated.total).toBe(18000); // the legacy fax machines, 9,000 in years 0 and 1
    expect(tco.unallocated.presentValue).toBe(npv(0.08, allocation.unallocatedByYear));
    expect(tco.investmentCosts.byYear).toEqual(allocation.investmentsByYear);
    // Conservation: top-level TCOs + unallocated = every running cost entry.
    expect(sum(tco.services.map((s) => s.total)) + tco.unallocated.total).toBeCloseTo(tco.runningCosts.total, 4);
  });

  it("gives showback per consumer as costPerConsumer does, largest first", async () => {
    const { showback } = await json(WORKPLACE);
    const expected = costPerConsumer(workplace);
    expect(showback.service).toBeNull();
    expect(showback.consumers.map((c) => c.stakeholder).sort()).toEqual(Object.keys(expected).sort());
    for (const c of showback.consumers) {
      expect([c.total, c.presentValue, c.byYear]).toEqual([expected[c.stakeholder]!.total, expected[c.stakeholder]!.presentValue, expected[c.stakeholder]!.byYear]);
    }
    expect(showback.consumers[0]!.stakeholder).toBe("bu-production");
    expect(showback.consumers[0]!.name).toBe("Production");
    expect(showback.uncharged!.byYear).toEqual(unchargedCosts(workplace));
    expect(showback.valueBalance).toBeNull();
  });

  it("gives ROI of the services with benefits and of every investment as returnOnInvestment does, null where not defined", async () => {
    const { roi } = await json(WORKPLACE);
    expect(roi.services.map((s) => s.id)).toEqual(["smart-collaboration", "workplace-device"]);
    expect(roi.investments.map((s) => s.id)).toEqual(workplace.investments.map((i) => i.id));
    for (const r of [...roi.services, ...roi.investments]) {
      const e = returnOnInvestment(workplace, r.id);
      expect(r).toEqual({
        id: r.id,
        name: r.name,
        gains: e.gains,
        intangible: e.intangible,
        costs: e.costs,
        npv: e.npv,
        roi: nullable(e.roi),
        roiWithIntangible: nullable(e.roiWithIntangible),
        irr: nullable(e.irr),
        paybackYears: nullable(e.paybackYears),
        discountedPaybackYears: nullable(e.discountedPaybackYears),
        cashFlowByYear: e.cashFlowByYear,
      });
    }
    // Workplace Device never pays back and its cash flow has no real IRR: null, not NaN or a missing key.
    expect(returnOnInvestment(workplace, "workplace-device").paybackYears).toBeUndefined();
    expect(roi.services[1]).toMatchObject({ id: "workplace-device", irr: null, paybackYears: null, discountedPaybackYears: null });
  });

  it("gives the value of every investment as valueOfInvestment does", async () => {
    const { voi } = await json(WORKPLACE);
    for (const v of voi.investments) {
      const e = valueOfInvestment(workplace, v.id);
      expect([v.tangible, v.intangible, v.riskReduction, v.costs, v.net]).toEqual([e.tangible, e.intangible, e.riskReduction, e.costs, e.net]);
      expect(v.undiscountedCostByYear).toEqual(e.byYear.costs);
      expect(v.undiscountedCost).toBe(sum(e.byYear.costs));
    }
  });

  it("gives expected annual losses and exposure as the risk API does", async () => {
    const { risk } = await json(WORKPLACE);
    const exposure = riskExposure(workplace);
    expect(risk.total).toBe(exposure.total);
    expect(risk.risks.map((r) => r.id)).toEqual([
      "phishing-compromise",
      "network-outage",
      "archive-legal-hold-failure",
      "cloud-mail-outage",
      "onboarding-delay",
    ]);
    for (const r of risk.risks) expect(r.expectedAnnualLoss).toBe(expectedAnnualLoss(workplace, r.id));
    expect(risk.risks[0]!.frequency * risk.risks[0]!.impact).toBeCloseTo(risk.risks[0]!.expectedAnnualLoss, 6);
    expect(risk.exposure).toHaveLength(Object.keys(exposure.byElement).length);
    for (const e of risk.exposure) {
      expect(e.exposure).toBe(exposure.byElement[e.id]);
      expect(e.riskCount).toBe(exposure.countByElement[e.id]);
    }
    expect(risk.exposure[0]).toMatchObject({ id: "onboard-employee", kind: "value-stream", exposure: exposure.total });
  });

  it("chooses the portfolio as selectPortfolio does, under half the investments' undiscounted cost by default", async () => {
    const { portfolio, voi } = await json(WORKPLACE);
    const all = sum(voi.investments.map((v) => v.undiscountedCost));
    expect(portfolio!.budgetIsDefault).toBe(true);
    expect(portfolio!.allInvestmentsCost).toBeCloseTo(all, 6);
    expect(portfolio!.budget).toBe(portfolio!.allInvestmentsCost / 2);
    const expected = selectPortfolio(workplace, { budget: portfolio!.budget });
    expect(portfolio).toMatchObject({ selected: expected.selected, cost: expected.cost, net: expected.net, year: null, exact: true, upperBound: expected.net });
    expect(portfolio!.alternatives).toEqual(expected.alternatives);
    expect(portfolio!.dropped).toEqual(expected.dropped);
    expect(portfolio!.selected).toEqual(["mfa-rollout", "self-service-portal-build"]);
    expect(portfolio!.ranking).toEqual(
      rankInvestments(workplace).map((r) => ({
        id: r.id,
        net: r.net,
        roi: nullable(r.roi),
        netStdDev: r.netStdDev,
        valuePerRisk: nullable(r.valuePerRisk),
        undiscountedCost: r.undiscountedCost,
      })),
    );
  });

  it("takes --budget and --year", async () => {
    // 660,000 fits MFA, the archive migration and the network upgrade (657,200 undiscounted): worth more than MFA and
    // the portal, the two largest net values, which a greedy pick by net value would take first.
    const { portfolio } = await json(WORKPLACE, "--budget", "660000");
    expect(portfolio!.budgetIsDefault).toBe(false);
    expect(portfolio!.selected).toEqual(selectPortfolio(workplace, { budget: 660000 }).selected);
    expect(portfolio!.selected).toEqual(["mfa-rollout", "mail-archive-migration", "network-upgrade"]);
    const inYear = await json(WORKPLACE, "--budget", "250000.5", "--year", "0");
    const expected = selectPortfolio(workplace, { budget: 250000.5, year: 0 });
    expect(inYear.portfolio).toMatchObject({ budget: 250000.5, year: 0, selected: expected.selected, cost: expected.cost, net: expected.net });
    expect(inYear.portfolio!.allInvestmentsCost).toBeCloseTo(sum(inYear.voi.investments.map((v) => v.undiscountedCostByYear[0]!)), 6);
    const defaultInYear = await json(WORKPLACE, "--year", "1");
    expect(defaultInYear.portfolio!.budget).toBeCloseTo(sum(defaultInYear.voi.investments.map((v) => v.undiscountedCostByYear[1]!)) / 2, 6);
  });

  it("takes --max-steps: a search it stops is not exact and gives its upper bound", async () => {
    const { portfolio } = await json(WORKPLACE, "--budget", "450000", "--max-steps", "1");
    const expected = selectPortfolio(workplace, { budget: 450000, maxSteps: 1 });
    expect(portfolio).toMatchObject({ selected: expected.selected, net: expected.net, exact: false, upperBound: expected.upperBound });
    const all = await json(WORKPLACE, "--budget", "450000", "--max-steps", "all");
    expect(all.portfolio).toMatchObject({ selected: ["mfa-rollout", "self-service-portal-build"], exact: true });
  });

  it("breaks down one service with --service", async () => {
    const report = await json(HOSPITAL, "--service", "clinical-record");
    const expected = totalCostOfOwnership(hospital, "clinical-record");
    expect(report.service).toBe("clinical-record");
    expect(report.tco.services).toHaveLength(1);
    expect(report.tco.services[0]).toMatchObject({ id: "clinical-record", total: expected.total, presentValue: expected.presentValue, byYear: expected.byYear });
    const b = report.tco.breakdown!;
    const asRecord = (lines: { key: string; amount: number }[]) => Object.fromEntries(lines.map((l) => [l.key, l.amount]));
    expect(asRecord(b.byCategory)).toEqual({ ...expected.byCategory });
    expect(asRecord(b.byType)).toEqual({ ...expected.byType });
    expect(asRecord(b.byDimension)).toEqual({ ...expected.byDimension });
    expect(asRecord(b.bySource)).toEqual({ ...expected.bySource });
    expect(b.byCategory.map((l) => l.amount)).toEqual(b.byCategory.map((l) => l.amount).sort((x, y) => y - x));
    expect(b.bySource.find((l) => l.key === "clinical-record")?.kind).toBe("service");
    expect(b.bySource.filter((l) => l.kind === "resource").length).toBe(b.bySource.length - 1);
    const shown = costPerConsumer(hospital, "clinical-record");
    expect(report.showback.consumers.map((c) => [c.stakeholder, c.total])).toEqual(
      Object.entries(shown).map(([id, s]) => [id, s.total]).sort((x, y) => (y[1] as number) - (x[1] as number)),
    );
    expect(report.showback.uncharged).toBeNull();
    const consumers = hospital.services.find((s) => s.id === "clinical-record")!.consumers;
    expect(report.showback.valueBalance!.map((b) => b.stakeholder)).toEqual(consumers.map((c) => c.stakeholder));
    for (const b of report.showback.valueBalance!) {
      const e = valueBalance(hospital, "clinical-record", b.stakeholder);
      expect(b).toEqual({
        stakeholder: b.stakeholder,
        benefits: e.benefits,
        costsRemoved: e.costsRemoved,
        costsImposed: e.costsImposed,
        showback: e.showback,
        presentValue: e.presentValue,
        intangibleBenefits: e.intangibleBenefits,
        byYear: e.byYear,
      });
    }
    expect(report.roi.services.map((s) => s.id)).toEqual(["clinical-record"]);
  });

  it("analyzes a service that is not top-level and has no benefits", async () => {
    const report = await json(WORKPLACE, "--service", "network");
    expect(report.tco.services[0]).toMatchObject({ id: "network", topLevel: false, total: totalCostOfOwnership(workplace, "network").total });
    expect(report.roi.services[0]).toMatchObject({ id: "network", gains: 0, roi: -1 });
    expect(report.showback.consumers).toEqual([]);
  });
});

describe("servicevalue analyze (tables)", () => {
  it("prints every section with the API's numbers, money grouped, rates as percentages, n/a when not defined", async () => {
    const { code, out, err } = await cli("analyze", WORKPLACE);
    expect([code, err]).toEqual([0, ""]);
    expect(out.split("\n")[0]).toBe(`Modern workplace (${WORKPLACE})`);
    expect(out).toContain("Money in EUR; 5 years (year 0 to 4); discount rate 8% a year");

    const tco = section(out, "Total cost of ownership");
    const sc = totalCostOfOwnership(workplace, "smart-collaboration");
    expect(row(tco, "smart-collaboration")).toEqual(["smart-collaboration", formatMoney(sc.total), formatMoney(sc.presentValue), formatMoney(sc.equivalentAnnualCost)]);
    expect(formatMoney(sc.total)).toBe("8,880,522");
    expect(row(tco, "(unallocated)")[1]).toBe("18,000");
    expect(tco[1]).toContain("total EUR");

    const showback = section(out, "Showback");
    const production = costPerConsumer(workplace)["bu-production"]!;
    expect(row(showback, "bu-production").slice(0, 3)).toEqual(["bu-production", formatMoney(production.total), formatMoney(production.presentValue)]);

    const roi = section(out, "Return on investment");
    const mfa = returnOnInvestment(workplace, "mfa-rollout");
    expect(row(roi, "mfa-rollout")).toEqual([
      "mfa-rollout",
      formatMoney(mfa.gains),
      formatMoney(mfa.costs),
      formatMoney(mfa.npv),
      formatPercent(mfa.roi),
      formatPercent(mfa.roiWithIntangible),
      formatPercent(mfa.irr),
      formatYears(mfa.paybackYears),
      formatYears(mfa.discountedPaybackYears),
    ]);
    expect(row(roi, "workplace-device").slice(-3)).toEqual(["n/a", "n/a", "n/a"]);
    expect(row(roi, "smart-collaboration")[4]).toBe(formatPercent(returnOnInvestment(workplace, "smart-collaboration").roi));
    expect(row(roi, "smart-collaboration")[4]).toBe("23.4%");

    const voi = section(out, "Value of investments");
    const v = valueOfInvestment(workplace, "network-upgrade");
    expect(row(voi, "network-upgrade")).toEqual(["network-upgrade", ...[v.tangible, v.intangible, v.riskReduction, v.costs, v.net].map((v) => formatMoney(v))]);

    const risk = section(out, "Risk");
    expect(row(risk, "phishing-compromise")).toEqual(["phishing-compromise", "1.21", "123,333", formatMoney(expectedAnnualLoss(workplace, "phishing-compromise")), "37.2%"]);
    expect(row(risk, "(all risks)")).toEqual(["(all risks)", formatMoney(riskExposure(workplace).total)]);
    const exposure = section(out, "Exposure");
    expect(row(exposure, "onboard-employee")).toEqual(["onboard-employee", "value-stream", formatMoney(riskExposure(workplace).total), "5"]);
    expect(exposure.filter((l) => /^ {2}\S/.test(l) && !l.startsWith("  element") && !l.startsWith("  ...") && !l.startsWith("  Exposures"))).toHaveLength(10);
    expect(exposure).toContain("  ... and 16 more (--json lists all)");

    const portfolio = section(out, "Portfolio");
    const budget = sum(workplace.investments.map((i) => sum(valueOfInvestment(workplace, i.id).byYear.costs))) / 2;
    const best = selectPortfolio(workplace, { budget });
    expect(portfolio).toContain(`  budget    ${formatMoney(budget)} EUR: half of ${formatMoney(2 * budget)} EUR, the undiscounted cost of all investments over the horizon (the default; set one with --budget)`);
    expect(portfolio).toContain(`  chosen    ${best.selected.join(", ")}`);
    expect(portfolio).toContain(`  net value ${formatMoney(best.net)} EUR (present value; shared risk reductions combined)`);
    expect(row(portfolio, "2")).toEqual(["2", best.alternatives[0]!.selected.join(", "), ...[best.alternatives[0]!.cost, best.alternatives[0]!.net, best.alternatives[0]!.givesUp].map((v) => formatMoney(v))]);
    const leftOut = portfolio.slice(portfolio.indexOf("  Left out"));
    expect(row(leftOut, "network-upgrade").at(-1)).toBe("does not fit the budget");
    const ranked = rankInvestments(workplace);
    expect(row(portfolio, "self-service-portal-build")).toEqual([
      "self-service-portal-build",
      formatMoney(ranked[1]!.net),
      formatPercent(ranked[1]!.roi),
      formatMoney(ranked[1]!.netStdDev),
      ranked[1]!.valuePerRisk!.toFixed(2),
      formatMoney(ranked[1]!.undiscountedCost),
    ]);
    expect(portfolio.filter((l) => / {2}\S/.test(l)).slice(1, 5).map((l) => l.trim().split(" ")[0])).toEqual(ranked.map((r) => r.id));
    expect(out).not.toContain("Simulation");
  });

  it("prints the breakdowns of --service", async () => {
    const { code, out } = await cli("analyze", HOSPITAL, "--service", "clinical-record");
    expect(code).toBe(0);
    const tco = section(out, "Total cost of ownership of clinical-record");
    const expected = totalCostOfOwnership(hospital, "clinical-record");
    expect(row(tco, "0")).toEqual(["0", formatMoney(expected.byYear[0]), formatPercent(expected.byYear[0]! / expected.total)]);
    expect(row(tco, "6")[1]).toBe(formatMoney(expected.byYear[6]));
    expect(row(tco, "staffing")[1]).toBe(formatMoney(expected.byCategory.staffing));
    expect(row(tco, "capex")[1]).toBe(formatMoney(expected.byType.capex));
    expect(row(tco, "none")[1]).toBe(formatMoney(expected.byDimension.none));
    const sources = tco.slice(tco.indexOf("  by source element"));
    expect(row(sources, "clinical-record")).toEqual(["clinical-record", "service", formatMoney(expected.bySource["clinical-record"]), formatPercent(expected.bySource["clinical-record"]! / expected.total)]);
    expect(row(sources, "ehr-licence")[1]).toBe("resource");
    for (const title of ["  by year", "  by cost pool", "  by capex/opex", "  by source element"]) expect(tco).toContain(title);
    expect(tco.some((l) => l.startsWith("  by dimension"))).toBe(true);
    const showback = section(out, "Showback");
    expect(showback[0]).toContain("the full cost of clinical-record");
    const balances = showback.slice(showback.findIndex((l) => l.startsWith("  Value balance")));
    const medicine = valueBalance(hospital, "clinical-record", "directorate-medicine");
    expect(row(balances, "directorate-medicine")).toEqual([
      "directorate-medicine",
      ...[medicine.benefits, medicine.costsRemoved, medicine.costsImposed, medicine.showback, medicine.presentValue, medicine.intangibleBenefits].map((v) => formatMoney(v)),
    ]);
  });

  it("says so when there is nothing to show", async () => {
    const file = join(dir, "bare.yaml");
    await writeFile(
      file,
      [
        "name: Bare",
        "currency: USD",
        "horizonYears: 1",
        "discountRate: 0",
        "stakeholders: [{ id: it, name: IT, roles: [provider] }]",
        "services: [{ id: dns, name: DNS }]",
        "costs: [{ of: dns, category: software, amount: 1234.5 }]",
      ].join("\n"),
    );
    const { code, out } = await cli("analyze", file, "--iterations", "10", "--workers", "1");
    expect(code).toBe(0);
    expect(out).toContain("Money in USD; 1 year (year 0 to 0); discount rate 0% a year");
    expect(row(section(out, "Total cost of ownership"), "dns")).toEqual(["dns", "1,235", "1,235", "1,235"]);
    expect(section(out, "Showback")).toContain("  No top-level service has consumers.");
    expect(section(out, "Showback")).toContain("  Shown to nobody (top-level services without consumers): 1,235 USD.");
    expect(section(out, "Return on investment")).toContain("  No service has benefits of its own.");
    expect(section(out, "Value of investments")).toContain("  The model has no investments.");
    expect(section(out, "Risk")).toContain("  The model has no risks.");
    expect(section(out, "Portfolio")).toContain("  The model has no investments.");
    expect(section(out, "Simulation")).toContain("    The model has no investments: there is no decision to inform.");
    const report = await json(file, "--iterations", "10", "--workers", "1");
    expect([report.portfolio, report.simulation!.valueOfInformation, report.showback.consumers]).toEqual([null, null, []]);
    expect(report.simulation!.services).toEqual([{ id: "dns", name: "DNS", tco: { mean: 1234.5, p5: 1234.5, p50: 1234.5, p95: 1234.5 }, net: expect.any(Object) }]);
  });

  it("shows n/a for an ROI over zero cost and an investment nobody would choose", async () => {
    const file = join(dir, "free.yaml");
    await writeFile(
      file,
      [
        "name: Free",
        "horizonYears: 2",
        "stakeholders: [{ id: it, name: IT, roles: [provider] }]",
        "services: [{ id: wiki, name: Wiki }]",
        "benefits: [{ of: wiki, name: Answers found, amount: 500 }, { of: bad-idea, name: Nothing much, amount: 1, startYear: 1 }]",
        "costs: [{ of: bad-idea, category: other, amount: 1000, recurrence: once }]",
        "investments: [{ id: bad-idea, name: A bad idea, affects: [wiki] }]",
      ].join("\n"),
    );
    const report = await json(file);
    expect(report.roi.services[0]).toMatchObject({ id: "wiki", costs: 0, roi: null, roiWithIntangible: null, irr: null, paybackYears: 0 });
    expect(report.portfolio).toMatchObject({ selected: [], cost: 0, net: 0 });
    expect(report.portfolio!.dropped).toEqual([expect.objectContaining({ id: "bad-idea", reason: "no-gain" })]);
    const { out } = await cli("analyze", file);
    expect(row(section(out, "Return on investment"), "wiki").slice(4, 7)).toEqual(["n/a", "n/a", "n/a"]);
    expect(section(out, "Portfolio")).toContain("  chosen    nothing (no investment adds value within the budget)");
    const portfolio = section(out, "Portfolio");
    expect(row(portfolio.slice(portfolio.indexOf("  Left out")), "bad-idea").at(-1)).toBe("adds no value to the chosen set");
    expect(row(portfolio, "bad-idea")[4]).toBe("n/a"); // value per risk of a certain net value
  });
});
