import type { Model } from "../model/schema/model.js";
import { buildGraph } from "./build-graph.js";
import type { ModelGraph } from "./model-graph.js";

const cache = new WeakMap<Model, ModelGraph>();

/**
 * The model as a typed, read-only graphology `MultiDirectedGraph`: a node per element, typed edges (`type`, one of
 * `RELATIONS`) per reference, cached per model object (a model is frozen, so the graph stays true to it).
 *
 * - Nodes: keyed by element id, with `kind`, `name`, `path` (`services[3]`) and `parent` (steps, offerings); a cost or
 *   benefit entry without an id is keyed by its path (`costs[4]`); the practices and value chain activities the steps use
 *   are nodes `practice:<id>` and `activity:<id>`.
 * - Edges run subject -> object: `mail --depends-on--> network`, `db --supports--> mail`, `finance --consumes--> mail`,
 *   `step --uses-service--> mail`, `stream --has-step--> step`, `service --has-offering--> offering`,
 *   `step --applies-practice--> practice:x`, `step --in-activity--> activity:y`, `step --next-step--> step` (written, or
 *   implied by list order in a stream whose steps use no `next`). Attributes: `type`, `path` of the reference, `share`.
 *
 * The graph is a derived index, never the source of truth: its type has no mutating methods and its attributes are
 * frozen. Edit the model, then call `toGraph` on the new model; use `graph.copy()` for a graph of your own to change.
 * @example
 * const graph = toGraph(model);
 * graph.outNeighbors("mail") // ["network", "mail-security"]
 * graph.filterInEdges("mail", (_e, a) => a.type === "depends-on").length // how many services depend on mail
 */
export function toGraph(model: Model): ModelGraph {
  const cached = typeof model === "object" && model !== null ? cache.get(model) : undefined;
  if (cached) return cached;
  const graph = buildGraph(model);
  cache.set(model, graph);
  return graph;
}
