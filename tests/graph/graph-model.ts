import { parseModel } from "../../src/model/parse-model.js";
import type { ModelInput } from "../../src/model/schema/model.js";

/**
 * A small workplace model where every edge is known (counted in tests/graph/to-graph.test.ts).
 *
 * smart-collaboration (business) bundles mail and file-sharing; mail depends on network and mail-security (share 2);
 * file-sharing depends on network; network and service-desk depend on each other (a cycle whose exit is mail and
 * file-sharing); mail-security is supplied by acme; prototype stands alone. db supports mail and file-sharing (share 2),
 * network-team supports network, to-string supports nothing.
 * Stream onboarding (no `next`: request -> provision -> welcome implied); stream incident (log -> fix, escalate; escalate -> fix).
 * Journey prototype-trial (of `constructor`) uses prototype. `constructor`, `to-string` and `prototype` are ids like any other.
 */
export const graphModelInput: ModelInput = {
  name: "Graph fixture",
  stakeholders: [
    { id: "finance", name: "Finance", roles: ["customer", "sponsor"] },
    { id: "staff", name: "Staff", kind: "team", roles: ["user"] },
    { id: "it-dept", name: "IT department", roles: ["provider"] },
    { id: "acme", name: "Acme Security", roles: ["supplier"], internal: false },
    { id: "constructor", name: "Constructor", kind: "person", roles: ["user", "customer"] },
    { id: "service-desk-team", name: "Service desk team", kind: "team", roles: ["provider"] },
  ],
  resources: [
    { id: "db", name: "Database", dimension: "information-and-technology", supports: ["mail", { service: "file-sharing", share: 2 }] },
    { id: "network-team", name: "Network team", dimension: "organizations-and-people", supports: ["network"] },
    { id: "to-string", name: "Spare server", dimension: "information-and-technology" },
  ],
  services: [
    {
      id: "smart-collaboration",
      name: "Smart Collaboration",
      kind: "business",
      owner: "it-dept",
      consumers: ["finance", { stakeholder: "staff", share: 3 }],
      bundles: ["mail", "file-sharing"],
      offerings: [{ id: "sc-standard", name: "Standard workplace" }],
    },
    { id: "mail", name: "Mail", owner: "it-dept", dependsOn: ["network", { service: "mail-security", share: 2 }] },
    { id: "file-sharing", name: "File sharing", dependsOn: ["network"] },
    { id: "mail-security", name: "Mail security", supplier: "acme" },
    { id: "network", name: "Network", dependsOn: ["service-desk"] },
    { id: "service-desk", name: "Service desk", dependsOn: ["network"], consumers: ["staff"] },
    { id: "prototype", name: "Prototype", consumers: ["constructor"] },
  ],
  valueStreams: [
    {
      id: "onboarding",
      name: "Onboarding",
      consumer: "finance",
      trigger: "A new hire signs",
      outcome: "Productive on day one",
      steps: [
        {
          id: "request",
          name: "Request",
          activity: "engage",
          practices: ["service-request-management"],
          services: ["service-desk"],
          performer: "service-desk-team",
          processTime: "30m",
        },
        {
          id: "provision",
          name: "Provision",
          activity: "deliver-and-support",
          practices: ["deployment-management", "service-request-management"],
          services: ["mail", "file-sharing"],
          performer: "network-team",
          processTime: "2h",
          waitTime: "1d",
        },
        { id: "welcome", name: "Welcome", activity: "engage", services: ["smart-collaboration"], processTime: 1 },
      ],
    },
    {
      id: "incident",
      name: "Incident",
      consumer: "staff",
      trigger: "Something breaks",
      outcome: "It works again",
      steps: [
        {
          id: "log",
          name: "Log",
          activity: "engage",
          practices: ["incident-management", "service-desk"],
          services: ["service-desk"],
          processTime: "10m",
          next: ["fix", "escalate"],
        },
        { id: "fix", name: "Fix", activity: "deliver-and-support", practices: ["incident-management"], processTime: "1h", next: [] },
        { id: "escalate", name: "Escalate", activity: "deliver-and-support", services: ["network"], performer: "acme", processTime: "4h", next: ["fix"] },
      ],
    },
  ],
  journeys: [
    {
      id: "new-joiner",
      name: "New joiner",
      stakeholder: "staff",
      stages: [
        { stage: "onboard", touchpoints: [{ name: "Get a laptop", actors: ["staff", "service-desk-team"], satisfaction: 3, service: "service-desk" }] },
        {
          stage: "co-create",
          touchpoints: [
            { name: "Send mail", actors: ["staff"], satisfaction: 4, service: "mail" },
            { name: "Share files by mail", actors: ["constructor"], satisfaction: 2, service: "mail" },
          ],
        },
      ],
    },
    {
      // An edge into a node keyed `constructor` (journey-of): graphology 0.26 alone mishandles this.
      id: "prototype-trial",
      name: "Prototype trial",
      stakeholder: "constructor",
      stages: [{ stage: "explore", touchpoints: [{ name: "Try it", actors: ["constructor"], satisfaction: 5, service: "prototype" }] }],
    },
  ],
  costs: [
    { of: "db", category: "hardware", amount: 1000 },
    { id: "mail-licences", of: "mail", name: "Mail licences", category: "software", amount: 500 },
    { of: "upgrade", category: "outside-services", type: "capex", amount: 2000, recurrence: "once" },
  ],
  benefits: [
    { of: "smart-collaboration", name: "Productivity", amount: 5000 },
    { id: "faster-onboarding", of: "onboarding", name: "Faster onboarding", kind: "intangible", amount: 100 },
  ],
  risks: [
    { id: "db-outage", name: "Database outage", affects: ["db", "mail"], frequency: 0.5, impact: 10000 },
    { id: "key-person-loss", name: "Key person leaves", affects: ["constructor"], frequency: 0.1, impact: 5000 },
  ],
  investments: [{ id: "upgrade", name: "Database upgrade", affects: ["db"], reduces: [{ risk: "db-outage", by: 0.5 }] }],
};

/** The fixture, parsed. */
export const graphModel = parseModel(graphModelInput);
