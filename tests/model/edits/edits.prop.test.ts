import fc from "fast-check";
import { applyPatches, type Patch } from "immer";
import { describe, expect, it } from "vitest";
import { addDependency } from "../../../src/model/edits/add-dependency.js";
import { addRisk } from "../../../src/model/edits/add-risk.js";
import { addService } from "../../../src/model/edits/add-service.js";
import { addStep } from "../../../src/model/edits/add-step.js";
import { applyModelPatches } from "../../../src/model/edits/apply-model-patches.js";
import type { EditResult } from "../../../src/model/edits/edit-result.js";
import { removeElement } from "../../../src/model/edits/remove-element.js";
import { renameId } from "../../../src/model/edits/rename-id.js";
import { updateElement } from "../../../src/model/edits/update-element.js";
import { updateModel } from "../../../src/model/edits/update-model.js";
import { elementIndex, type ElementKind } from "../../../src/model/element-index.js";
import { ModelError } from "../../../src/model/errors.js";
import { parseModel } from "../../../src/model/parse-model.js";
import type { Model } from "../../../src/model/schema/model.js";
import { toModelInput } from "../../../src/model/to-model-input.js";
import { generateModel } from "../../fixtures/generate-model.js";
import { isDeepFrozen } from "./expect-edit.js";

const SEEDS = [1, 2, 3, 4];
const bases = new Map<number, Model>();
function base(seed: number): Model {
  let model = bases.get(seed);
  if (!model) {
    const input = generateModel({ services: 12, dependencies: 18, resources: 3, valueStreams: 2, stepsPerStream: 4, risks: 3, stakeholders: 6, investments: 2, journeys: 2, seed });
    bases.set(seed, (model = parseModel(input)));
  }
  return model;
}

const ids = (model: Model, kind?: ElementKind) => [...elementIndex(model).byId.values()].filter((e) => !kind || e.kind === kind).map((e) => e.id);
const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

const op = fc.oneof(
  fc.record({ type: fc.constant("addService" as const), deps: fc.array(fc.nat(), { maxLength: 3 }), owner: fc.boolean() }),
  fc.record({ type: fc.constant("addDependency" as const), from: fc.nat(), to: fc.nat(), share: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }) }),
  fc.record({ type: fc.constant("remove" as const), target: fc.nat(), cascade: fc.boolean() }),
  fc.record({ type: fc.constant("rename" as const), target: fc.nat() }),
  fc.record({ type: fc.constant("update" as const), target: fc.nat(), name: fc.string({ maxLength: 8 }) }),
  fc.record({ type: fc.constant("addStep" as const), stream: fc.nat(), after: fc.nat() }),
  fc.record({ type: fc.constant("addRisk" as const), affects: fc.array(fc.nat(), { maxLength: 3 }) }),
  fc.record({ type: fc.constant("horizon" as const), years: fc.integer({ min: 1, max: 8 }) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/** Apply one random edit; `undefined` when the edit was refused with a ModelError (any other error fails the test). */
function apply(model: Model, o: Op, n: number): EditResult | undefined {
  const p = { withPatches: true } as const;
  const services = ids(model, "service");
  try {
    switch (o.type) {
      case "addService": {
        const dependsOn = [...new Set(o.deps.map((d) => pick(services, d)!).filter(Boolean))];
        return addService(model, { id: `new-${n}`, name: `New ${n}`, dependsOn, ...(o.owner ? { owner: "sh-4" } : {}) }, p);
      }
      case "addDependency":
        return addDependency(model, pick(services, o.from) ?? "none", pick(services, o.to) ?? "none", { ...p, share: o.share });
      case "remove":
        return removeElement(model, pick(ids(model), o.target) ?? "none", { ...p, cascade: o.cascade });
      case "rename":
        return renameId(model, pick(ids(model), o.target) ?? "none", `renamed-${n}`, p);
      case "update":
        return updateElement(model, pick(ids(model), o.target) ?? "none", { name: o.name }, p);
      case "addStep": {
        const stream = model.valueStreams[o.stream % Math.max(1, model.valueStreams.length)];
        if (!stream) return undefined;
        const after = pick(stream.steps.map((s) => s.id), o.after);
        return addStep(model, stream.id, { id: `step-${n}`, name: "Step", activity: "engage", processTime: "1h" }, { ...p, ...(after ? { after } : {}) });
      }
      case "addRisk":
        return addRisk(model, { id: `risk-new-${n}`, name: "Risk", affects: [...new Set(o.affects.map((a) => pick(ids(model), a)!))], frequency: 1, impact: 10 }, p);
      case "horizon":
        return updateModel(model, { horizonYears: o.years }, p);
    }
  } catch (e) {
    if (e instanceof ModelError) return undefined;
    throw e;
  }
}

describe("edits (property)", () => {
  it("random edits keep the model valid and frozen, and inverse patches undo them exactly", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.array(op, { minLength: 1, maxLength: 8 }), (seed, ops) => {
        const original = base(seed);
        let model = original;
        const undo: Patch[][] = [];
        ops.forEach((o, n) => {
          const result = apply(model, o, n);
          if (!result) return;
          expect(isDeepFrozen(result.model)).toBe(true);
          if (result.model !== model) expect(parseModel(toModelInput(result.model))).toEqual(result.model);
          else expect(result.patches).toEqual([]);
          undo.push(result.inversePatches);
          model = result.model;
        });
        let undone = model;
        for (const patches of undo.reverse()) undone = applyPatches(undone, patches);
        expect(undone).toStrictEqual(original);
        expect(original).toStrictEqual(base(seed));
      }),
      { numRuns: 60, seed: 20240601 },
    );
  });

  it("applyModelPatches undoes a random edit and checks the result", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), op, (seed, o) => {
        const original = base(seed);
        const result = apply(original, o, 0);
        if (!result) return;
        expect(applyModelPatches(result.model, result.inversePatches)).toStrictEqual(original);
        expect(applyModelPatches(original, result.patches)).toStrictEqual(result.model);
      }),
      { numRuns: 40, seed: 20240602 },
    );
  });
});
