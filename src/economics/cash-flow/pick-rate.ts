/**
 * The one rate to report when an equation has several roots (ascending `rates`). Without a guess: the smallest
 * non-negative rate, or, when all are negative, the one closest to 0 (numpy-financial 1.x's choice for IRR, pinned by
 * its tests gh-39 and gh-44; for an ordinary investment the only root anyway). With a finite `guess`: the rate
 * closest to it (the lower one on a tie). NaN when there is none or the guess is NaN/infinite. Internal.
 * @example pickRate([-0.87, 0.0886, 0.7096]) // 0.0886
 */
export function pickRate(rates: readonly number[], guess?: number): number {
  if (rates.length === 0) return Number.NaN;
  if (guess === undefined) return rates.find((r) => r >= 0) ?? rates[rates.length - 1]!;
  if (!Number.isFinite(guess)) return Number.NaN;
  let best = rates[0]!;
  for (const r of rates) if (Math.abs(r - guess) < Math.abs(best - guess)) best = r;
  return best;
}
