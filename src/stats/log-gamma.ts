// Stirling-series coefficients B_2k / (2k (2k - 1)) for k = 1..10 (Abramowitz and Stegun 6.1.40, Bernoulli numbers
// B_2 .. B_20): 1/12, -1/360, 1/1260, -1/1680, 1/1188, -691/360360, 1/156, -3617/122400, 43867/244188, -174611/125400.
const STIRLING = [
  1 / 12,
  -1 / 360,
  1 / 1260,
  -1 / 1680,
  1 / 1188,
  -691 / 360360,
  1 / 156,
  -3617 / 122400,
  43867 / 244188,
  -174611 / 125400,
];
const HALF_LOG_2PI = 0.9189385332046727;

/**
 * Natural logarithm of the gamma function for x > 0 (ln((x - 1)!) at integers), with an error below about 2e-15
 * (absolute where the result is below 1 in size, relative elsewhere).
 * Stirling's series (Abramowitz and Stegun 6.1.40) at x + n >= 7, shifted down by the recurrence
 * ln Gamma(x) = ln Gamma(x + n) - ln(x (x + 1) ... (x + n - 1)).
 * Returns NaN for x <= 0 or NaN, Infinity for x = Infinity.
 * @example logGamma(10) // 12.801827480081469 (= ln 362880)
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === Infinity) return Infinity;
  if (x === 1 || x === 2) return 0;
  let shifted = x;
  let product = 1;
  while (shifted < 7) {
    product *= shifted;
    shifted += 1;
  }
  const inv2 = 1 / (shifted * shifted);
  let series = STIRLING[9]!;
  for (let k = 8; k >= 0; k--) series = series * inv2 + STIRLING[k]!;
  const value = series / shifted + HALF_LOG_2PI + (shifted - 0.5) * Math.log(shifted) - shifted;
  return product === 1 ? value : value - Math.log(product);
}
