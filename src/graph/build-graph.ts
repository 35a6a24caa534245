import { assertParsedModel } from "../model/assert-parsed-model.js";
import { ModelError, describeValue, formatPath } from "../model/errors.js";
import { modelReferences } from "../model/references.js";
import type { Relation } from "../model/references.js";
import type { Model } from "../model/schema/model.js";
import { ITIL4 } from "../reference/itil4.js";
import { catalogNodeKey } from "./catalog-node-key.js";
import { IdSafeMultiDirectedGraph } from "./id-safe-graph.js";
import type { EdgeAttributes, ModelGraph, NodeAttributes } from "./model-graph.js";

/** Relations whose reference sits in an object that carries a `share`. */
const WITH_SHARE: ReadonlySet<Relation> = new Set<Relation>(["depends-on", "bundles", "supports", "consumes"]);

/**
 * Build the graph of a model, uncached (use `toGraph`, which caches it per model). Nodes come in document order
 * (stakeholders, resources, services each followed by its offerings, value streams each followed by its steps, journeys,
 * costs, benefits, risks, investments), then the catalog nodes in catalog order; edges come in document order of their
 * references, then the structural edges (`has-offering`, `has-step`, `applies-practice`, `in-activity`, implied `next-step`).
 * Throws `ModelError("invalid-argument")` when `model` is not a parsed model.
 */
export function buildGraph(model: Model): ModelGraph {
  const fn = "toGraph";
  assertParsedModel(fn, model);
  try {
    return build(model);
  } catch (error) {
    if (error instanceof ModelError) throw error;
    // NOTE: only a model that did not come from parseModel gets here (an element that is not an object, a missing list).
    const reason = error instanceof Error ? error.message : describeValue(error);
    throw new ModelError("invalid-argument", `${fn}: the model is malformed (${reason}); parse it with parseModel first`, [
      { path: "", code: "invalid-argument", message: `the model is malformed (${reason}); parse it with parseModel first` },
    ]);
  }
}

function build(model: Model): ModelGraph {
  const graph = new IdSafeMultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  // NOTE: graphology checks keys and ends itself; a parsed model never fails them, so the messages are built only on failure.
  const addNode = (key: string, attributes: NodeAttributes) => {
    try {
      graph.addNode(key, Object.freeze(attributes));
    } catch {
      malformed(`id "${key}" is used twice (at ${graph.getNodeAttribute(key, "path")} and ${attributes.path})`, attributes.path);
    }
  };
  const addEdge = (type: Relation, path: string, source: string, target: string, share?: number) => {
    const attributes: EdgeAttributes = share === undefined ? { type, path } : { type, path, share };
    try {
      graph.addDirectedEdgeWithKey(`${type}:${path}`, source, target, Object.freeze(attributes));
    } catch (error) {
      const missing = [source, target].find((key) => !graph.hasNode(key));
      malformed(missing === undefined ? `${describeValue(error instanceof Error ? error.message : error)} at ${path}` : `unknown id "${missing}" at ${path}`, path);
    }
  };

  model.stakeholders.forEach((s, i) => addNode(s.id, { kind: "stakeholder", name: s.name, path: `stakeholders[${i}]` }));
  model.resources.forEach((r, i) => addNode(r.id, { kind: "resource", name: r.name, path: `resources[${i}]` }));
  model.services.forEach((s, i) => {
    addNode(s.id, { kind: "service", name: s.name, path: `services[${i}]` });
    s.offerings.forEach((o, j) => addNode(o.id, { kind: "offering", name: o.name, path: `services[${i}].offerings[${j}]`, parent: s.id }));
  });
  const practices = new Set<string>();
  const activities = new Set<string>();
  model.valueStreams.forEach((v, i) => {
    addNode(v.id, { kind: "value-stream", name: v.name, path: `valueStreams[${i}]` });
    v.steps.forEach((st, j) => {
      addNode(st.id, { kind: "step", name: st.name, path: `valueStreams[${i}].steps[${j}]`, parent: v.id });
      activities.add(st.activity);
      for (const p of st.practices) practices.add(p);
    });
  });
  model.journeys.forEach((j, i) => addNode(j.id, { kind: "journey", name: j.name, path: `journeys[${i}]` }));
  model.costs.forEach((c, i) =>
    addNode(c.id ?? `costs[${i}]`, { kind: "cost", name: c.name ?? `${c.category} cost of ${c.of}`, path: `costs[${i}]` }),
  );
  model.benefits.forEach((b, i) => addNode(b.id ?? `benefits[${i}]`, { kind: "benefit", name: b.name, path: `benefits[${i}]` }));
  model.risks.forEach((r, i) => addNode(r.id, { kind: "risk", name: r.name, path: `risks[${i}]` }));
  model.investments.forEach((inv, i) => addNode(inv.id, { kind: "investment", name: inv.name, path: `investments[${i}]` }));
  // Catalog nodes in catalog order, only those some step uses.
  for (const p of ITIL4.practices) if (practices.has(p.id)) addNode(catalogNodeKey("practice", p.id), { kind: "practice", name: p.name, path: "" });
  for (const a of ITIL4.valueChainActivities)
    if (activities.has(a.id)) addNode(catalogNodeKey("activity", a.id), { kind: "activity", name: a.name, path: "" });
  for (const p of practices) if (!graph.hasNode(catalogNodeKey("practice", p))) malformed(`unknown practice "${p}"`, "");
  for (const a of activities) if (!graph.hasNode(catalogNodeKey("activity", a))) malformed(`unknown value chain activity "${a}"`, "");

  for (const site of modelReferences(model)) {
    const path = formatPath(site.path);
    const share = WITH_SHARE.has(site.relation) ? shareAt(model, site.path) : undefined;
    if (site.reversed) addEdge(site.relation, path, site.target, site.holder, share);
    else addEdge(site.relation, path, site.holder, site.target, share);
  }

  model.services.forEach((s, i) =>
    s.offerings.forEach((o, j) => addEdge("has-offering", `services[${i}].offerings[${j}]`, s.id, o.id)),
  );
  model.valueStreams.forEach((v, i) => {
    const implied = v.steps.every((st) => st.next === undefined);
    v.steps.forEach((st, j) => {
      const path = `valueStreams[${i}].steps[${j}]`;
      addEdge("has-step", path, v.id, st.id);
      st.practices.forEach((p, k) => addEdge("applies-practice", `${path}.practices[${k}]`, st.id, catalogNodeKey("practice", p)));
      addEdge("in-activity", `${path}.activity`, st.id, catalogNodeKey("activity", st.activity));
      const following = v.steps[j + 1];
      if (implied && following) addEdge("next-step", path, st.id, following.id);
    });
  });
  return graph;
}

/** The `share` of the reference object that holds the id at `path` (`services[1].dependsOn[0]` for `...[0].service`). */
function shareAt(model: Model, path: readonly (string | number)[]): number | undefined {
  let value: unknown = model;
  const end = typeof path[path.length - 1] === "string" ? path.length - 1 : path.length;
  for (let i = 0; i < end; i++) value = (value as Record<string | number, unknown>)[path[i]!];
  const share = (value as { share?: unknown }).share;
  return typeof share === "number" ? share : undefined;
}

function malformed(what: string, path: string): never {
  throw new ModelError("invalid-argument", `toGraph: the model is not valid: ${what}; parse it with parseModel first`, [
    { path, code: "invalid-argument", message: `the model is not valid: ${what}; parse it with parseModel first` },
  ]);
}
