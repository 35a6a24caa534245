import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  allocateCosts,
  annuityFactor,
  costPerConsumer,
  discountedPaybackPeriod,
  equivalentAnnualCost,
  flowSeries,
  irr,
  irrAll,
  mirr,
  npv,
  parseModel,
  paybackPeriod,
  pmt,
  returnOnInvestment,
  safeParseModel,
  totalCostOfOwnership,
  unchargedCosts,
  valueBalance,
  valueOfInvestment,
  xirr,
  xnpv,
  type Model,
} from "../../src/index.js";
import { selectPortfolio } from "../../src/economics/portfolio/select-portfolio.js";

/** docs/economics.md must stay true: every number it quotes is recomputed here with the library. */
const DOC = readFileSync(fileURLToPath(new URL("../../docs/economics.md", import.meta.url)), "utf8");

/** A number as the doc writes it: thousands separators, a fixed number of decimals. */
const quote = (value: number, decimals = 2) =>
  value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
const percent = (value: number, decimals = 2) => `${quote(value * 100, decimals)}%`;
/**
 * Assert the doc quotes `value` as `text` (and that the text is `value` rounded, so the two cannot drift apart). The doc
 * writes a negative number with a typographic minus (−).
 */
const quoted = (value: number, text: string, decimals = 2) => {
  expect(quote(value, decimals)).toBe(text.replace("\u2212", "-"));
  expect(DOC).toContain(text);
};

const demoBlock = [...DOC.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.startsWith("name: Allocation demo"));
const demo: Model = parseModel(parse(demoBlock!));

describe("docs/economics.md: cash-flow functions", () => {
  const flows = [-40000, 5000, 8000, 12000, 30000];

  it("converts NPV to and from Excel as it says", () => {
    quoted(npv(0.08, flows), "3,065.22");
    // Excel's =NPV(8%, 5000, ...) discounts its first value once: npv of [0, ...rest].
    quoted(npv(0.08, [0, ...flows.slice(1)]), "43,065.22");
    quoted(npv(0.08, [0, ...flows.slice(1)]) + flows[0]!, "3,065.22");
    quoted(npv(0.08, flows) / 1.08, "2,838.17");
    expect(npv(0.08, [0, ...flows])).toBeCloseTo(npv(0.08, flows) / 1.08, 9);
    expect(DOC).toContain(`\`irr\` gives ${percent(irr(flows))}`);
  });

  it("quotes the IRR rule and the other functions' results", () => {
    expect(irrAll([-1600, 10000, -10000]).map((r) => Number(r.toFixed(12)))).toEqual([0.25, 4]);
    expect(DOC).toContain("`irrAll([-1600, 10000, -10000])` is [0.25, 4]");
    expect(irr([-1600, 10000, -10000])).toBe(0.25);
    expect(irr([-1600, 10000, -10000], { guess: 3 })).toBeCloseTo(4, 12);
    expect(DOC).toContain("gives 400%");
    expect(irr([-1000, -5])).toBeNaN();
    const dates = ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"];
    expect(DOC).toContain(`gives ${percent(xirr([-10000, 2750, 4250, 3250, 2750], dates))} in both`);
    quoted(xnpv(0.09, [-10000, 2750, 4250, 3250, 2750], dates), "2,086.65");
    expect(DOC).toContain(`\`mirr([-120000, 39000, 30000, 21000, 37000, 46000], 0.1, 0.12)\` is ${percent(mirr([-120000, 39000, 30000, 21000, 37000, 46000], 0.1, 0.12))}`);
    quoted(pmt(0.08, 5, -100000), "25,045.65");
  });

  it("quotes payback and the equivalent annual cost", () => {
    expect(paybackPeriod([-1000, 300, 400, 500])).toBe(2.6);
    expect(DOC).toContain("**2.6** years");
    expect(DOC).toContain(`paid back\nafter ${quote(discountedPaybackPeriod([-1000, 300, 400, 500], 0.05)!)} years at 5%`);
    expect(discountedPaybackPeriod([-1000, 300, 400, 500], 0.1)).toBeUndefined();
    quoted(npv(0.1, [-1000, 300, 400, 500]), "\u221221.04");
    expect(DOC).toContain(`(${quote(annuityFactor(0.05, 3), 6)} at 5% over 3 years`);
    quoted(equivalentAnnualCost(0.05, 50000, 3), "18,360.43");
    expect(pmt(0.05, 3, -50000)).toBeCloseTo(equivalentAnnualCost(0.05, 50000, 3), 9);
    expect(equivalentAnnualCost(0.1, npv(0.1, [320000, 320000, 320000]), 3)).toBeCloseTo(352000, 6);
    expect(equivalentAnnualCost(0.1, npv(0.1, [320000, 320000, 320000]), 3, "begin")).toBeCloseTo(320000, 6);
    expect(DOC).toContain("has an EAC of 320,000");
    expect(DOC).toContain("would say 352,000");
  });

  it("quotes flowSeries", () => {
    const monthly = flowSeries({ amount: { mean: 1000 }, recurrence: "monthly", startYear: 1, endYear: 3, growth: 0.1 }, 5);
    expect(monthly.map((v) => quote(v, 0))).toEqual(["0", "12,000", "13,200", "14,520", "0"]);
    expect(DOC).toContain("[0, 12,000, 13,200, 14,520, 0]");
    expect(flowSeries({ amount: { mean: 5000 }, recurrence: "once", startYear: 2, growth: 0 }, 5)).toEqual([0, 0, 5000, 0, 0]);
    expect(DOC).toContain("[0, 0, 5,000, 0, 0]");
  });
});

describe("docs/economics.md: the allocation demo", () => {
  it("solves the cycle by the reciprocal method, as the doc works it out", () => {
    const a = allocateCosts(demo);
    quoted(a.services.desk!.fullByYear[1]!, "266,666.67");
    quoted(a.services.network!.fullByYear[1]!, "333,333.33");
    expect(a.services.workplace!.fullByYear[1]).toBeCloseTo(320000, 6);
    expect(DOC).toContain("**320,000**");
    quoted(a.services.desk!.fullByYear[0]!, "326,666.67");
    quoted(a.services.network!.fullByYear[0]!, "453,333.33");
    expect(a.services.workplace!.fullByYear[0]).toBeCloseTo(410000, 6);
    expect(a.unallocatedByYear).toEqual([10000, 10000, 10000]);
    expect(a.totalByYear).toEqual([420000, 330000, 330000]);
    expect(a.investmentsByYear).toEqual([70000, 5000, 5000]);
    expect(DOC).toContain("The investments' 70,000, 5,000 and 5,000 stay apart.");
    expect(a.topLevel).toEqual(["workplace"]);
  });

  it("rejects a cycle from which no cost can leave, as the doc says", () => {
    const trapped = safeParseModel({
      name: "Trapped",
      services: [
        { id: "a", name: "A", dependsOn: ["b"] },
        { id: "b", name: "B", dependsOn: ["a"] },
      ],
    });
    expect(trapped.success).toBe(false);
  });

  it("gives the workplace's TCO and its breakdowns", () => {
    const tco = totalCostOfOwnership(demo, "workplace");
    quoted(tco.total, "1,050,000", 0);
    quoted(tco.presentValue, "965,371.90");
    quoted(tco.equivalentAnnualCost, "352,900.30");
    expect(tco.byCategory).toEqual({ staffing: 360000, hardware: 690000 });
    expect(tco.byType).toEqual({ opex: 960000, capex: 90000 });
    expect(tco.byDimension).toEqual({ "organizations-and-people": 300000, "information-and-technology": 690000, none: 60000 });
    expect({ ...tco.bySource }).toEqual({ "desk-team": 300000, "network-kit": 690000, workplace: 60000 });
    expect(DOC).toContain("By cost pool: staffing 360,000 (the desk team's\n300,000 and the workplace's own 60,000), hardware 690,000. By type: opex 960,000, capex 90,000.");
    expect(DOC).toContain("organizations-and-people 300,000, information-and-technology 690,000, none 60,000. By source: desk-team 300,000,\nnetwork-kit 690,000, workplace 60,000.");
  });

  it("gives showback and the value balance", () => {
    const shown = costPerConsumer(demo);
    expect(shown.sales!.byYear[1]).toBeCloseTo(240000, 6);
    expect(shown.ops!.byYear[1]).toBeCloseTo(80000, 6);
    quoted(shown.sales!.total, "787,500", 0);
    quoted(shown.sales!.presentValue, "724,028.93");
    quoted(shown.ops!.total, "262,500", 0);
    quoted(shown.ops!.presentValue, "241,342.98");
    expect(unchargedCosts(demo)).toEqual([0, 0, 0]);
    const b = valueBalance(demo, "workplace", "sales");
    expect(b.byYear[1]).toBeCloseTo(100000, 6);
    expect(b.byYear[0]).toBeCloseTo(32500, 6);
    quoted(b.benefits, "820,661.16");
    quoted(b.costsRemoved, "136,776.86");
    quoted(b.costsImposed, "27,355.37");
    quoted(b.showback, "724,028.93");
    quoted(b.presentValue, "206,053.72");
  });

  it("gives ROI of the workplace and of the self-service investment", () => {
    const w = returnOnInvestment(demo, "workplace");
    quoted(w.gains, "1,094,214.88");
    quoted(w.costs, "965,371.90");
    expect(DOC).toContain(`ROI **${percent(w.roi!)}**`);
    const s = returnOnInvestment(demo, "self-service");
    expect(s.cashFlowByYear).toEqual([-50000, 30000, 30000]);
    quoted(s.npv, "2,066.12");
    expect(DOC).toContain(`IRR ${percent(s.irr)}, payback ${quote(s.paybackYears!)} years`);
    expect(DOC).toContain(`(discounted: ${quote(s.discountedPaybackYears!)}), ROI **${percent(s.roi!)}**, and ${percent(s.roiWithIntangible!)} counting the intangible`);
  });

  it("gives the value of both investments", () => {
    const v = valueOfInvestment(demo, "self-service");
    expect(v.byYear.riskReduction).toEqual([0, 15000, 15000]);
    quoted(v.tangible, "34,710.74");
    quoted(v.intangible, "17,355.37");
    quoted(v.riskReduction, "26,033.06");
    quoted(v.costs, "58,677.69");
    quoted(v.net, "19,421.49");
    quoted(valueOfInvestment(demo, "desk-training").net, "6,033.06");
  });

  it("chooses the portfolio as the doc says, with shared reductions combined", () => {
    const p = selectPortfolio(demo, { budget: 100000 });
    expect(p.selected).toEqual(["self-service"]);
    expect(p.cost).toBe(60000);
    const pair = p.alternatives.find((a) => a.selected.length === 2)!;
    quoted(pair.net, "12,438.02");
    // 75% of the 30,000 expected loss avoided from year 1, not 100%.
    const v = (id: string) => valueOfInvestment(demo, id);
    const additive = v("self-service").net - v("self-service").riskReduction + v("desk-training").net - v("desk-training").riskReduction;
    expect(pair.net - additive).toBeCloseTo(npv(0.1, [0, 22500, 22500]), 6);
    const training = p.dropped.find((d) => d.id === "desk-training")!;
    expect(training.reason).toBe("no-gain");
    quoted(training.addedNet, "\u22126,983.47");
    const small = selectPortfolio(demo, { budget: 30000 });
    expect(small.selected).toEqual(["desk-training"]);
    const portal = small.dropped.find((d) => d.id === "self-service")!;
    expect(portal).toMatchObject({ reason: "over-budget", overBudgetBy: 50000 });
    quoted(portal.addedNet, "6,404.96");
  });

  it("beats the greedy pick on the budget-10 example", () => {
    const model = parseModel({
      name: "Greedy trap",
      horizonYears: 1,
      discountRate: 0,
      costs: ["x", "y", "z"].map((id) => ({ of: id, category: "other", amount: id === "x" ? 6 : 5, recurrence: "once" })),
      benefits: ["x", "y", "z"].map((id) => ({ of: id, name: id, amount: id === "x" ? 15 : 12 })),
      investments: ["x", "y", "z"].map((id) => ({ id, name: id, affects: [] })),
    });
    const p = selectPortfolio(model, { budget: 10 });
    expect([p.selected, p.net]).toEqual([["y", "z"], 14]);
    expect(p.alternatives[0]).toMatchObject({ selected: ["x"], net: 9 });
    expect(DOC).toContain("the best set is Y and Z (net 14)");
  });
});
