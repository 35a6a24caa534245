import { lintModel } from "../../../src/flow/lint/lint-model.js";
import type { LintOptions } from "../../../src/flow/lint/lint-options.js";
import { parseModel } from "../../../src/model/parse-model.js";
import type { ModelInput } from "../../../src/model/schema/model.js";

/**
 * A small model that every built-in rule passes: an owned business service with a customer and a sponsor, an
 * outcome-based agreement, technical services it bundles and depends on, a supplied service with its contract, a value
 * stream with an engage step and practices, a happy journey, and a large risk an investment reduces.
 */
export function goodModel(): ModelInput & Required<Pick<ModelInput, "stakeholders" | "resources" | "services" | "valueStreams" | "journeys" | "risks" | "investments" | "costs">> {
  return {
    name: "Good model",
    stakeholders: [
      { id: "it", name: "IT", roles: ["provider"] },
      { id: "finance", name: "Finance", roles: ["customer", "sponsor"] },
      { id: "staff", name: "Staff", kind: "team", roles: ["user"] },
      { id: "vendor", name: "Vendor", roles: ["supplier"], internal: false },
    ],
    resources: [
      { id: "team", name: "Team", dimension: "organizations-and-people", supports: ["app", "platform"] },
      { id: "contract", name: "Contract", dimension: "partners-and-suppliers", supports: ["platform"] },
    ],
    services: [
      {
        id: "product",
        name: "Product",
        kind: "business",
        owner: "it",
        consumers: ["finance", "staff"],
        bundles: ["app"],
        agreement: {
          outcome: "finance closes the books in three days",
          targets: [
            { metric: "Availability", target: 99.9, unit: "%" },
            { metric: "Month-end closes done in three days", target: 95, unit: "%" },
          ],
        },
      },
      { id: "app", name: "App", owner: "it", dependsOn: ["platform"] },
      { id: "platform", name: "Platform", owner: "it", supplier: "vendor" },
    ],
    valueStreams: [
      {
        id: "request",
        name: "Request",
        consumer: "staff",
        trigger: "a need",
        outcome: "the need is met",
        steps: [
          { id: "ask", name: "Ask", activity: "engage", practices: ["service-desk"], services: ["product"], performer: "team", processTime: "10m" },
          { id: "do", name: "Do", activity: "deliver-and-support", practices: ["service-request-management"], processTime: "1h", waitTime: "1d" },
        ],
      },
    ],
    journeys: [
      {
        id: "finance-journey",
        name: "Finance journey",
        stakeholder: "finance",
        stages: [{ stage: "engage", touchpoints: [{ name: "Meeting", actors: ["finance", "it"], satisfaction: 4 }] }],
      },
    ],
    costs: [{ of: "team", category: "staffing", amount: 100_000 }],
    risks: [
      { id: "outage", name: "Outage", affects: ["platform"], frequency: 2, impact: 100_000 },
      { id: "small", name: "Small", affects: ["app"], frequency: 1, impact: 1_000 },
    ],
    investments: [{ id: "ha", name: "High availability", affects: ["platform"], reduces: [{ risk: "outage", by: 0.5 }] }],
  };
}

/** Parse an input and lint it. */
export function lintInput(input: ModelInput, options?: LintOptions) {
  return lintModel(parseModel(input), options);
}

/** The findings of one rule: `[path, id]` pairs. */
export function findingsOf(input: ModelInput, rule: string, options?: LintOptions): [string, string | undefined][] {
  return lintInput(input, options)
    .filter((f) => f.rule === rule)
    .map((f) => [f.path, f.id]);
}
