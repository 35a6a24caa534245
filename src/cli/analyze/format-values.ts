/**
 * How the `analyze` tables write numbers: money in whole units with thousands separators, rates and probabilities as
 * percentages, years with two decimals, and "n/a" for a value that is not defined (undefined, null, NaN, ±Infinity).
 */

/** What a table shows for a number that is not defined (an ROI over zero cost, an IRR that does not exist). */
export const NOT_AVAILABLE = "n/a";

/** A defined, finite number, or `undefined`. */
function defined(value: number | null | undefined): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/**
 * Digits with a comma every three places, rounded to `decimals` (no locale: the same text on every machine).
 * @example groupDigits(-1234567.891, 2) // "-1,234,567.89"
 */
export function groupDigits(value: number, decimals = 0): string {
  // NOTE: toFixed switches to exponent notation from 1e21 on; such a number is shown as it is.
  if (!(Math.abs(value) < 1e21)) return String(value);
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = "0", fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  // A value that rounds to zero has no sign ("-0" is noise).
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/**
 * Money in whole units of the model's currency, with thousands separators (the currency goes in the column title).
 * @example formatMoney(8880522.36) // "8,880,522"
 * @example formatMoney(undefined) // "n/a"
 */
export function formatMoney(value: number | null | undefined): string {
  const v = defined(value);
  return v === undefined ? NOT_AVAILABLE : groupDigits(v);
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
 * A number of years with two decimals.
 * @example formatYears(0.4238666) // "0.42"
 */
export function formatYears(value: number | null | undefined): string {
  const v = defined(value);
  return v === undefined ? NOT_AVAILABLE : groupDigits(v, 2);
}

/**
 * A plain number (a frequency, a count) with up to `decimals` decimals and no trailing zeros.
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
 * A ratio (a number of standard deviations, a multiple) with two decimals.
 * @example formatRatio(6.9674) // "6.97"
 */
export function formatRatio(value: number | null | undefined): string {
  const v = defined(value);
  return v === undefined ? NOT_AVAILABLE : groupDigits(v, 2);
}
