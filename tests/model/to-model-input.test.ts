import { describe, expect, it } from "vitest";
import { parseModel } from "../../src/model/parse-model.js";
import { toModelInput } from "../../src/model/to-model-input.js";
import { generateModel } from "../fixtures/generate-model.js";

describe("toModelInput", () => {
  it("writes the compact form a person writes", () => {
    const model = parseModel({
      name: "m",
      stakeholders: [{ id: "u", name: "U", roles: ["user"] }],
      services: [
        { id: "a", name: "A", consumers: ["u"], dependsOn: ["b", { service: "c", share: 2 }] },
        { id: "b", name: "B" },
        { id: "c", name: "C", kind: "business" },
      ],
      valueStreams: [{ id: "v", name: "V", trigger: "t", outcome: "o", steps: [{ id: "s", name: "S", activity: "engage", processTime: "2h", practices: ["change-control"] }] }],
      costs: [{ of: "a", category: "software", amount: { low: 1, high: 3 } }],
    });
    expect(toModelInput(model)).toEqual({
      name: "m",
      currency: "EUR",
      horizonYears: 5,
      discountRate: 0.08,
      stakeholders: [{ id: "u", name: "U", roles: ["user"] }],
      services: [
        { id: "a", name: "A", consumers: ["u"], dependsOn: ["b", { service: "c", share: 2 }] },
        { id: "b", name: "B" },
        { id: "c", name: "C", kind: "business" },
      ],
      valueStreams: [{ id: "v", name: "V", trigger: "t", outcome: "o", steps: [{ id: "s", name: "S", activity: "engage", processTime: "2h", practices: ["change-enablement"] }] }],
      costs: [{ of: "a", category: "software", amount: { low: 1, high: 3 } }],
    });
  });

  it("keeps an explicit empty next list (the last step of a branching stream)", () => {
    const model = parseModel({
      name: "m",
      valueStreams: [
        {
          id: "v",
          name: "V",
          trigger: "t",
          outcome: "o",
          steps: [
            { id: "a", name: "A", activity: "engage", processTime: 1, next: ["b"] },
            { id: "b", name: "B", activity: "engage", processTime: 1, next: [] },
          ],
        },
      ],
    });
    const steps = (toModelInput(model).valueStreams as { steps: { next?: string[] }[] }[])[0]!.steps;
    expect(steps[1]!.next).toEqual([]);
  });

  it.each([1, 2, 3])("round-trips a generated model without loss (seed %i)", (seed) => {
    const model = parseModel(generateModel({ services: 300, seed }));
    const written = JSON.parse(JSON.stringify(toModelInput(model)));
    expect(parseModel(written)).toEqual(model);
  });
});
