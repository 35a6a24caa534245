import { assertParsedModel } from "../model/assert-parsed-model.js";
import { elementIndex } from "../model/element-index.js";
import { entriesOf } from "../model/entries-of.js";
import { invalidArgument, notFound } from "../model/errors.js";
import { flowSeries } from "../model/flow-series.js";
import type { Model } from "../model/schema/model.js";
import { closestMatch } from "../model/suggest.js";

/**
 * The yearly sum of the benefit entries (or cost entries) of one element, at their means.
 * `kind` keeps only tangible or intangible benefits. Throws `ModelError`: `invalid-argument` for a `list` other than
 * "costs" or "benefits" or a model not from `parseModel`, `not-found` (with a suggestion) for an unknown element id.
 * @example entriesByYear(modernWorkplace, "benefits", "mfa-rollout", "tangible") // [0, 20000, 20000, 20000, 20000]
 */
export function entriesByYear(
  model: Model,
  list: "costs" | "benefits",
  elementId: string,
  kind?: "tangible" | "intangible",
): number[] {
  const fn = "entriesByYear";
  assertParsedModel(fn, model);
  if (list !== "costs" && list !== "benefits") invalidArgument(fn, 'list must be "costs" or "benefits"', list);
  const index = elementIndex(model);
  if (typeof elementId !== "string" || !index.byId.has(elementId)) {
    notFound(fn, "element", String(elementId), typeof elementId === "string" ? closestMatch(elementId, index.byId.keys()) : undefined);
  }
  const out = new Array<number>(model.horizonYears).fill(0);
  for (const entry of entriesOf(model, list, elementId)) {
    if (kind !== undefined && "kind" in entry && entry.kind !== kind) continue;
    flowSeries(entry, model.horizonYears, entry.amount.mean, out);
  }
  return out;
}
