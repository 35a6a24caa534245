import type { Model } from "../model/schema/model.js";
import { flowSeries } from "../model/flow-series.js";

/**
 * The yearly sum of the benefit entries (or cost entries) of one element, at their means.
 * `kind` keeps only tangible or intangible benefits.
 * @example entriesByYear(modernWorkplace, "benefits", "mfa-rollout", "tangible") // [0, 20000, 20000, 20000, 20000]
 */
export function entriesByYear(
  model: Model,
  list: "costs" | "benefits",
  elementId: string,
  kind?: "tangible" | "intangible",
): number[] {
  const out = new Array<number>(model.horizonYears).fill(0);
  for (const entry of model[list]) {
    if (entry.of !== elementId) continue;
    if (kind !== undefined && "kind" in entry && entry.kind !== kind) continue;
    flowSeries(entry, model.horizonYears, entry.amount.mean, out);
  }
  return out;
}
