import type { Rng } from "./create-rng.js";

// Ziggurat method (G. Marsaglia, W. W. Tsang, "The ziggurat method for generating random variables", J. Stat.
// Software 5(8), 2000) in J. A. Doornik's ZIGNOR form ("An improved ziggurat method to generate normal random
// samples", 2005): 128 layers of equal area under f(x) = exp(-x^2 / 2), the layer index drawn from bits that are
// independent of the uniform (the flaw Doornik fixed), 53-bit uniforms, Marsaglia's exact tail method beyond R.
// NOTE: about 3 times faster than inversion with AS241 in V8, which makes lognormal sampling twice as fast.
//
// R (the start of the tail) and V (the common layer area) solve the layer equations exactly: computed with mpmath
// at 50 digits so that the top layer closes at x = 0 (Doornik prints R = 3.442619855899, V = 9.91256303526217e-3).
const LAYERS = 128;
const R = 3.4426198558966523;
const V = 0.00991256303533646;

/** Layer edges x[0..128] (x[0] = V / f(R) is the base strip's virtual width, x[1] = R, x[128] = 0) and x[i+1] / x[i]. */
const { X, RATIO } = /* @__PURE__ */ (() => {
  const x = new Float64Array(LAYERS + 1);
  const ratio = new Float64Array(LAYERS);
  let f = Math.exp(-0.5 * R * R);
  x[0] = V / f;
  x[1] = R;
  x[LAYERS] = 0;
  for (let i = 2; i < LAYERS; i++) {
    const xi = Math.sqrt(-2 * Math.log(V / x[i - 1]! + f));
    x[i] = xi;
    f = Math.exp(-0.5 * xi * xi);
  }
  for (let i = 0; i < LAYERS; i++) ratio[i] = x[i + 1]! / x[i]!;
  return { X: x, RATIO: ratio };
})();

const TWO_POW_28 = 268435456;
const TWO_POW_MINUS_52 = 1 / 4503599627370496;

/**
 * One standard normal draw (mean 0, standard deviation 1) by the ziggurat method (Marsaglia and Tsang 2000, in
 * Doornik's 2005 ZIGNOR form). Uses two 32-bit outputs of `rng` 98.8% of the time, more in the wedges and the tail.
 * @example standardNormal(createRng(1)) // a draw from N(0, 1)
 */
export function standardNormal(rng: Rng): number {
  for (;;) {
    const a = rng.nextUint32();
    const b = rng.nextUint32();
    const i = a >>> 25; // 7 bits for the layer
    // 25 + 28 = 53 further bits for u in [-1, 1), disjoint from the layer bits.
    const u = ((a & 0x1ffffff) * TWO_POW_28 + (b >>> 4)) * TWO_POW_MINUS_52 - 1;
    if (Math.abs(u) < RATIO[i]!) return u * X[i]!;
    if (i === 0) {
      // Tail beyond R (Marsaglia 1964): x = -ln(U1) / R accepted when -2 ln(U2) >= x^2.
      let x: number;
      let y: number;
      do {
        x = Math.log(rng.nextOpen()) / R;
        y = Math.log(rng.nextOpen());
      } while (-2 * y < x * x);
      return u < 0 ? x - R : R - x;
    }
    const x = u * X[i]!;
    const f0 = Math.exp(-0.5 * (X[i]! * X[i]! - x * x));
    const f1 = Math.exp(-0.5 * (X[i + 1]! * X[i + 1]! - x * x));
    if (f1 + (f0 - f1) * rng.next() < 1) return x;
  }
}
