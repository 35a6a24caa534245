import type { Relation } from "../model/references.js";
import type { Model } from "../model/schema/model.js";
import type { ModelGraph, NodeKind } from "./model-graph.js";
import { toGraph } from "./to-graph.js";

/**
 * The "needs" relation: element A needs element B in order to work.
 * Forward relations read `A --rel--> B` as "A needs B"; reversed ones read `B --rel--> A` as "A needs B".
 */
const NEEDS_FORWARD: ReadonlySet<Relation> = new Set<Relation>(["depends-on", "bundles", "uses-service", "has-step"]);
const NEEDS_REVERSED: ReadonlySet<Relation> = new Set<Relation>(["supports", "supplies", "performs", "has-offering"]);

/**
 * The graph as integer adjacency lists over node ordinals (graph insertion order, which is document order), for
 * dependency queries. Lists are sorted ascending and hold no duplicates.
 */
export interface DependencyIndex {
  graph: ModelGraph;
  /** Node keys by ordinal. */
  keys: readonly string[];
  ordinal: ReadonlyMap<string, number>;
  /** Node kinds by ordinal. */
  kinds: readonly NodeKind[];
  /** `needs[a]`: what node `a` needs. */
  needs: readonly (readonly number[])[];
  /** `neededBy[b]`: the nodes that need `b`. */
  neededBy: readonly (readonly number[])[];
  /**
   * Stakeholders touched when a node is affected: consumers of a service or value stream, the stakeholder of a journey
   * and the actors of its touchpoints.
   */
  touches: readonly (readonly number[])[];
}

const cache = new WeakMap<Model, DependencyIndex>();

/** The dependency index of a model (cached per model object, built on `toGraph`). */
export function dependencyIndex(model: Model): DependencyIndex {
  const graph = toGraph(model);
  let index = cache.get(model);
  if (!index) {
    index = build(graph);
    cache.set(model, index);
  }
  return index;
}

function build(graph: ModelGraph): DependencyIndex {
  const keys: string[] = [];
  const kinds: NodeKind[] = [];
  const ordinal = new Map<string, number>();
  graph.forEachNode((key, { kind }) => {
    ordinal.set(key, keys.length);
    keys.push(key);
    kinds.push(kind);
  });
  const n = keys.length;
  const needs: number[][] = Array.from({ length: n }, () => []);
  const neededBy: number[][] = Array.from({ length: n }, () => []);
  const touches: number[][] = Array.from({ length: n }, () => []);
  graph.forEachEdge((_key, { type }, source, target) => {
    const s = ordinal.get(source)!;
    const t = ordinal.get(target)!;
    if (NEEDS_FORWARD.has(type)) {
      needs[s]!.push(t);
      neededBy[t]!.push(s);
    } else if (NEEDS_REVERSED.has(type)) {
      needs[t]!.push(s);
      neededBy[s]!.push(t);
    } else if (type === "consumes") {
      touches[t]!.push(s);
    } else if (type === "journey-of") {
      touches[s]!.push(t);
    } else if (type === "actor-in") {
      // The people acting in a journey's touchpoints (often the users) are touched when the journey is.
      touches[t]!.push(s);
    }
  });
  for (const lists of [needs, neededBy, touches]) for (let i = 0; i < n; i++) lists[i] = sortedUnique(lists[i]!);
  return { graph, keys, ordinal, kinds, needs, neededBy, touches };
}

function sortedUnique(list: number[]): number[] {
  if (list.length < 2) return list;
  list.sort((a, b) => a - b);
  let w = 1;
  for (let r = 1; r < list.length; r++) if (list[r] !== list[w - 1]) list[w++] = list[r]!;
  list.length = w;
  return list;
}

/**
 * Every node reachable from `start` along `adjacency` (breadth-first, cycle-safe), without `start` itself, in ordinal
 * (document) order.
 */
export function reachable(adjacency: readonly (readonly number[])[], start: number): number[] {
  const seen = new Uint8Array(adjacency.length);
  seen[start] = 1;
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const w of adjacency[queue[head]!]!) {
      if (seen[w]) continue;
      seen[w] = 1;
      queue.push(w);
    }
  }
  queue.shift();
  return queue.sort((a, b) => a - b);
}
