import { elementIndex } from "../model/element-index.js";
import type { Model } from "../model/schema/model.js";
import { dependencyIndex } from "./dependency-index.js";
import { resolveNode } from "./resolve-node.js";

/** What the failure of one element affects (see {@link impactOf}). Every list is in document order. */
export interface Impact {
  /** The element that fails. */
  element: string;
  /** Every service that transitively needs the element. */
  services: string[];
  /** The offerings of the failed service and of affected services. */
  offerings: string[];
  /** Steps that use an affected service, or are performed by the failed resource or stakeholder. */
  steps: string[];
  /** Value streams with an affected step. */
  valueStreams: string[];
  /** Journeys with a touchpoint on an affected service. */
  journeys: string[];
  /**
   * Affected stakeholders by role (one with two roles is in both lists): the consumers of affected services and value
   * streams, and the stakeholders and touchpoint actors of affected journeys. A stakeholder with none of these roles
   * is in no list (but in `paths`).
   */
  stakeholders: { customers: string[]; users: string[]; sponsors: string[] };
  /**
   * For each affected id (elements and stakeholders), a shortest chain of ids from the failed element to it, each link
   * an edge of `toGraph(model)`: `paths["smart-collaboration"]` is `["db", "mail", "smart-collaboration"]`.
   * A null-prototype object: `paths.constructor` is `undefined` unless an element called `constructor` is affected.
   */
  paths: Record<string, string[]>;
}

/**
 * If this element fails, what is affected: the transitive dependents of the element (see `dependentsOf`) sorted by
 * kind, and the stakeholders they serve sorted by role, each with a shortest path (breadth-first) from the failed element.
 * A failing resource affects the services it supports, a failing supplier the services it supplies, a failing performer
 * its steps. The failed element is not listed as affected, but its own consumers are (a failed service fails its users).
 * Throws `ModelError("not-found")` with a "did you mean" suggestion for an unknown id.
 * @example
 * const impact = impactOf(model, "db");
 * impact.services // ["smart-collaboration", "mail", "file-sharing"]
 * impact.paths["smart-collaboration"] // ["db", "mail", "smart-collaboration"]
 * impact.stakeholders.sponsors // ["finance"]
 */
export function impactOf(model: Model, id: string): Impact {
  const index = dependencyIndex(model);
  const start = resolveNode("impactOf", model, index, id);
  const { keys, kinds, neededBy, touches } = index;

  // Breadth-first over "is needed by", so each node's parent gives a shortest path back to the failed element.
  const n = keys.length;
  const parent = new Int32Array(n).fill(-1);
  const seen = new Uint8Array(n);
  seen[start] = 1;
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const w of neededBy[v]!) {
      if (seen[w]) continue;
      seen[w] = 1;
      parent[w] = v;
      queue.push(w);
    }
  }

  const chain = (v: number): string[] => {
    const ids: string[] = [];
    for (let u = v; u !== -1; u = parent[u]!) ids.push(keys[u]!);
    return ids.reverse();
  };
  const paths: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const affected: number[] = [];
  const stakeholders: number[] = [];
  // NOTE: the queue is in breadth-first order, so the first element that reaches a stakeholder is a nearest one.
  for (const v of queue) {
    if (v !== start) {
      affected.push(v);
      paths[keys[v]!] = chain(v);
    }
    for (const s of touches[v]!) {
      if (s === start || seen[s]) continue;
      seen[s] = 1;
      stakeholders.push(s);
      paths[keys[s]!] = [...chain(v), keys[s]!];
    }
  }

  const impact: Impact = {
    element: keys[start]!,
    services: [],
    offerings: [],
    steps: [],
    valueStreams: [],
    journeys: [],
    stakeholders: { customers: [], users: [], sponsors: [] },
    paths,
  };
  for (const v of affected.sort((a, b) => a - b)) {
    const key = keys[v]!;
    switch (kinds[v]) {
      case "service":
        impact.services.push(key);
        break;
      case "offering":
        impact.offerings.push(key);
        break;
      case "step":
        impact.steps.push(key);
        break;
      case "value-stream":
        impact.valueStreams.push(key);
        break;
      case "journey":
        impact.journeys.push(key);
        break;
      default:
        // Resources, stakeholders, costs, ... never need anything, so they are never dependents.
        break;
    }
  }
  const byId = elementIndex(model).byId;
  for (const s of stakeholders.sort((a, b) => a - b)) {
    const key = keys[s]!;
    const entry = byId.get(key);
    const roles = entry ? (model.stakeholders[entry.path[1] as number]?.roles ?? []) : [];
    if (roles.includes("customer")) impact.stakeholders.customers.push(key);
    if (roles.includes("user")) impact.stakeholders.users.push(key);
    if (roles.includes("sponsor")) impact.stakeholders.sponsors.push(key);
  }
  return impact;
}
