import { describe, expect, it } from "vitest";
import { formatCount, formatHours, formatMoney, formatNumber, formatPercent, formatRatio, formatYears, groupDigits } from "../../src/report/format-values.js";

describe("report number formats", () => {
  it("groups digits without a locale and drops the sign of a zero", () => {
    expect(groupDigits(1234567.891, 2)).toBe("1,234,567.89");
    expect(groupDigits(-0.4)).toBe("0");
    expect(groupDigits(-999.5)).toBe("-1,000");
    expect(groupDigits(1e21)).toBe("1e+21");
  });

  it("writes money in whole units, with the currency when asked", () => {
    expect(formatMoney(8880522.36)).toBe("8,880,522");
    expect(formatMoney(-1500, "EUR")).toBe("-1,500 EUR");
    expect(formatMoney(0.4, "CHF")).toBe("0 CHF");
  });

  it("writes rates as percentages with one decimal", () => {
    expect(formatPercent(0.08)).toBe("8.0%");
    expect(formatPercent(-0.650933)).toBe("-65.1%");
    expect(formatPercent(12.3456)).toBe("1,234.6%");
  });

  it("writes n/a for what is not defined", () => {
    for (const v of [undefined, null, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatMoney(v)).toBe("n/a");
      expect(formatMoney(v, "EUR")).toBe("n/a");
      expect(formatPercent(v)).toBe("n/a");
      expect(formatNumber(v)).toBe("n/a");
      expect(formatRatio(v)).toBe("n/a");
      expect(formatYears(v)).toBe("n/a");
      expect(formatHours(v)).toBe("n/a");
    }
  });

  it("writes numbers, ratios and years with their decimals", () => {
    expect(formatNumber(1.5)).toBe("1.5");
    expect(formatNumber(25.3333)).toBe("25.33");
    expect(formatNumber(4)).toBe("4");
    expect(formatRatio(1)).toBe("1.00");
    expect(formatYears(1.4238)).toBe("1.4");
  });

  it("writes durations in the unit a person reads best (days of 24 hours)", () => {
    expect(formatHours(0)).toBe("0 h");
    expect(formatHours(0.5)).toBe("30 min");
    expect(formatHours(1 / 120)).toBe("0.5 min");
    expect(formatHours(5.25)).toBe("5.25 h");
    expect(formatHours(12.25)).toBe("12.3 h");
    expect(formatHours(185.25)).toBe("7.7 d");
  });

  it("counts in singular and plural", () => {
    expect(formatCount(1, "service")).toBe("1 service");
    expect(formatCount(12000, "risk")).toBe("12,000 risks");
    expect(formatCount(2, "cost entry", "cost entries")).toBe("2 cost entries");
  });
});
