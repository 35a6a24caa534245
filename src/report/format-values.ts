/**
 * How a report writes numbers, the same on every machine (no locale): money in whole units with thousands separators
 * (the currency goes in the column title or after the amount), rates and probabilities as percentages with one
 * decimal, years with one decimal, durations in the unit a person reads best, and "n/a" for a value that is not
 * defined (undefined, null, NaN, ±Infinity). The same conventions as `servicevalue analyze`.
 * @module
 */

/** What a report shows for a number that is not defined (an ROI over zero cost, an IRR that does not exist). */
export const NOT_AVAILABLE = "n/a";

/** A defined, finite number, or `undefined`. */
function defined(value: number | null | undefined): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/**
 * Digits with a comma every three places, rounded to `decimals`; a value that rounds to zero has no sign.
 * @example groupDigits(-1234567.891, 2) // "-1,234,567.89"
 */
export function groupDigits(value: number, decimals = 0): string {
  // NOTE: toFixed switches to exponent notation from 1e21 on; such a number is shown as it is.
  if (!(Math.abs(value) < 1e21)) return String(value);
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = "0", fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/**
 * Money in whole units, with thousands separators; with `currency`, the code follows the amount.
 * @example formatMoney(8880522.36) // "8,880,522"
 * @example formatMoney(8880522.36, "EUR") // "8,880,522 EUR"
 * @example formatMoney(undefined) // "n/a"
 */
export function formatMoney(value: number | null | undefined, currency?: string): string {
  const v = defined(value);
  if (v === undefined) return NOT_AVAILABLE;
  return currency === undefined ? groupDigits(v) : `${groupDigits(v)} ${currency}`;
}

/**
 * A rate or probability (a fraction) as a percentage with one decimal.
 * @example formatPercent(-0.650933) // "-65.1%"
 * @example formatPercent(NaN) // "n/a"
 */
export function formatPercent(value: number | null | undefined): string {
  const v = defined(value);
  return v === undefined ? NOT_AVAILABLE : `${groupDigits(v * 100, 1)}%`;
}

/**
 * A plain number (a frequency, a ratio) with up to `decimals` decimals and no trailing zeros.
 * @example formatNumber(1.5) // "1.5"
 * @example formatNumber(25.3333, 2) // "25.33"
 */
export function formatNumber(value: number | null | undefined, decimals = 2): string {
  const v = defined(value);
  if (v === undefined) return NOT_AVAILABLE;
  const text = groupDigits(v, decimals);
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

/**
 * A ratio (a number of standard deviations) with two decimals.
 * @example formatRatio(6.9674) // "6.97"
 */
export function formatRatio(value: number | null | undefined): string {
  const v = defined(value);
  return v === undefined ? NOT_AVAILABLE : groupDigits(v, 2);
}

/**
 * A number of years (a payback period) with one decimal.
 * @example formatYears(1.4238) // "1.4"
 */
export function formatYears(value: number | null | undefined): string {
  const v = defined(value);
  return v === undefined ? NOT_AVAILABLE : groupDigits(v, 1);
}

/**
 * A duration in hours in the unit a person reads best: minutes under an hour, hours under a day, days (of 24 hours,
 * as in the model format) from a day on; at most one decimal (two for hours under ten), no trailing zeros.
 * @example formatHours(0.5) // "30 min"
 * @example formatHours(5.25) // "5.25 h"
 * @example formatHours(185.25) // "7.7 d"
 */
export function formatHours(hours: number | null | undefined): string {
  const v = defined(hours);
  if (v === undefined) return NOT_AVAILABLE;
  if (v === 0) return "0 h";
  if (Math.abs(v) < 1) {
    const minutes = v * 60;
    return `${formatNumber(minutes, Math.abs(minutes) < 1 ? 2 : 0)} min`;
  }
  if (Math.abs(v) < 24) return `${formatNumber(v, Math.abs(v) < 10 ? 2 : 1)} h`;
  return `${formatNumber(v / 24, 1)} d`;
}

/**
 * A count with thousands separators and the noun in singular or plural (`plural` defaults to the noun + "s").
 * @example formatCount(1, "service") // "1 service"
 * @example formatCount(12000, "risk") // "12,000 risks"
 */
export function formatCount(n: number, noun: string, plural = `${noun}s`): string {
  return `${groupDigits(n)} ${n === 1 ? noun : plural}`;
}
