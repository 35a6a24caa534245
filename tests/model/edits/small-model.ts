import { parseModel } from "../../../src/model/parse-model.js";
import type { Model, ModelInput } from "../../../src/model/schema/model.js";

/**
 * A small model with at least one reference of every kind (every site `modelReferences` lists): supports, owner,
 * supplier, consumers, bundles, dependsOn, value stream consumer, step services, performer and next, journey
 * stakeholder, touchpoint actors and service, cost and benefit `of`, risk and investment `affects`, `reduces[].risk`.
 */
export function smallModelInput(): ModelInput {
  return {
    name: "Modern workplace",
    horizonYears: 5,
    stakeholders: [
      { id: "acme", name: "Acme", roles: ["customer", "sponsor"] },
      { id: "staff", name: "Staff", kind: "team", roles: ["user"] },
      { id: "it", name: "IT", kind: "team", roles: ["provider"] },
      { id: "vendor", name: "Vendor", roles: ["supplier"], internal: false },
    ],
    resources: [{ id: "mail-team", name: "Mail team", dimension: "organizations-and-people", supports: ["mail", { service: "directory", share: 2 }] }],
    services: [
      {
        id: "workplace",
        name: "Workplace",
        kind: "business",
        owner: "it",
        consumers: ["acme", { stakeholder: "staff", share: 2, costsRemoved: 100 }],
        bundles: ["mail"],
        offerings: [{ id: "mailbox", name: "Mailbox", goods: ["50 GB"], price: 4 }],
        agreement: { outcome: "Staff can mail from day one", targets: [{ metric: "availability", target: 99.5, unit: "%" }] },
      },
      { id: "mail", name: "Mail", owner: "it", supplier: "vendor", dependsOn: ["directory", { service: "db", share: 3 }] },
      { id: "directory", name: "Directory", dependsOn: ["db"] },
      { id: "db", name: "Database" },
    ],
    valueStreams: [
      {
        id: "onboard",
        name: "Onboard a new hire",
        consumer: "acme",
        trigger: "Contract signed",
        outcome: "Productive on day one",
        steps: [
          { id: "request", name: "Request", activity: "engage", services: ["workplace"], performer: "staff", processTime: "30m", next: ["setup"] },
          { id: "setup", name: "Set up", activity: "obtain-build", practices: ["service-request-management"], services: ["mail"], performer: "mail-team", processTime: "2h", waitTime: "1d", next: ["welcome"] },
          { id: "welcome", name: "Welcome", activity: "engage", processTime: 1, next: [] },
        ],
      },
    ],
    journeys: [
      {
        id: "new-hire",
        name: "New hire",
        stakeholder: "staff",
        stages: [{ stage: "onboard", touchpoints: [{ name: "First login", actors: ["staff", "it"], satisfaction: 4, service: "mail" }] }],
      },
    ],
    costs: [
      { id: "mail-licences", of: "mail", category: "software", amount: 1000 },
      { of: "mail-team", category: "staffing", amount: { low: 50000, high: 80000 }, endYear: 3 },
      { of: "migration", category: "outside-services", type: "capex", amount: 20000, recurrence: "once" },
    ],
    benefits: [
      { of: "workplace", name: "Productivity", amount: 30000 },
      { id: "faster-onboarding", of: "onboard", name: "Faster onboarding", kind: "intangible", amount: { low: 1000, mode: 5000, high: 8000 }, startYear: 1 },
    ],
    risks: [{ id: "outage", name: "Mail outage", affects: ["mail", "new-hire", "setup", "mailbox"], frequency: { low: 0.1, high: 2 }, impact: 20000 }],
    investments: [{ id: "migration", name: "Mail migration", affects: ["mail", "db"], reduces: [{ risk: "outage", by: 0.5, fromYear: 2 }] }],
  };
}

/** The small model, parsed (deeply frozen). */
export function smallModel(): Model {
  return parseModel(smallModelInput());
}
