import { describe, expect, it } from "vitest";
import { formatPortfolioSection } from "../../src/cli/analyze/format-portfolio-section.js";
import type { PortfolioSection } from "../../src/cli/analyze/portfolio-section.js";
import { createStyle } from "../../src/cli/style.js";
import { estimateLabel } from "../../src/cli/analyze/estimate-label.js";
import { elementName } from "../../src/model/element-name.js";
import { formatTable, shownRows } from "../../src/cli/analyze/format-table.js";
import { formatMoney, formatNumber, formatPercent, formatYears, groupDigits } from "../../src/report/format-values.js";
import { jsonNumber } from "../../src/cli/analyze/json-number.js";
import { parseModel } from "../../src/model/parse-model.js";

describe("analyze number formats", () => {
  it("groups digits by three, without a locale, and never prints -0", () => {
    expect(groupDigits(0)).toBe("0");
    expect(groupDigits(999)).toBe("999");
    expect(groupDigits(1000)).toBe("1,000");
    expect(groupDigits(-1234567.891, 2)).toBe("-1,234,567.89");
    expect(groupDigits(-0.4)).toBe("0");
    expect(groupDigits(-0.004, 2)).toBe("0.00");
    // Beyond 1e21 toFixed writes an exponent: kept as it is rather than grouped into nonsense.
    expect(groupDigits(-2.5e21)).toBe("-2.5e+21");
  });

  it("writes money in whole units, rates and probabilities as percentages, years with one decimal (the report's formats)", () => {
    expect(formatMoney(8880522.355)).toBe("8,880,522");
    expect(formatMoney(-4973539.62)).toBe("-4,973,540");
    expect(formatMoney(0.5)).toBe("1");
    expect(formatPercent(-0.650933203348759)).toBe("-65.1%");
    expect(formatPercent(2.3402813368967843)).toBe("234.0%");
    expect(formatPercent(0)).toBe("0.0%");
    expect(formatPercent(-0.0001)).toBe("0.0%");
    expect(formatYears(0.4238666388071089)).toBe("0.4");
    expect(formatNumber(1.2136)).toBe("1.21");
    expect(formatNumber(0.5)).toBe("0.5");
    expect(formatNumber(100)).toBe("100");
    expect(formatNumber(28.333333)).toBe("28.33");
    expect(formatNumber(8, 6)).toBe("8");
  });

  it("writes n/a for a number that is not defined", () => {
    for (const v of [undefined, null, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect([formatMoney(v), formatPercent(v), formatYears(v), formatNumber(v)]).toEqual(["n/a", "n/a", "n/a", "n/a"]);
    }
  });

  it("gives JSON null for a number that is not defined, the number otherwise", () => {
    expect([jsonNumber(undefined), jsonNumber(Number.NaN), jsonNumber(Number.POSITIVE_INFINITY), jsonNumber(-0.5), jsonNumber(0)]).toEqual([null, null, null, -0.5, 0]);
  });
});

describe("formatTable", () => {
  it("aligns columns, numbers to the right, and cuts trailing blanks", () => {
    const lines = formatTable(
      [{ title: "service" }, { title: "total", align: "right" }, { title: "note" }],
      [
        ["mail", "1,200", ""],
        ["network", "35,000", "shared"],
      ],
    );
    expect(lines).toEqual(["  service   total  note", "  mail      1,200", "  network  35,000  shared"]);
    expect(formatTable([{ title: "a" }], [["x"]], 0)).toEqual(["a", "x"]);
  });

  it("shows the first rows and says how many more there are", () => {
    expect(shownRows([1, 2, 3], 2)).toEqual({ rows: [1, 2], more: ["  ... and 1 more (--json lists all)"] });
    expect(shownRows([1, 2], 2)).toEqual({ rows: [1, 2], more: [] });
    expect(shownRows(Array.from({ length: 16 }, (_, i) => i)).rows).toHaveLength(15);
  });
});

describe("estimateLabel and elementName", () => {
  const model = parseModel({
    name: "Labels",
    stakeholders: [
      { id: "it", name: "IT", roles: ["provider"] },
      { id: "sales", name: "Sales", roles: ["customer"] },
    ],
    services: [{ id: "mail", name: "Mail", consumers: [{ stakeholder: "sales", share: 1, costsRemoved: { low: 1, high: 2 }, costsImposed: 3 }] }],
    costs: [
      { of: "mail", category: "software", amount: 5 },
      { id: "licences", of: "mail", name: "Licences", category: "software", amount: 5 },
      { of: "mail", name: "Support", category: "outside-services", amount: 5 },
    ],
    benefits: [{ of: "mail", name: "Time saved", amount: 9 }, { id: "trust", of: "mail", name: "Trust", amount: 9, kind: "intangible" }],
    risks: [{ id: "outage", name: "Outage", affects: ["mail"], frequency: 1, impact: 10 }],
  });

  it("names each kind of estimate path", () => {
    expect(estimateLabel(model, "costs[0].amount")).toBe('cost "software" of mail');
    expect(estimateLabel(model, "costs[1].amount")).toBe('cost "licences" of mail');
    expect(estimateLabel(model, "costs[2].amount")).toBe('cost "Support" of mail');
    expect(estimateLabel(model, "benefits[0].amount")).toBe('benefit "Time saved" of mail');
    expect(estimateLabel(model, "benefits[1].amount")).toBe('benefit "trust" of mail');
    expect(estimateLabel(model, "risks[0].frequency")).toBe("frequency of outage");
    expect(estimateLabel(model, "risks[0].impact")).toBe("impact of outage");
    expect(estimateLabel(model, "services[0].consumers[0].costsRemoved")).toBe("costs mail removes for sales");
    expect(estimateLabel(model, "services[0].consumers[0].costsImposed")).toBe("costs mail imposes on sales");
  });

  it("falls back to the path for anything else", () => {
    for (const path of ["costs[9].amount", "benefits[5].amount", "risks[3].impact", "services[2].consumers[0].costsRemoved", "services[0].consumers[4].costsImposed", "horizonYears"]) {
      expect(estimateLabel(model, path)).toBe(path);
    }
  });

  it("gives an element's name, or its id when it has none or is unknown", () => {
    expect(elementName(model, "mail")).toBe("Mail");
    expect(elementName(model, "licences")).toBe("Licences");
    expect(elementName(model, "trust")).toBe("Trust");
    expect(elementName(model, "nothing")).toBe("nothing");
  });
});

describe("formatPortfolioSection", () => {
  const section: PortfolioSection = {
    ranking: [],
    budget: 100,
    budgetIsDefault: false,
    year: null,
    allInvestmentsCost: 300,
    selected: ["a"],
    cost: 90,
    net: 1234,
    alternatives: [],
    dropped: [],
    exact: true,
    upperBound: 1234,
  };

  it("says nothing of the search when it finished, and the bound when it stopped at its step limit", () => {
    const exact = formatPortfolioSection(section, "EUR", createStyle(false)).join("\n");
    expect(exact).toContain("  net value 1,234 EUR");
    expect(exact).not.toContain("not proven best");
    const stopped = formatPortfolioSection({ ...section, exact: false, upperBound: 1500.4 }, "EUR", createStyle(false)).join("\n");
    expect(stopped).toContain(
      "  not proven best: the search stopped at its step limit (raise it with --max-steps, or --max-steps all);\n" +
        "            no set that fits is worth more than 1,500 EUR",
    );
  });
});
