import { describeValue, ModelError } from "../../model/errors.js";

/** A calendar date: a `Date` (read in UTC) or an ISO 8601 string starting `YYYY-MM-DD` (any time part is ignored). */
export type DateInput = Date | string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;

/** Days since 1970-01-01 of a calendar date, or NaN when it is not one. */
function dayNumber(date: DateInput): number {
  if (date instanceof Date) {
    const ms = date.getTime();
    return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : Number.NaN;
  }
  if (typeof date !== "string") return Number.NaN;
  const match = ISO_DATE.exec(date);
  if (!match) return Number.NaN;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(y, m - 1, d);
  const check = new Date(ms);
  // Date.UTC rolls 2009-02-30 over to 2009-03-02: reject dates that do not exist.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return Number.NaN;
  return ms / DAY_MS;
}

/**
 * Years from the first date to each date, actual/365 (Excel's XNPV and XIRR convention): (day_i - day_0) / 365.
 * Dates are whole calendar days: `Date` objects are read in UTC (as `new Date("2008-01-01")` makes them), so results
 * do not depend on the machine's time zone; strings give the date they spell. Earlier dates give negative fractions.
 * A date that is not one, or a length different from `expected`, is a `ModelError("invalid-argument")` from `fn`.
 * @example yearFractions(["2008-01-01", "2008-03-01"], 2, "xnpv") // Float64Array [0, 0.1643...] (60 / 365)
 */
export function yearFractions(dates: readonly DateInput[], expected: number, fn: string): Float64Array {
  if (!Array.isArray(dates) || dates.length !== expected) {
    const what = `dates must have one entry per value (${expected})`;
    const got = Array.isArray(dates) ? dates.length : describeValue(dates);
    throw new ModelError("invalid-argument", `${fn}: ${what}, got ${got}`, [
      { path: "dates", code: "invalid-argument", message: `${what}, got ${got}` },
    ]);
  }
  const out = new Float64Array(dates.length);
  let first = 0;
  for (let i = 0; i < dates.length; i++) {
    const day = dayNumber(dates[i]!);
    if (Number.isNaN(day)) {
      const what = "must be a valid Date or an ISO date string (YYYY-MM-DD)";
      const got = dates[i] instanceof Date ? "an invalid Date" : describeValue(dates[i]);
      throw new ModelError("invalid-argument", `${fn}: dates[${i}] ${what}, got ${got}`, [
        { path: `dates[${i}]`, code: "invalid-argument", message: `${what}, got ${got}` },
      ]);
    }
    if (i === 0) first = day;
    out[i] = (day - first) / 365;
  }
  return out;
}
