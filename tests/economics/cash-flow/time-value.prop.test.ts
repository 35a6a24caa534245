import fc from "fast-check";
import { describe, it } from "vitest";
import { fv } from "../../../src/economics/cash-flow/fv.js";
import { nper } from "../../../src/economics/cash-flow/nper.js";
import type { PaymentTiming } from "../../../src/economics/cash-flow/payment-timing.js";
import { pmt } from "../../../src/economics/cash-flow/pmt.js";
import { pv } from "../../../src/economics/cash-flow/pv.js";
import { rate } from "../../../src/economics/cash-flow/rate.js";

const periodRate = fc.oneof(fc.double({ min: -0.2, max: 0.5, noNaN: true }), fc.constantFrom(0, 1e-12, -1e-12));
// NOTE: nper and rate are ill-conditioned when (1 + r)^n is far from 1 ((1 + r)^-n reaches 1e11 at r = -10% over
// 262 periods, so the loan's payment carries almost no information): their round trips use r >= -2%.
const solvableRate = fc.oneof(fc.double({ min: -0.02, max: 0.5, noNaN: true }), fc.constantFrom(0, 1e-12, -1e-12));
const periods = fc.integer({ min: 1, max: 480 });
const money = fc.double({ min: 1, max: 1e6, noNaN: true });
const timing = fc.constantFrom<PaymentTiming>("end", "begin", 0, 1);

const close = (a: number, b: number, scale: number, tolerance = 1e-9) => Math.abs(a - b) <= tolerance * scale;

describe("time value of money round trips", () => {
  it("pv(pmt(pv)) = pv and fv(pv, pmt(pv, fv)) = fv", () => {
    fc.assert(
      fc.property(periodRate, periods, money, fc.double({ min: -1, max: 1, noNaN: true }), timing, (r, n, p, k, w) => {
        const f = k * p;
        const payment = pmt(r, n, p, f, w);
        // Judge each side against the size of the terms of pv + pmt (1 + r w) a + fv (1 + r)^-n = 0 (and of the
        // same equation times (1 + r)^n): with r = -13% over 131 periods they reach 1e12 and cancel.
        const discount = Math.pow(1 + r, -n);
        const annuity = r === 0 ? n : (1 - discount) / r;
        const pvScale = Math.abs(p) + Math.abs(payment * (1 + r) * annuity) + Math.abs(f * discount);
        return (
          close(pv(r, n, payment, f, w), p, pvScale) && close(fv(r, n, payment, p, w), f, pvScale / discount)
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("nper(pmt(n)) = n for loans", () => {
    fc.assert(
      fc.property(solvableRate, periods, money, timing, (r, n, p, w) => {
        // When (1 + r)^-n is below 1e-5 the payment is all interest, and n is lost in its last digits.
        if (Math.abs(n * Math.log1p(r)) > 12) return true;
        const payment = pmt(r, n, p, 0, w);
        return close(nper(r, payment, p, 0, w), n, n, 1e-6);
      }),
      { numRuns: 1000 },
    );
  });

  it("rate(pmt(r)) = r for loans with a balloon payment", () => {
    const balloon = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1, noNaN: true }));
    fc.assert(
      fc.property(solvableRate, periods, money, balloon, timing, (r, n, p, k, w) => {
        const f = -k * p;
        // One payment at the start that repays the loan on the spot says nothing about the rate.
        if (n === 1 && (w === "begin" || w === 1) && f === 0) return true;
        const payment = pmt(r, n, p, f, w);
        return Math.abs(rate(n, payment, p, f, w) - r) <= 1e-8 * (1 + Math.abs(r));
      }),
      { numRuns: 300 },
    );
  });
});
