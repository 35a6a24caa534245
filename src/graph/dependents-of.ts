import type { Model } from "../model/schema/model.js";
import { dependencyIndex, reachable } from "./dependency-index.js";
import { transitiveOption, type DependencyOptions } from "./dependency-options.js";
import { resolveNode } from "./resolve-node.js";

/**
 * Who needs an element: the inverse of `dependenciesOf`, in document order (the element itself is never listed).
 * A service is needed by the services that `dependsOn` or `bundle` it, its offerings, the steps and journeys that use it;
 * a resource by the services it supports and the steps it performs; a stakeholder by the services it supplies and the
 * steps it performs; a step by its value stream. `{ transitive: true }` gives the closure (cycle-safe).
 * @example
 * dependentsOf(model, "network") // ["mail", "file-sharing", "service-desk", "escalate"]
 * dependentsOf(model, "db", { transitive: true }) // every service, offering, step, stream and journey that needs db
 */
export function dependentsOf(model: Model, id: string, options?: DependencyOptions): string[] {
  const fn = "dependentsOf";
  const transitive = transitiveOption(fn, options);
  const index = dependencyIndex(model);
  const node = resolveNode(fn, model, index, id);
  const found = transitive ? reachable(index.neededBy, node) : index.neededBy[node]!.filter((w) => w !== node);
  return found.map((w) => index.keys[w]!);
}
