import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.js";
import { catalogNodeKey } from "../../src/graph/catalog-node-key.js";
import { toGraph } from "../../src/graph/to-graph.js";
import { ModelError } from "../../src/model/errors.js";
import { parseModel } from "../../src/model/parse-model.js";
import { RELATIONS } from "../../src/model/references.js";
import type { Model } from "../../src/model/schema/model.js";
import { graphModel } from "./graph-model.js";

function edgesOfType(model: Model, type: string): string[] {
  const graph = toGraph(model);
  return graph.filterEdges((_e, a) => a.type === type).map((e) => `${graph.source(e)}->${graph.target(e)}`);
}

function thrown(fn: () => unknown): ModelError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    return error as ModelError;
  }
  throw new Error("expected a ModelError");
}

describe("toGraph", () => {
  const graph = toGraph(graphModel);

  it("has a node per element, per unnamed cost or benefit entry, and per catalog entry used", () => {
    const byKind: Record<string, number> = {};
    graph.forEachNode((_k, a) => (byKind[a.kind] = (byKind[a.kind] ?? 0) + 1));
    expect(byKind).toEqual({
      stakeholder: 6,
      resource: 3,
      service: 7,
      offering: 1,
      "value-stream": 2,
      step: 6,
      journey: 2,
      cost: 3,
      benefit: 2,
      risk: 2,
      investment: 1,
      practice: 4,
      activity: 2,
    });
    expect(graph.order).toBe(41);
  });

  it("gives nodes their kind, name, path and parent", () => {
    expect(graph.getNodeAttributes("mail")).toEqual({ kind: "service", name: "Mail", path: "services[1]" });
    expect(graph.getNodeAttributes("provision")).toEqual({ kind: "step", name: "Provision", path: "valueStreams[0].steps[1]", parent: "onboarding" });
    expect(graph.getNodeAttributes("sc-standard")).toEqual({
      kind: "offering",
      name: "Standard workplace",
      path: "services[0].offerings[0]",
      parent: "smart-collaboration",
    });
    expect(graph.getNodeAttributes("costs[0]")).toEqual({ kind: "cost", name: "hardware cost of db", path: "costs[0]" });
    expect(graph.getNodeAttributes("mail-licences")).toEqual({ kind: "cost", name: "Mail licences", path: "costs[1]" });
    expect(graph.getNodeAttributes("benefits[0]")).toEqual({ kind: "benefit", name: "Productivity", path: "benefits[0]" });
    expect(graph.getNodeAttributes("practice:incident-management")).toEqual({ kind: "practice", name: "Incident management", path: "" });
    expect(graph.getNodeAttributes("activity:deliver-and-support")).toEqual({ kind: "activity", name: "Deliver and support", path: "" });
    expect(catalogNodeKey("activity", "engage")).toBe("activity:engage");
    expect(graph.hasNode("activity:plan")).toBe(false);
  });

  it("adds nodes in document order, catalog nodes last in catalog order", () => {
    expect(graph.nodes()).toEqual([
      "finance", "staff", "it-dept", "acme", "constructor", "service-desk-team",
      "db", "network-team", "to-string",
      "smart-collaboration", "sc-standard", "mail", "file-sharing", "mail-security", "network", "service-desk", "prototype",
      "onboarding", "request", "provision", "welcome", "incident", "log", "fix", "escalate",
      "new-joiner", "prototype-trial", "costs[0]", "mail-licences", "costs[2]", "benefits[0]", "faster-onboarding", "db-outage", "key-person-loss", "upgrade",
      "practice:incident-management", "practice:service-desk", "practice:service-request-management", "practice:deployment-management",
      "activity:engage", "activity:deliver-and-support",
    ]); // prettier-ignore
  });

  it("has typed edges for every relation, with the expected counts", () => {
    const counts: Record<string, number> = {};
    graph.forEachEdge((_e, a) => (counts[a.type] = (counts[a.type] ?? 0) + 1));
    expect(counts).toEqual({
      "depends-on": 5,
      bundles: 2,
      supports: 3,
      consumes: 6,
      owns: 2,
      supplies: 1,
      performs: 3,
      "uses-service": 10,
      "applies-practice": 6,
      "in-activity": 6,
      "next-step": 5,
      affects: 4,
      reduces: 1,
      "cost-of": 3,
      "benefit-of": 2,
      "has-step": 6,
      "has-offering": 1,
      "journey-of": 2,
      "actor-in": 5,
    });
    expect(Object.keys(counts).sort()).toEqual([...RELATIONS].sort());
    expect(graph.size).toBe(73);
  });

  it("points edges from subject to object, reversed references from target to holder", () => {
    expect(edgesOfType(graphModel, "depends-on")).toEqual([
      "mail->network",
      "mail->mail-security",
      "file-sharing->network",
      "network->service-desk",
      "service-desk->network",
    ]);
    expect(edgesOfType(graphModel, "bundles")).toEqual(["smart-collaboration->mail", "smart-collaboration->file-sharing"]);
    expect(edgesOfType(graphModel, "supports")).toEqual(["db->mail", "db->file-sharing", "network-team->network"]);
    expect(edgesOfType(graphModel, "consumes")).toEqual([
      "finance->smart-collaboration",
      "staff->smart-collaboration",
      "staff->service-desk",
      "constructor->prototype",
      "finance->onboarding",
      "staff->incident",
    ]);
    expect(edgesOfType(graphModel, "owns")).toEqual(["it-dept->smart-collaboration", "it-dept->mail"]);
    expect(edgesOfType(graphModel, "supplies")).toEqual(["acme->mail-security"]);
    expect(edgesOfType(graphModel, "performs")).toEqual(["service-desk-team->request", "network-team->provision", "acme->escalate"]);
    expect(edgesOfType(graphModel, "journey-of")).toEqual(["new-joiner->staff", "prototype-trial->constructor"]);
    expect(edgesOfType(graphModel, "actor-in")).toEqual([
      "staff->new-joiner",
      "service-desk-team->new-joiner",
      "staff->new-joiner",
      "constructor->new-joiner",
      "constructor->prototype-trial",
    ]);
    expect(edgesOfType(graphModel, "cost-of")).toEqual(["costs[0]->db", "mail-licences->mail", "costs[2]->upgrade"]);
    expect(edgesOfType(graphModel, "benefit-of")).toEqual(["benefits[0]->smart-collaboration", "faster-onboarding->onboarding"]);
    expect(edgesOfType(graphModel, "affects")).toEqual(["db-outage->db", "db-outage->mail", "key-person-loss->constructor", "upgrade->db"]);
    expect(edgesOfType(graphModel, "reduces")).toEqual(["upgrade->db-outage"]);
  });

  it("adds structural edges: steps, offerings, practices, activities", () => {
    expect(edgesOfType(graphModel, "has-step")).toEqual([
      "onboarding->request",
      "onboarding->provision",
      "onboarding->welcome",
      "incident->log",
      "incident->fix",
      "incident->escalate",
    ]);
    expect(edgesOfType(graphModel, "has-offering")).toEqual(["smart-collaboration->sc-standard"]);
    expect(edgesOfType(graphModel, "applies-practice")).toEqual([
      "request->practice:service-request-management",
      "provision->practice:deployment-management",
      "provision->practice:service-request-management",
      "log->practice:incident-management",
      "log->practice:service-desk",
      "fix->practice:incident-management",
    ]);
    expect(edgesOfType(graphModel, "in-activity")).toEqual([
      "request->activity:engage",
      "provision->activity:deliver-and-support",
      "welcome->activity:engage",
      "log->activity:engage",
      "fix->activity:deliver-and-support",
      "escalate->activity:deliver-and-support",
    ]);
    expect(edgesOfType(graphModel, "uses-service").sort()).toEqual(
      [
        "request->service-desk",
        "provision->mail",
        "provision->file-sharing",
        "welcome->smart-collaboration",
        "log->service-desk",
        "escalate->network",
        "new-joiner->service-desk",
        "new-joiner->mail",
        "new-joiner->mail",
        "prototype-trial->prototype",
      ].sort(),
    );
  });

  it("implies next-step edges by list order only in streams that use no next", () => {
    expect(edgesOfType(graphModel, "next-step")).toEqual(["log->fix", "log->escalate", "escalate->fix", "request->provision", "provision->welcome"]);
    expect(graph.getEdgeAttributes("next-step:valueStreams[0].steps[0]")).toEqual({ type: "next-step", path: "valueStreams[0].steps[0]" });
    expect(graph.getEdgeAttributes("next-step:valueStreams[1].steps[0].next[1]")).toEqual({
      type: "next-step",
      path: "valueStreams[1].steps[0].next[1]",
    });
  });

  it("keys edges by type and path and carries the share where the reference has one", () => {
    expect(graph.getEdgeAttributes("depends-on:services[1].dependsOn[1].service")).toEqual({
      type: "depends-on",
      path: "services[1].dependsOn[1].service",
      share: 2,
    });
    expect(graph.getEdgeAttributes("supports:resources[0].supports[1].service").share).toBe(2);
    expect(graph.getEdgeAttributes("consumes:services[0].consumers[1].stakeholder").share).toBe(3);
    expect(graph.getEdgeAttributes("bundles:services[0].bundles[0].service").share).toBe(1);
    expect(graph.getEdgeAttributes("consumes:valueStreams[0].consumer")).toEqual({ type: "consumes", path: "valueStreams[0].consumer" });
    expect(graph.getEdgeAttributes("uses-service:journeys[0].stages[1].touchpoints[1].service")).toEqual({
      type: "uses-service",
      path: "journeys[0].stages[1].touchpoints[1].service",
    });
    expect(graph.getEdgeAttributes("owns:services[0].owner")).not.toHaveProperty("share");
  });

  it("caches the graph per model object", () => {
    expect(toGraph(graphModel)).toBe(graph);
    const again = parseModel(graphModel);
    expect(again).not.toBe(graphModel);
    const other = toGraph(again);
    expect(other).not.toBe(graph);
    expect(other.order).toBe(graph.order);
    expect(other.size).toBe(graph.size);
    expect(buildGraph(graphModel)).not.toBe(graph);
  });

  it("freezes attributes; a copy is the caller's to change", () => {
    const attributes = graph.getNodeAttributes("mail");
    expect(Object.isFrozen(attributes)).toBe(true);
    expect(() => {
      (attributes as { name: string }).name = "Changed";
    }).toThrow(TypeError);
    expect(Object.isFrozen(graph.getEdgeAttributes("owns:services[0].owner"))).toBe(true);
    const copy = graph.copy();
    copy.addNode("scratch", { kind: "service", name: "Scratch", path: "" });
    copy.setNodeAttribute("mail", "name", "Changed");
    expect(graph.hasNode("scratch")).toBe(false);
    expect(graph.getNodeAttribute("mail", "name")).toBe("Mail");
  });

  it("treats ids such as constructor, to-string and prototype like any other", () => {
    expect(graph.getNodeAttributes("constructor").kind).toBe("stakeholder");
    expect(graph.getNodeAttributes("to-string").kind).toBe("resource");
    expect(graph.outNeighbors("constructor")).toEqual(["prototype", "new-joiner", "prototype-trial"]);
    expect(graph.inNeighbors("constructor")).toEqual(["prototype-trial", "key-person-loss"]);
    expect(graph.outNeighbors("prototype-trial")).toEqual(["constructor", "prototype"]);
    expect(graph.inNeighbors("prototype")).toEqual(["constructor", "prototype-trial"]);
    expect(graph.outEdges("prototype-trial")).toEqual(["journey-of:journeys[1].stakeholder", "uses-service:journeys[1].stages[0].touchpoints[0].service"]);
    expect(graph.areNeighbors("staff", "constructor")).toBe(false);
    expect(graph.hasDirectedEdge("prototype-trial", "constructor")).toBe(true);
    expect(graph.hasDirectedEdge("staff", "constructor")).toBe(false);
    expect(graph.degree("constructor")).toBe(5);
    expect(graph.degree("to-string")).toBe(0);
    // graphology 0.26 on its own links such edges into Object.prototype.constructor, i.e. the global Object.
    expect(Object.hasOwn(Object, "previous")).toBe(false);
    expect(Object.hasOwn(Object, "next")).toBe(false);
    const copy = graph.copy();
    expect(copy.inNeighbors("constructor")).toEqual(["prototype-trial", "key-person-loss"]);
    expect(copy.areNeighbors("staff", "constructor")).toBe(false);
  });

  it("gives an empty model an empty graph", () => {
    const empty = toGraph(parseModel({ name: "Empty" }));
    expect(empty.order).toBe(0);
    expect(empty.size).toBe(0);
  });

  it("rejects what is not a parsed model with invalid-argument", () => {
    for (const bad of [null, undefined, 42, "model", [], {}, { ...graphModel, services: "mail" }]) {
      const error = thrown(() => toGraph(bad as unknown as Model));
      expect(error.code).toBe("invalid-argument");
      expect(error.message).toMatch(/^toGraph: /);
    }
    // A copy that is not frozen is refused as not parsed; a frozen one with junk inside fails further down, still clearly.
    expect(thrown(() => toGraph({ ...graphModel } as unknown as Model)).message).toMatch(/^toGraph: model must be a model from parseModel/);
    const junk = thrown(() => toGraph(Object.freeze({ ...graphModel, services: [null] }) as unknown as Model));
    expect(junk.code).toBe("invalid-argument");
    expect(junk.message).toMatch(/^toGraph: the model is malformed/);
  });

  it("names the path of an unknown reference or a duplicate id in an unparsed model", () => {
    const ghost = { ...graphModel, services: [...graphModel.services, { ...graphModel.services[6]!, id: "extra", dependsOn: [{ service: "ghost", share: 1 }] }] };
    const unknown = thrown(() => toGraph(Object.freeze(ghost) as unknown as Model));
    expect(unknown.code).toBe("invalid-argument");
    expect(unknown.issues.map((i) => i.path)).toEqual(["services[7].dependsOn[0].service"]);

    const twice = { ...graphModel, resources: [...graphModel.resources, { ...graphModel.resources[0]!, id: "mail" }] };
    const duplicate = thrown(() => toGraph(Object.freeze(twice) as unknown as Model));
    expect(duplicate.code).toBe("invalid-argument");
    expect(duplicate.issues.map((i) => i.path)).toEqual(["services[1]"]);
  });
});
