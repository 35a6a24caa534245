import { describe, expect, it } from "vitest";
import { formatModelSummary, modelSummary } from "../../src/cli/model-summary.js";
import { parseModel } from "../../src/model/parse-model.js";

describe("modelSummary", () => {
  const model = parseModel({
    name: "Counts",
    horizonYears: 1,
    discountRate: 0.075,
    stakeholders: [
      { id: "a", name: "A", roles: ["customer", "sponsor", "customer"] },
      { id: "b", name: "B", roles: ["provider"] },
    ],
    resources: [
      { id: "r1", name: "R1", dimension: "partners-and-suppliers" },
      { id: "r2", name: "R2", dimension: "partners-and-suppliers" },
    ],
    services: [
      { id: "p", name: "P", kind: "business", owner: "b", bundles: ["t"] },
      { id: "t", name: "T" },
    ],
    valueStreams: [{ id: "v", name: "V", trigger: "t", outcome: "o", steps: [{ id: "s", name: "S", activity: "plan", processTime: 1 }] }],
  });

  it("counts stakeholders by role (each role once per stakeholder), services by kind, resources by dimension", () => {
    const summary = modelSummary(model);
    expect(summary.stakeholders).toEqual({ total: 2, byRole: { customer: 1, user: 0, sponsor: 1, supplier: 0, provider: 1 } });
    expect(summary.services).toEqual({ total: 2, business: 1, technical: 1 });
    expect(summary.resources.byDimension["partners-and-suppliers"]).toBe(2);
    expect(summary.valueStreams).toEqual({ total: 1, steps: 1 });
  });

  it("formats singulars, fractional rates and breakdowns without zeros", () => {
    expect(formatModelSummary(modelSummary(model))).toEqual([
      "name           Counts",
      "currency       EUR",
      "horizon        1 year",
      "discount rate  7.5% per year",
      "stakeholders   2 (1 customer, 1 sponsor, 1 provider)",
      "services       2 (1 business, 1 technical)",
      "resources      2 (2 partners-and-suppliers)",
      "value streams  1 (1 step)",
      "journeys       0",
      "costs          0",
      "benefits       0",
      "risks          0",
      "investments    0",
    ]);
  });
});
