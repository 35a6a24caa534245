import { describe, expect, it } from "vitest";
import { beta } from "../../src/stats/beta.js";
import { constant } from "../../src/stats/constant.js";
import { createRng } from "../../src/stats/create-rng.js";
import { gamma } from "../../src/stats/gamma.js";
import { lognormal } from "../../src/stats/lognormal.js";
import { lognormalFromInterval } from "../../src/stats/lognormal-from-interval.js";
import { normal } from "../../src/stats/normal.js";
import { normalFromInterval } from "../../src/stats/normal-from-interval.js";
import { pert } from "../../src/stats/pert.js";
import { poisson } from "../../src/stats/poisson.js";
import type { Sampler } from "../../src/stats/sampler.js";
import { triangular } from "../../src/stats/triangular.js";
import { uniform } from "../../src/stats/uniform.js";
import { uniformFromInterval } from "../../src/stats/uniform-from-interval.js";

// The Sampler contract, for every factory.
const samplers: [string, Sampler][] = [
  ["constant", constant(3)],
  ["uniform", uniform(1, 2)],
  ["normal", normal(0, 1)],
  ["lognormal", lognormal(0, 1)],
  ["normalFromInterval", normalFromInterval(1, 2)],
  ["lognormalFromInterval", lognormalFromInterval(1, 2)],
  ["uniformFromInterval", uniformFromInterval(1, 2)],
  ["triangular", triangular(1, 1.5, 3)],
  ["pert", pert(1, 1.5, 3)],
  ["beta", beta(0.5, 2)],
  ["gamma", gamma(0.5, 2)],
  ["poisson small", poisson(2)],
  ["poisson large", poisson(200)],
];

describe("Sampler contract", () => {
  it.each(samplers)("%s: fill gives the same draws as repeated sample calls", (_, s) => {
    const filled = s.fill(new Float64Array(500), createRng(11).fork("x"));
    const rng = createRng(11).fork("x");
    const sampled = Array.from({ length: 500 }, () => s.sample(rng));
    expect(Array.from(filled)).toEqual(sampled);
  });

  it.each(samplers)("%s: is reproducible from the seed and valid with finite moments", (_, s) => {
    const a = s.fill(new Float64Array(100), createRng("repro"));
    const b = s.fill(new Float64Array(100), createRng("repro"));
    expect(a).toEqual(b);
    expect(s.valid).toBe(true);
    expect(Number.isFinite(s.mean) && Number.isFinite(s.variance)).toBe(true);
    expect(a.every(Number.isFinite)).toBe(true);
  });

  it("returns the filled array itself", () => {
    const out = new Float64Array(3);
    expect(normal(0, 1).fill(out, createRng(1))).toBe(out);
  });
});
