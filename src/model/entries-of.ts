import type { Benefit, Cost } from "./schema/cost.js";
import type { Model } from "./schema/model.js";

interface EntriesIndex {
  costs: ReadonlyMap<string, readonly Cost[]>;
  benefits: ReadonlyMap<string, readonly Benefit[]>;
}

const cache = new WeakMap<Model, EntriesIndex>();

function byOf<T extends { of: string }>(entries: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const entry of entries) {
    const list = out.get(entry.of);
    if (list) list.push(entry);
    else out.set(entry.of, [entry]);
  }
  return out;
}

/**
 * The cost (or benefit) entries whose `of` is `id`, in model order: an index built once per model (it is frozen), so
 * that a calculation per element does not scan every entry of the model each time.
 * @example entriesOf(model, "benefits", "mfa-rollout").map((b) => b.name) // ["Fewer compromised accounts", ...]
 */
export function entriesOf<L extends "costs" | "benefits">(model: Model, list: L, id: string): L extends "costs" ? readonly Cost[] : readonly Benefit[] {
  let index = cache.get(model);
  if (!index) cache.set(model, (index = { costs: byOf(model.costs), benefits: byOf(model.benefits) }));
  return (index[list].get(id) ?? []) as L extends "costs" ? readonly Cost[] : readonly Benefit[];
}
