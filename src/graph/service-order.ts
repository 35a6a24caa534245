import type { Model } from "../model/schema/model.js";
import { stronglyConnected } from "../model/strongly-connected.js";
import { toGraph } from "./to-graph.js";

/**
 * The services in allocation order: groups in a topological order of consumption, providers before their consumers
 * (a service comes after every service it `dependsOn` or `bundles`). A group is one service, or several that consume
 * each other in a cycle (kept together, to be solved as one linear system); inside a group, document order.
 * Deterministic for a given model.
 * @example serviceOrder(model) // [["network", "service-desk"], ["mail-security"], ["mail"], ["file-sharing"], ["smart-collaboration"]]
 */
export function serviceOrder(model: Model): string[][] {
  const graph = toGraph(model);
  const ids = model.services.map((s) => s.id);
  const position = new Map(ids.map((id, i) => [id, i]));
  // Consumer -> provider. stronglyConnected lists a component after every component its edges point to.
  const adjacency = ids.map((id) => {
    const providers: number[] = [];
    graph.forEachOutEdge(id, (_edge, { type }, _source, target) => {
      if (type === "depends-on" || type === "bundles") providers.push(position.get(target)!);
    });
    return providers;
  });
  return stronglyConnected(adjacency).map((group) => group.sort((a, b) => a - b).map((i) => ids[i]!));
}
