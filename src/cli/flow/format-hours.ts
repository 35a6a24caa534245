import { NOT_AVAILABLE, formatNumber } from "../analyze/format-values.js";

/**
 * A duration in hours in the unit a person reads best: minutes under an hour, hours under a day, days (of 24 hours, as
 * in the model format) from a day on. At most one decimal (two for hours under ten), no trailing zeros.
 * @example formatHours(0.5) // "30 min"
 * @example formatHours(5.25) // "5.25 h"
 * @example formatHours(185.25) // "7.7 d"
 */
export function formatHours(hours: number | undefined): string {
  if (hours === undefined || !Number.isFinite(hours)) return NOT_AVAILABLE;
  if (hours === 0) return "0 h";
  if (hours < 1) {
    const minutes = hours * 60;
    return `${formatNumber(minutes, minutes < 1 ? 2 : 0)} min`;
  }
  if (hours < 24) return `${formatNumber(hours, hours < 10 ? 2 : 1)} h`;
  return `${formatNumber(hours / 24, 1)} d`;
}
