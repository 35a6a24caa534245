import { assertParsedModel } from "../model/assert-parsed-model.js";
import type { Estimate } from "../model/estimate.js";
import { formatPath } from "../model/errors.js";
import type { Model } from "../model/schema/model.js";
import { constant } from "../stats/constant.js";
import { lognormalFromInterval } from "../stats/lognormal-from-interval.js";
import { normalFromInterval } from "../stats/normal-from-interval.js";
import { pert } from "../stats/pert.js";
import type { Sampler } from "../stats/sampler.js";
import { triangular } from "../stats/triangular.js";
import { uniformFromInterval } from "../stats/uniform-from-interval.js";

/** One estimate of a model, where it is, and the random stream it draws from. */
export interface ModelEstimate {
  /** Where it is: `costs[4].amount`, `risks[0].frequency`, `services[2].consumers[1].costsRemoved`. */
  path: string;
  /**
   * The name of its random stream: built from the entry's id where it has one (`cost:licences.amount`), otherwise from
   * its element and its place among that element's entries (`cost-of:mail#0.amount`), so adding or reordering other
   * estimates does not change its draws.
   */
  stream: string;
  estimate: Estimate;
  /** `false` for a fixed number: it is never drawn. */
  uncertain: boolean;
}

const cache = new WeakMap<Model, readonly ModelEstimate[]>();

/**
 * Every estimate in a model, in document order: cost and benefit amounts, risk frequencies and impacts, and consumers'
 * costs removed and imposed. Cached per model object.
 * @example modelEstimates(model).filter((e) => e.uncertain).map((e) => e.path) // ["costs[1].amount", "risks[0].frequency", ...]
 */
export function modelEstimates(model: Model): readonly ModelEstimate[] {
  assertParsedModel("modelEstimates", model);
  let list = cache.get(model);
  if (list) return list;
  const out: ModelEstimate[] = [];
  const add = (path: (string | number)[], stream: string, estimate: Estimate) =>
    out.push({ path: formatPath(path), stream, estimate, uncertain: estimate.kind !== "fixed" });
  model.services.forEach((s, i) =>
    s.consumers.forEach((c, j) => {
      const base = `service:${s.id}.consumer:${c.stakeholder}`;
      if (c.costsRemoved) add(["services", i, "consumers", j, "costsRemoved"], `${base}.costsRemoved`, c.costsRemoved as Estimate);
      if (c.costsImposed) add(["services", i, "consumers", j, "costsImposed"], `${base}.costsImposed`, c.costsImposed as Estimate);
    }),
  );
  // An entry without an id is named after its element and its place among that element's entries: adding an entry
  // elsewhere in the list never renames it (only an entry of the same element written before it does).
  const seen = new Map<string, number>();
  const nth = (kind: string, of: string) => {
    const k = seen.get(`${kind}:${of}`) ?? 0;
    seen.set(`${kind}:${of}`, k + 1);
    return k;
  };
  model.costs.forEach((c, i) =>
    add(["costs", i, "amount"], c.id ? `cost:${c.id}.amount` : `cost-of:${c.of}#${nth("cost", c.of)}.amount`, c.amount as Estimate),
  );
  model.benefits.forEach((b, i) =>
    add(["benefits", i, "amount"], b.id ? `benefit:${b.id}.amount` : `benefit-of:${b.of}#${nth("benefit", b.of)}.amount`, b.amount as Estimate),
  );
  model.risks.forEach((r, i) => {
    add(["risks", i, "frequency"], `risk:${r.id}.frequency`, r.frequency as Estimate);
    add(["risks", i, "impact"], `risk:${r.id}.impact`, r.impact as Estimate);
  });
  list = out;
  cache.set(model, list);
  return list;
}

/**
 * The distribution an estimate stands for (spec "Conventions"): a fixed number is a constant; `{ low, high }` a
 * lognormal, normal or uniform whose central `confidence` share lies between low and high; `{ low, mode, high }` a
 * modified PERT (lambda 4) or a triangular. Its mean is the estimate's `mean`.
 * @example samplerOf(model.costs[0].amount).fill(new Float64Array(1000), createRng(1))
 */
export function samplerOf(estimate: Estimate): Sampler {
  switch (estimate.kind) {
    case "fixed":
      return constant(estimate.value);
    case "interval":
      if (estimate.low === estimate.high) return constant(estimate.low);
      if (estimate.distribution === "lognormal") return lognormalFromInterval(estimate.low, estimate.high, estimate.confidence);
      if (estimate.distribution === "normal") return normalFromInterval(estimate.low, estimate.high, estimate.confidence);
      return uniformFromInterval(estimate.low, estimate.high, estimate.confidence);
    case "three-point":
      if (estimate.low === estimate.high) return constant(estimate.low);
      return estimate.distribution === "pert" ? pert(estimate.low, estimate.mode, estimate.high) : triangular(estimate.low, estimate.mode, estimate.high);
  }
}
