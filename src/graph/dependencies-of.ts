import type { Model } from "../model/schema/model.js";
import { dependencyIndex, reachable } from "./dependency-index.js";
import { transitiveOption, type DependencyOptions } from "./dependency-options.js";
import { resolveNode } from "./resolve-node.js";

/**
 * What an element needs in order to work, in document order (ids; the element itself is never listed, even on a cycle).
 *
 * - a service needs the services it `dependsOn` and `bundles`, the resources that `support` it and its `supplier`;
 * - an offering needs its service;
 * - a step needs the services it uses and its `performer` (a stakeholder or a resource);
 * - a value stream needs its steps (so, transitively, their services and performers);
 * - a journey needs the services of its touchpoints;
 * - resources, stakeholders, costs, benefits, risks, investments and catalog nodes need nothing.
 *
 * With `{ transitive: true }` the closure of that relation (breadth-first, no duplicates, safe on `dependsOn` cycles).
 * Throws `ModelError("not-found")` with a "did you mean" suggestion for an unknown id.
 * @example
 * dependenciesOf(model, "mail") // ["db", "mail-security", "network"]
 * dependenciesOf(model, "smart-collaboration", { transitive: true }) // everything mail and file sharing need, too
 */
export function dependenciesOf(model: Model, id: string, options?: DependencyOptions): string[] {
  const fn = "dependenciesOf";
  const transitive = transitiveOption(fn, options);
  const index = dependencyIndex(model);
  const node = resolveNode(fn, model, index, id);
  const found = transitive ? reachable(index.needs, node) : index.needs[node]!.filter((w) => w !== node);
  return found.map((w) => index.keys[w]!);
}
