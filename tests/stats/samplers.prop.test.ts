import fc from "fast-check";
import { describe, it } from "vitest";
import { createRng } from "../../src/stats/create-rng.js";
import { lognormalFromInterval } from "../../src/stats/lognormal-from-interval.js";
import { pert } from "../../src/stats/pert.js";
import { triangular } from "../../src/stats/triangular.js";
import { uniform } from "../../src/stats/uniform.js";

const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
/** Three sorted finite values: low <= mode <= high. */
const lowModeHigh = fc.tuple(finite, finite, finite).map((t) => t.sort((a, b) => a - b) as [number, number, number]);
const seed = fc.oneof(fc.integer(), fc.string());
const anyNumber = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0));

describe("sampler properties", () => {
  it("triangular and PERT draws lie in [low, high]", () => {
    fc.assert(
      fc.property(lowModeHigh, seed, ([low, mode, high], s) => {
        const rng = createRng(s);
        const t = triangular(low, mode, high).fill(new Float64Array(50), rng);
        const p = pert(low, mode, high).fill(new Float64Array(50), rng);
        return [...t, ...p].every((x) => x >= low && x <= high);
      }),
    );
  });

  it("uniform draws lie in [low, high] and lognormalFromInterval draws are positive", () => {
    fc.assert(
      fc.property(lowModeHigh, seed, ([low, , high], s) => {
        const rng = createRng(s);
        const u = uniform(low, high).fill(new Float64Array(50), rng);
        const okUniform = u.every((x) => x >= low && x <= high);
        const lo = Math.abs(low) + 1e-3;
        const ln = lognormalFromInterval(lo, lo + Math.abs(high)).fill(new Float64Array(50), rng);
        return okUniform && ln.every((x) => x > 0);
      }),
    );
  });

  it("never throw: any parameters give a sampler, valid or with NaN draws", () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, (a, b, c) => {
        const rng = createRng(1);
        for (const s of [triangular(a, b, c), pert(a, b, c, Math.abs(c)), uniform(a, b), lognormalFromInterval(a, b, c)]) {
          const x = s.sample(rng);
          if (s.valid ? Number.isNaN(x) : !Number.isNaN(x)) return false;
        }
        return true;
      }),
    );
  });
});
