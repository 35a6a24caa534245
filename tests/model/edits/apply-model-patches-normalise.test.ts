import { describe, expect, it } from "vitest";
import { totalCostOfOwnership } from "../../../src/economics/total-cost-of-ownership.js";
import { applyModelPatches } from "../../../src/model/edits/apply-model-patches.js";
import { ModelError } from "../../../src/model/errors.js";
import { parseModel } from "../../../src/model/parse-model.js";

const model = parseModel({
  name: "Patched",
  horizonYears: 2,
  stakeholders: [{ id: "it", name: "IT", roles: ["provider"], kind: "team" }],
  services: [{ id: "a", name: "A" }],
  valueStreams: [{ id: "v", name: "V", trigger: "t", outcome: "o", steps: [{ id: "s", name: "S", activity: "engage", processTime: "2d" }] }],
  costs: [{ of: "a", category: "other", amount: 10 }],
});

describe("applyModelPatches normalises what hand-made patches write", () => {
  it("turns a written estimate, duration, alias and missing default into their normalised form", () => {
    const next = applyModelPatches(model, [
      { op: "replace", path: ["costs", 0, "amount"], value: { low: 1, high: 5, distribution: "normal" } },
      { op: "replace", path: ["valueStreams", 0, "steps", 0, "processTime"], value: "1h" },
      { op: "replace", path: ["valueStreams", 0, "steps", 0, "practices"], value: ["change control"] },
      { op: "remove", path: ["stakeholders", 0, "kind"] },
      { op: "add", path: ["services", 1], value: { id: "b", name: "B", dependsOn: ["a"] } },
    ]);
    expect(next.costs[0]!.amount).toEqual({ kind: "interval", low: 1, high: 5, confidence: 0.9, distribution: "normal", mean: 3 });
    expect(totalCostOfOwnership(next, "a").total).toBe(6);
    expect(next.valueStreams[0]!.steps[0]!.processTimeHours).toBe(1);
    expect(next.valueStreams[0]!.steps[0]!.practices).toEqual(["change-enablement"]);
    expect(next.stakeholders[0]!.kind).toBe("organization");
    expect(next.services[1]!.dependsOn).toEqual([{ service: "a", share: 1 }]);
    expect(Object.isFrozen(next.services[1])).toBe(true);
  });

  it("rejects a patch that leaves a stale derived value", () => {
    expect(() =>
      applyModelPatches(model, [{ op: "replace", path: ["costs", 0, "amount", "value"], value: 20 }]),
    ).toThrow(ModelError);
  });
});
