import type { Model } from "../model/schema/model.js";
import { toGraph } from "./to-graph.js";

/**
 * The services no other service consumes (through `dependsOn` or `bundles`), in document order: the top-level services
 * that keep their full cost in cost allocation.
 * @example topLevelServices(model) // ["smart-collaboration", "prototype"]
 */
export function topLevelServices(model: Model): string[] {
  const graph = toGraph(model);
  return model.services
    .map((s) => s.id)
    .filter((id) => !graph.someInEdge(id, (_edge, { type }) => type === "depends-on" || type === "bundles"));
}
