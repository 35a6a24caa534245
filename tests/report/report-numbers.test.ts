import { describe, expect, it } from "vitest";
import {
  allocateCosts,
  costPerConsumer,
  expectedAnnualLoss,
  flowMetrics,
  journeySummary,
  lintModel,
  rankInvestments,
  returnOnInvestment,
  riskExposure,
  selectPortfolio,
  sum,
  totalCostOfOwnership,
  unchargedCosts,
  valueOfInvestment,
  npv,
} from "../../src/index.js";
import { formatHours, formatMoney, formatNumber, formatPercent, formatYears } from "../../src/report/format-values.js";
import { toMarkdownReport } from "../../src/report/to-markdown-report.js";
import { compoundingPortfolio } from "../economics/portfolio/compounding-portfolio.js";
import { exampleFiles, loadExample } from "../examples/load-example.js";
import { rawTableCellCounts, readReport } from "./report-tables.js";

/**
 * Each section's numbers are the library's numbers: every figure is read back from the rendered tables and compared
 * with the function that computes it, formatted the report's way (whole units, one-decimal percentages).
 */
describe.each(exampleFiles())("the report of %s", (file) => {
  const { model } = loadExample(file);
  const markdown = toMarkdownReport(model);
  const report = readReport(markdown);
  const money = (v: number) => formatMoney(v);

  it("has every table well formed", () => {
    for (const counts of rawTableCellCounts(markdown)) expect(new Set(counts).size).toBe(1);
  });

  it("lists every service with the TCO, ROI and expected loss of the API", () => {
    const [table] = report.tables("Service portfolio");
    const exposure = riskExposure(model).byElement;
    const withBenefits = new Set(model.benefits.map((b) => b.of));
    expect(table!.rows).toHaveLength(model.services.length);
    for (const s of model.services) {
      const row = table!.rows.find((r) => r.Id === s.id)!;
      const tco = totalCostOfOwnership(model, s.id);
      expect(row.Service).toBe(s.name);
      expect(row["TCO (EUR)"]).toBe(money(tco.total));
      expect(row["TCO PV (EUR)"]).toBe(money(tco.presentValue));
      expect(row.ROI).toBe(withBenefits.has(s.id) ? formatPercent(returnOnInvestment(model, s.id).roi) : "no benefits");
      expect(row["Expected loss (EUR/year)"]).toBe(money(exposure[s.id] ?? 0));
      expect(row.Lifecycle).toBe(s.lifecycle);
      expect(row.Owner).toBe(model.stakeholders.find((x) => x.id === s.owner)?.name ?? "none");
    }
    const totals = table!.rows.map((r) => Number(r["TCO (EUR)"]!.replace(/,/g, "")));
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
  });

  it("shows back the running costs, and the rows reconcile", () => {
    const [table] = report.tables("Showback");
    const shown = costPerConsumer(model);
    const a = allocateCosts(model);
    for (const [id, s] of Object.entries(shown)) {
      const row = table!.rows.find((r) => r.Id === id)!;
      expect(row["Total (EUR)"]).toBe(money(s.total));
      expect(row["PV (EUR)"]).toBe(money(s.presentValue));
    }
    const byLabel = (prefix: string) => table!.rows.find((r) => r.Consumer!.startsWith(prefix))!;
    expect(byLabel("Uncharged")["Total (EUR)"]).toBe(money(sum(unchargedCosts(model))));
    expect(byLabel("Unallocated")["Total (EUR)"]).toBe(money(sum(a.unallocatedByYear)));
    expect(byLabel("Running costs")["Total (EUR)"]).toBe(money(sum(a.totalByYear)));
    expect(byLabel("Running costs")["PV (EUR)"]).toBe(money(npv(model.discountRate, a.totalByYear)));
    expect(report.text("Showback")).toContain("they reconcile");
  });

  it("gives each value stream the flow metrics of flowMetrics", () => {
    const [table] = report.tables("Value streams");
    for (const stream of model.valueStreams) {
      const row = table!.rows.find((r) => r["Value stream"] === stream.name)!;
      const f = flowMetrics(model, stream.id);
      expect(row["Lead time"]).toBe(formatHours(f.leadTimeHours));
      expect(row["Process time"]).toBe(formatHours(f.processTimeHours));
      expect(row["Wait time"]).toBe(formatHours(f.waitTimeHours));
      expect(row["Flow efficiency"]).toBe(formatPercent(f.flowEfficiency));
      expect(row["Rolled %C&A"]).toBe(formatPercent(f.rolledPctCompleteAccurate));
      expect(row.Bottleneck).toBe(stream.steps.find((s) => s.id === f.bottleneck)!.name);
      const detail = report.text(`Value stream: ${stream.name}`);
      expect(detail).toContain(f.criticalPath.map((id) => stream.steps.find((s) => s.id === id)!.name).join(" → "));
      const [steps] = report.tables(`Value stream: ${stream.name}`);
      expect(steps!.rows.map((r) => r.Step)).toEqual(f.steps.map((s) => s.name));
      f.steps.forEach((s, i) => expect(steps!.rows[i]!["Slack"]).toBe(formatHours(s.slackHours)));
    }
  });

  it("gives each journey the satisfaction of journeySummary", () => {
    for (const journey of model.journeys) {
      const s = journeySummary(model, journey.id);
      const [stages, worst] = report.tables(`Journey: ${journey.name}`);
      expect(stages!.rows.map((r) => [r.Stage, r["Mean satisfaction"]])).toEqual(s.stages.map((x) => [x.name, formatNumber(x.meanSatisfaction)]));
      expect(worst!.rows.map((r) => r.Touchpoint)).toEqual(s.worstTouchpoints.slice(0, 10).map((t) => t.name));
    }
  });

  it("gives each risk its expected annual loss, largest first", () => {
    const [table] = report.tables("Risks");
    expect(table!.rows).toHaveLength(model.risks.length);
    for (const risk of model.risks) {
      const row = table!.rows.find((r) => r.Id === risk.id)!;
      expect(row["Expected annual loss (EUR)"]).toBe(money(expectedAnnualLoss(model, risk.id)));
    }
    expect(report.text("Risks")).toContain(`${formatMoney(riskExposure(model).total, "EUR")} a year`);
  });

  it("values the investments as valueOfInvestment and returnOnInvestment, and picks the set selectPortfolio picks", () => {
    const [table] = report.tables("Investments");
    expect(table!.rows.map((r) => r.Id)).toEqual(rankInvestments(model).map((r) => r.id));
    for (const inv of model.investments) {
      const row = table!.rows.find((r) => r.Id === inv.id)!;
      const v = valueOfInvestment(model, inv.id);
      const r = returnOnInvestment(model, inv.id);
      expect(row["Tangible (EUR)"]).toBe(money(v.tangible));
      expect(row["Intangible (EUR)"]).toBe(money(v.intangible));
      expect(row["Risk reduction (EUR)"]).toBe(money(v.riskReduction));
      expect(row["Costs (EUR)"]).toBe(money(v.costs));
      expect(row["Net value (EUR)"]).toBe(money(v.net));
      expect(row.ROI).toBe(formatPercent(r.roi));
      expect(row["Payback (years)"]).toBe(formatYears(r.paybackYears));
    }
    const half = sum(model.investments.map((i) => sum(valueOfInvestment(model, i.id).byYear.costs))) / 2;
    const best = selectPortfolio(model, { budget: half });
    const names = (ids: readonly string[]) => ids.map((id) => model.investments.find((i) => i.id === id)!.name).join(", ");
    expect(report.text("Best set within the budget")).toContain(`Selected: ${names(best.selected)}; cost ${formatMoney(best.cost, "EUR")}, net value ${formatMoney(best.net, "EUR")}`);
  });

  it("lists every health-check finding", () => {
    const findings = lintModel(model);
    const [table] = report.tables("Health checks");
    expect(table!.rows.map((r) => [r.Severity, r.Rule, r.Where])).toEqual(findings.map((f) => [f.severity, f.rule, f.path]));
  });

  it("sums it up with the same numbers", () => {
    const summary = report.text("Summary");
    const a = allocateCosts(model);
    expect(summary).toContain(`Running costs over the ${model.horizonYears} years: ${formatMoney(sum(a.totalByYear), "EUR")}`);
    expect(summary).toContain(`Best investment by net value: ${rankInvestments(model)[0]!.name}`);
    const largest = [...model.risks].sort((x, y) => expectedAnnualLoss(model, y.id) - expectedAnnualLoss(model, x.id))[0]!;
    expect(summary).toContain(`Largest risk: ${largest.name}`);
    const findings = lintModel(model);
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    expect(summary).toMatch(new RegExp(`Health checks: ${count("error")} errors?, ${count("warning")} warnings?, ${count("info")} notes?`));
  });
});

describe("a budget", () => {
  it("is the one the portfolio choice uses", () => {
    const { model } = loadExample("modern-workplace.yaml");
    const best = selectPortfolio(model, { budget: 450_000 });
    const text = readReport(toMarkdownReport(model, { sections: ["investments"], budget: 450_000 })).text("Best set within the budget");
    expect(text).toContain("Budget: 450,000 EUR, compared");
    expect(text).toContain(`net value ${formatMoney(best.net, "EUR")}`);
    expect(text).not.toContain("not proven best");
  });

  it("says when the search stopped at its step limit, with the bound on the best net value", () => {
    // 40 investments on 5 risks chained into one group: the default search stops (see best-portfolios.test.ts).
    const { model, budget } = compoundingPortfolio(5, 40, 777, 3);
    const best = selectPortfolio(model, { budget });
    expect(best.exact).toBe(false);
    const text = readReport(toMarkdownReport(model, { sections: ["investments"], budget })).text("Best set within the budget");
    expect(text).toContain(`net value ${formatMoney(best.net, "EUR")}`);
    expect(text).toContain(`Note: not proven best. The search stopped at its step limit`);
    expect(text).toContain(`no set that fits is worth more than ${formatMoney(best.upperBound, "EUR")}`);
  });

  it("passes maxSteps on: one step gives the greedy set, not proven best; a hundred prove the best", () => {
    const { model } = loadExample("modern-workplace.yaml");
    const read = (maxSteps: number) =>
      readReport(toMarkdownReport(model, { sections: ["investments"], budget: 450_000, maxSteps })).text("Best set within the budget");
    const stopped = selectPortfolio(model, { budget: 450_000, maxSteps: 1 });
    expect(stopped).toMatchObject({ exact: false, selected: ["mfa-rollout", "network-upgrade"] });
    expect(read(1)).toContain(`net value ${formatMoney(stopped.net, "EUR")}`);
    expect(read(1)).toContain(`no set that fits is worth more than ${formatMoney(stopped.upperBound, "EUR")}`);
    expect(read(100)).not.toContain("not proven best");
  });
});

