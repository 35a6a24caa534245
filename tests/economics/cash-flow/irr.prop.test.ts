import fc from "fast-check";
import { describe, it } from "vitest";
import { irr } from "../../../src/economics/cash-flow/irr.js";
import { irrAll } from "../../../src/economics/cash-flow/irr-all.js";
import { npv } from "../../../src/economics/cash-flow/npv.js";

/** Σ |v_t| (1 + r)^-t: the scale against which an NPV of "zero" is judged. */
const scale = (r: number, v: number[]) => v.reduce((acc, x, t) => acc + Math.abs(x) * Math.pow(1 + r, -t), 0);

const amount = fc.double({ min: 1, max: 1e7, noNaN: true });
/** An outlay, then 1 to 60 non-negative returns with at least one positive: exactly one IRR. */
const conventional = fc
  .tuple(amount, fc.array(fc.oneof(amount, fc.constant(0)), { minLength: 1, maxLength: 60 }), amount)
  .map(([outlay, returns, last]) => [-outlay, ...returns, last]);

describe("irr properties", () => {
  it("npv(irr(v), v) = 0 for conventional flows", () => {
    fc.assert(
      fc.property(conventional, (v) => {
        const r = irr(v);
        return Number.isFinite(r) && r > -1 && Math.abs(npv(r, v)) <= 1e-9 * scale(r, v);
      }),
      { numRuns: 500 },
    );
  });

  it("irrAll recovers the rates a cash-flow polynomial was built from", () => {
    // Flows = coefficients of c ∏ (1 - (1 + r_k) x) (1 + a x + x^2) with |a| < 2: the last factor has no real root.
    const rates = fc.uniqueArray(fc.double({ min: -0.9, max: 3, noNaN: true }), {
      minLength: 1,
      maxLength: 5,
      comparator: (a, b) => Math.abs(a - b) < 0.05,
    });
    fc.assert(
      fc.property(rates, fc.double({ min: -1.9, max: 1.9, noNaN: true }), amount, (rs, a, c) => {
        let poly = [c];
        const times = (p: number[], q: number[]) =>
          Array.from({ length: p.length + q.length - 1 }, (_, k) =>
            p.reduce((acc, pi, i) => acc + (k - i >= 0 && k - i < q.length ? pi * q[k - i]! : 0), 0),
          );
        for (const r of rs) poly = times(poly, [1, -(1 + r)]);
        poly = times(poly, [1, a, 1]);
        const found = irrAll(poly);
        const expected = [...rs].sort((x, y) => x - y);
        return (
          found.length === expected.length && expected.every((r, i) => Math.abs(found[i]! - r) <= 1e-7 * (1 + r))
        );
      }),
      { numRuns: 300 },
    );
  });

  it("every root irrAll reports has a zero NPV, and irr is one of them", () => {
    // Amounts in cents up to 1e6; roots within 1e-6 of -1 are skipped in the NPV check, since 1 + r is only known
    // there to 1e-16 / (1 + r) relative, which the NPV amplifies by the number of periods.
    const flow = fc.integer({ min: -1e8, max: 1e8 }).map((c) => c / 100);
    fc.assert(
      fc.property(fc.array(flow, { minLength: 2, maxLength: 25 }), (v) => {
        const roots = irrAll(v);
        const r = irr(v);
        const ok = roots.every((x) => x < -1 + 1e-6 || Math.abs(npv(x, v)) <= 1e-7 * scale(x, v));
        return ok && (roots.length === 0 ? Number.isNaN(r) : roots.includes(r));
      }),
      { numRuns: 500 },
    );
  });
});
