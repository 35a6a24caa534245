// Cash-flow function speed. Run: npx vitest bench --run bench/cash-flow.bench.ts
import { bench, describe } from "vitest";
import { irr } from "../src/economics/cash-flow/irr.js";
import { irrAll } from "../src/economics/cash-flow/irr-all.js";
import { npv } from "../src/economics/cash-flow/npv.js";
import { pmt } from "../src/economics/cash-flow/pmt.js";
import { rate } from "../src/economics/cash-flow/rate.js";
import { xirr } from "../src/economics/cash-flow/xirr.js";

// 50 flows: an outlay, then returns (a conventional project with one IRR).
const conventional50 = Array.from({ length: 50 }, (_, t) => (t === 0 ? -10000 : 300 + 20 * Math.sin(t)));
// 50 flows with several sign changes: the full root isolation runs.
const nonConventional50 = Array.from({ length: 50 }, (_, t) =>
  t === 0 ? -10000 : t % 10 === 0 ? -2500 : 600 + 50 * Math.cos(t),
);
const flows1000 = Array.from({ length: 1000 }, (_, t) => (t === 0 ? -50000 : 100 + (t % 7)));
const dates50 = Array.from({ length: 50 }, (_, i) => new Date(Date.UTC(2020, 0, 1 + 30 * i)));

describe("cash flow", () => {
  bench("irr, 50 conventional flows", () => {
    irr(conventional50);
  });
  bench("irrAll, 50 flows with 9 sign changes", () => {
    irrAll(nonConventional50);
  });
  bench("npv, 1000 flows", () => {
    npv(0.07, flows1000);
  });
  bench("xirr, 50 dated flows", () => {
    xirr(conventional50, dates50);
  });
  const payment = pmt(0.005, 360, 250000);
  bench("rate, 360-period loan", () => {
    rate(360, payment, 250000);
  });
});
