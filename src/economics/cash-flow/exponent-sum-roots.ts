import { findRoot } from "./find-root.js";

// Roots of g(x) = Σ c[i] x^e[i] on (0, 1], where 0 = e[0] < e[1] < ... and every c[i] != 0: a polynomial in the
// discount factor for IRR (e = 0, 1, 2, ...), a "generalised polynomial" with real exponents for XIRR.
//
// Isolation by Rolle's theorem, recursively: between consecutive roots of g' the function is monotone, so each such
// piece holds at most one root, found by Brent's method when the ends differ in sign. The roots of g' come from the
// same procedure on x^(1 - e[1]) g'(x) = Σ_{i>=1} c[i] e[i] x^(e[i] - e[1]), one term shorter. Descartes' rule of
// signs (valid for real exponents too: G. Polya, G. Szego, "Problems and Theorems in Analysis II", part V, problem 77)
// ends the recursion early: no sign change in c means no positive root, one means exactly one, and a simple one.
// A critical point where |g| is within g's rounding-error bound is a double root (a tangency), reported once.
// Cost: O(m^2) for m terms when the sign pattern is simple; each extra sign change adds a level of Brent searches.

/** A term list: coefficients and ascending exponents, first exponent 0, no zero coefficient. */
interface Terms {
  c: Float64Array;
  e: Float64Array;
}

/** Σ c[i] x^e[i] by a Horner scheme over the exponent gaps (plain Horner when the exponents are 0, 1, 2, ...). */
function evaluate(t: Terms, x: number, absolute: boolean): number {
  const { c, e } = t;
  let acc = absolute ? Math.abs(c[c.length - 1]!) : c[c.length - 1]!;
  for (let i = c.length - 2; i >= 0; i--) {
    const gap = e[i + 1]! - e[i]!;
    const ci = absolute ? Math.abs(c[i]!) : c[i]!;
    acc = acc * (gap === 1 ? x : Math.pow(x, gap)) + ci;
  }
  return acc;
}

function signChanges(c: Float64Array): number {
  let changes = 0;
  for (let i = 1; i < c.length; i++) if (c[i]! > 0 !== c[i - 1]! > 0) changes++;
  return changes;
}

/** x^(1 - e[1]) g'(x): the derivative's terms, renormalised to a first exponent of 0. */
function derivative(t: Terms): Terms {
  const m = t.c.length - 1;
  const c = new Float64Array(m);
  const e = new Float64Array(m);
  const e1 = t.e[1]!;
  for (let i = 0; i < m; i++) {
    c[i] = t.c[i + 1]! * t.e[i + 1]!;
    e[i] = t.e[i + 1]! - e1;
  }
  return { c, e };
}

function rootsOf(t: Terms): number[] {
  const changes = signChanges(t.c);
  if (changes === 0) return [];
  const g = (x: number) => evaluate(t, x, false);
  const g1 = g(1);
  // Rounding-error bound of the Horner sum: a generous 4 m eps times Σ |c[i]| x^e[i].
  const tolerance = (x: number) => 4 * t.c.length * Number.EPSILON * evaluate(t, x, true);
  if (changes === 1) {
    // Exactly one positive root, and a simple one: it is in (0, 1] when g(0) = c[0] and g(1) differ in sign.
    // NOTE: g(1) within rounding of 0 means a root within rounding of 1 (rate 0), which the caller's other half,
    // searching (0, 1) in 1 + rate, cannot return either: report it here as 1.
    if (Math.abs(g1) <= tolerance(1)) return [1];
    return t.c[0]! > 0 === g1 > 0 ? [] : [findRoot(g, 0, 1, t.c[0]!, g1)];
  }
  const points = [0];
  const values = [t.c[0]!];
  for (const x of rootsOf(derivative(t))) {
    if (x >= 1 || x <= points[points.length - 1]!) continue;
    const v = g(x);
    points.push(x);
    values.push(Math.abs(v) <= tolerance(x) ? 0 : v);
  }
  points.push(1);
  values.push(Math.abs(g1) <= tolerance(1) ? 0 : g1);
  const roots: number[] = [];
  for (let i = 0; i < points.length; i++) {
    if (values[i] === 0 && i > 0) roots.push(points[i]!);
    if (i + 1 < points.length) {
      const va = values[i]!;
      const vb = values[i + 1]!;
      if ((va < 0 && vb > 0) || (va > 0 && vb < 0)) roots.push(findRoot(g, points[i]!, points[i + 1]!, va, vb));
    }
  }
  return roots;
}

/**
 * Every root in (0, 1] of Σ coefficients[i] x^exponents[i], ascending. Exponents must be ascending and distinct;
 * zero coefficients are ignored. Internal to the cash-flow functions (x is a discount factor or a growth factor).
 * @example exponentSumRoots([-1, 5, -6], [0, 1, 2]) // [0.333..., 0.5]
 */
export function exponentSumRoots(coefficients: ArrayLike<number>, exponents: ArrayLike<number>): number[] {
  const c: number[] = [];
  const e: number[] = [];
  for (let i = 0; i < coefficients.length; i++) {
    if (coefficients[i] !== 0) {
      c.push(coefficients[i]!);
      e.push(exponents[i]!);
    }
  }
  if (c.length < 2) return [];
  const e0 = e[0]!;
  return rootsOf({ c: Float64Array.from(c), e: Float64Array.from(e, (x) => x - e0) });
}
