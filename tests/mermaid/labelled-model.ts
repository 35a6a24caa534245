import { parseModel, type Model, type ModelInput } from "../../src/index.js";

/**
 * A small model that exercises every label position of every view, with `name(position)` as the text of each: the
 * model name, stakeholders of every role, resources of every dimension, business and technical services (bundles,
 * dependencies, a cycle, a supplier, a pipeline and a retired service), an offering, a branching value stream with
 * trigger and outcome, a journey over two stages, costs of every kind of holder (one resource supports nothing: an
 * unallocated cost; one top-level service has no consumers: an uncharged cost), benefits, a risk and an investment.
 * `labelledModel(() => "x")` puts the same text everywhere (names then clash, as they may in real models).
 */
export function labelledModel(name: (position: string) => string): Model {
  const input: ModelInput = {
    name: name("model"),
    stakeholders: [
      { id: "provider", name: name("provider"), roles: ["provider"] },
      { id: "customer", name: name("customer"), roles: ["customer", "sponsor"] },
      { id: "user", name: name("user"), kind: "person", roles: ["user"] },
      { id: "supplier", name: name("supplier"), roles: ["supplier"], internal: false },
    ],
    resources: [
      { id: "team", name: name("team"), dimension: "organizations-and-people", supports: ["end", { service: "style", share: 2 }] },
      { id: "app", name: name("app"), dimension: "information-and-technology", supports: ["style"] },
      { id: "contract", name: name("contract"), dimension: "partners-and-suppliers", supports: ["end"] },
      { id: "process", name: name("process"), dimension: "value-streams-and-processes", supports: ["click"] },
      { id: "idle", name: name("idle"), dimension: "information-and-technology" },
    ],
    services: [
      {
        id: "graph",
        name: name("business"),
        kind: "business",
        owner: "provider",
        bundles: ["end", "style"],
        dependsOn: ["click"],
        consumers: [{ stakeholder: "customer", share: 3 }, "user"],
        offerings: [{ id: "subgraph", name: name("offering") }],
      },
      { id: "end", name: name("technical"), owner: "provider", supplier: "supplier", dependsOn: ["click"] },
      { id: "style", name: name("cycle-a"), dependsOn: ["click", "constructor"] },
      { id: "constructor", name: name("cycle-b"), dependsOn: ["style"], lifecycle: "pipeline" },
      { id: "click", name: name("shared") },
      { id: "orphan", name: name("orphan"), kind: "business", lifecycle: "retired", dependsOn: ["click"] },
    ],
    valueStreams: [
      {
        id: "flow",
        name: name("value-stream"),
        consumer: "customer",
        trigger: name("trigger"),
        outcome: name("outcome"),
        steps: [
          { id: "s1", name: name("step-1"), activity: "engage", services: ["graph"], practices: ["service-desk"], processTime: "30m", waitTime: "1d", next: ["s2", "s3"] },
          { id: "s2", name: name("step-2"), activity: "obtain-build", services: ["end"], performer: "team", processTime: "2h", next: ["s4"] },
          { id: "s3", name: name("step-3"), activity: "obtain-build", processTime: "1h", waitTime: "3d", pctCompleteAccurate: 0.5, next: ["s4"] },
          { id: "s4", name: name("step-4"), activity: "deliver-and-support", services: ["graph"], processTime: "15m", next: [] },
        ],
      },
    ],
    journeys: [
      {
        id: "trip",
        name: name("journey"),
        stakeholder: "customer",
        stages: [
          { stage: "onboard", touchpoints: [{ name: name("touchpoint-1"), actors: ["user", "provider"], satisfaction: 2.5, service: "graph" }] },
          { stage: "explore", touchpoints: [{ name: name("touchpoint-2"), actors: ["customer"], satisfaction: 4 }] },
        ],
      },
    ],
    costs: [
      { of: "team", name: name("cost"), category: "staffing", amount: 100_000 },
      { of: "app", category: "software", amount: { low: 10_000, high: 30_000 }, recurrence: "monthly" },
      { of: "contract", category: "outside-services", amount: 24_000 },
      { of: "process", category: "other", amount: 5_000 },
      { of: "idle", category: "hardware", amount: 7_000, endYear: 1 },
      { of: "graph", category: "staffing", amount: 50_000 },
      { of: "click", category: "telecom", amount: 12_000 },
      { of: "orphan", category: "facilities", amount: 3_000 },
      { of: "upgrade", category: "hardware", type: "capex", amount: 40_000, recurrence: "once" },
    ],
    benefits: [
      { of: "graph", name: name("benefit"), amount: 300_000 },
      { of: "upgrade", name: name("investment-benefit"), amount: 20_000, startYear: 1 },
    ],
    risks: [
      { id: "outage", name: name("risk"), affects: ["click"], dimension: "information-and-technology", frequency: 2, impact: { low: 1000, high: 9000 } },
      { id: "leak", name: name("risk-2"), affects: ["end"], frequency: 0.5, impact: 50_000 },
    ],
    investments: [{ id: "upgrade", name: name("investment"), affects: ["click"], reduces: [{ risk: "outage", by: 0.5 }] }],
  };
  return parseModel(input);
}
