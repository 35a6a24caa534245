/**
 * Money in a short, locale-free form for diagram labels: three significant figures with k (thousand), M (million) or
 * B (billion), then the currency code. Rounded for reading; tables in reports give the exact figure.
 * @example formatMoney(1234567, "EUR") // "1.23M EUR"
 * @example formatMoney(-45200, "USD") // "-45.2k USD"
 */
export function formatMoney(value: number, currency: string): string {
  if (!Number.isFinite(value)) return `${value} ${currency}`;
  const sign = value < 0 ? "-" : "";
  const v = Math.abs(value);
  const units: readonly [number, string][] = [
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "k"],
  ];
  for (const [size, suffix] of units) {
    // Compare after rounding so that 999,999 shows as 1.00M, not 1000k.
    if (Number((v / size).toPrecision(3)) >= 1) return `${sign}${threeFigures((v / size).toPrecision(3))}${suffix} ${currency}`;
  }
  const rounded = Math.round(v);
  return `${rounded === 0 ? "" : sign}${rounded} ${currency}`;
}

function threeFigures(s: string): string {
  // Written out from the number: toPrecision gives an exponent from 1,000 on ("1.00e+3").
  const n = Number(s);
  const fixed = n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
  return fixed;
}

/**
 * A duration in hours written with the two largest units among days (24 h), hours and minutes, rounded to the minute.
 * @example formatHours(0.75) // "45m"
 * @example formatHours(28) // "1d 4h"
 * @example formatHours(1.5) // "1h 30m"
 */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours) || hours < 0) return `${hours}h`;
  const minutes = Math.round(hours * 60);
  if (minutes === 0) return hours > 0 ? "<1m" : "0m";
  const parts: string[] = [];
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) parts.push(`${d}d`);
  if (h > 0) parts.push(`${h}h`);
  if (m > 0) parts.push(`${m}m`);
  return parts.slice(0, 2).join(" ");
}

/**
 * A fraction as a percentage with at most one decimal.
 * @example formatPercent(0.283) // "28.3%"
 * @example formatPercent(0.85) // "85%"
 */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return String(fraction);
  return `${Number((fraction * 100).toFixed(1))}%`;
}
