import { describe, expect, it } from "vitest";
import { formatHours, formatMoney, formatPercent } from "../../src/mermaid/format-quantity.js";

describe("formatMoney", () => {
  it("writes three significant figures with k, M or B, then the currency", () => {
    expect(formatMoney(1_234_567, "EUR")).toBe("1.23M EUR");
    expect(formatMoney(-45_200, "USD")).toBe("-45.2k USD");
    expect(formatMoney(999_999, "EUR")).toBe("1.00M EUR");
    expect(formatMoney(999.6, "EUR")).toBe("1.00k EUR");
    expect(formatMoney(123_456_789_012, "EUR")).toBe("123B EUR");
    expect(formatMoney(950, "EUR")).toBe("950 EUR");
    expect(formatMoney(-0.2, "EUR")).toBe("0 EUR");
    expect(formatMoney(Number.NaN, "EUR")).toBe("NaN EUR");
  });
});

describe("formatHours", () => {
  it("writes the two largest of days, hours and minutes, to the minute", () => {
    expect([0, 0.001, 1 / 60, 0.75, 1.5, 24, 28, 28.5, 24 * 7 + 0.5, 185.25].map(formatHours)).toEqual([
      "0m", "<1m", "1m", "45m", "1h 30m", "1d", "1d 4h", "1d 4h", "7d 30m", "7d 17h",
    ]);
    expect(formatHours(-1)).toBe("-1h");
  });
});

describe("formatPercent", () => {
  it("writes a fraction as a percentage with at most one decimal", () => {
    expect([0.283, 0.85, 1, 0, 0.0283, 0.59808].map(formatPercent)).toEqual(["28.3%", "85%", "100%", "0%", "2.8%", "59.8%"]);
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe("Infinity");
  });
});
