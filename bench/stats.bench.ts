// Sampling throughput. Run: npx vitest bench --run bench/stats.bench.ts
// Draws per second = hz * N (each task fills or draws N values).
import { bench, describe } from "vitest";
import { createRng } from "../src/stats/create-rng.js";
import { lognormal } from "../src/stats/lognormal.js";
import { lognormalFromInterval } from "../src/stats/lognormal-from-interval.js";
import { normal } from "../src/stats/normal.js";
import { pert } from "../src/stats/pert.js";
import { poisson } from "../src/stats/poisson.js";
import { sum } from "../src/stats/sum.js";
import { triangular } from "../src/stats/triangular.js";

const N = 1_000_000;
const out = new Float64Array(N);
const rng = createRng("bench");

describe(`sampling, ${N.toLocaleString("en")} draws per task`, () => {
  bench("rng.next()", () => {
    for (let i = 0; i < N; i++) out[i] = rng.next();
  });
  bench("normal fill", () => {
    normal(0, 1).fill(out, rng);
  });
  bench("lognormal fill", () => {
    lognormal(0, 0.5).fill(out, rng);
  });
  bench("lognormalFromInterval fill", () => {
    lognormalFromInterval(800, 1500).fill(out, rng);
  });
  const single = lognormal(0, 0.5);
  bench("lognormal sample() one at a time", () => {
    for (let i = 0; i < N; i++) out[i] = single.sample(rng);
  });
  bench("triangular fill", () => {
    triangular(1, 2, 5).fill(out, rng);
  });
  bench("pert fill", () => {
    pert(1, 2, 5).fill(out, rng);
  });
  bench("poisson(3) fill", () => {
    poisson(3).fill(out, rng);
  });
  bench("poisson(50) fill", () => {
    poisson(50).fill(out, rng);
  });
  bench("sum (Neumaier)", () => {
    sum(out);
  });
});
