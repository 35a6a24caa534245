import { assertNever } from "../../model/errors.js";
import type { Estimate } from "../../model/estimate.js";
import { lognormalFromInterval } from "../../stats/lognormal-from-interval.js";
import { normalFromInterval } from "../../stats/normal-from-interval.js";
import { pert } from "../../stats/pert.js";
import { triangular } from "../../stats/triangular.js";
import { uniformFromInterval } from "../../stats/uniform-from-interval.js";

/**
 * The variance of the distribution an estimate stands for (spec "Conventions"), in its unit squared: 0 for a number;
 * the interval's normal, lognormal or uniform whose central `confidence` share is [low, high]; PERT or triangular.
 * @example estimateVariance({ kind: "three-point", low: 10, mode: 12, high: 20, distribution: "triangular", mean: 14 }) // 4.67
 */
export function estimateVariance(e: Estimate): number {
  switch (e.kind) {
    case "fixed":
      return 0;
    case "interval": {
      const distribution = e.distribution;
      switch (distribution) {
        case "normal":
          return normalFromInterval(e.low, e.high, e.confidence).variance;
        case "lognormal":
          return lognormalFromInterval(e.low, e.high, e.confidence).variance;
        case "uniform":
          return uniformFromInterval(e.low, e.high, e.confidence).variance;
        default:
          return assertNever(distribution);
      }
    }
    case "three-point":
      return e.distribution === "pert" ? pert(e.low, e.mode, e.high).variance : triangular(e.low, e.mode, e.high).variance;
    default:
      return assertNever(e);
  }
}
