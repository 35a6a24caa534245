import { applyPatches } from "immer";
import { describe, expect, it } from "vitest";
import { updateElement } from "../../../src/model/edits/update-element.js";
import { parseModel } from "../../../src/model/parse-model.js";
import type { Model } from "../../../src/model/schema/model.js";
import { toElementInput, toModelInput } from "../../../src/model/to-model-input.js";
import { catchModelError, expectGoodEdit, pathsOf } from "./expect-edit.js";
import { smallModel } from "./small-model.js";

describe("updateElement", () => {
  it("merges the patch over a service, with defaults and normal forms", () => {
    const model = smallModel();
    const next = updateElement(model, "mail", { name: "E-mail", lifecycle: "retired", consumers: [{ stakeholder: "staff", share: 2 }], supplier: undefined });
    expect(next.services[1]).toEqual({
      id: "mail",
      name: "E-mail",
      kind: "technical",
      owner: "it",
      consumers: [{ stakeholder: "staff", share: 2 }],
      bundles: [],
      dependsOn: [
        { service: "directory", share: 1 },
        { service: "db", share: 3 },
      ],
      lifecycle: "retired",
      offerings: [],
    });
    expect("supplier" in next.services[1]!).toBe(false);
    expectGoodEdit(model, next, smallModel());
  });

  it("writes only what changed: minimal patches that undo", () => {
    const model = smallModel();
    const { model: next, patches, inversePatches } = updateElement(model, "mail", { name: "E-mail", supplier: undefined }, { withPatches: true });
    expect(patches).toEqual([
      { op: "remove", path: ["services", 1, "supplier"] },
      { op: "replace", path: ["services", 1, "name"], value: "E-mail" },
    ]);
    expect(next.services[1]!.dependsOn).toBe(model.services[1]!.dependsOn);
    const undone = applyPatches(next, inversePatches) as Model;
    expect(undone).toStrictEqual(model);
    expect(parseModel(toModelInput(undone))).toEqual(model);
  });

  it("returns the same model when nothing changes", () => {
    const model = smallModel();
    expect(updateElement(model, "mail", { name: "Mail" })).toBe(model);
    expect(updateElement(model, "mail", {})).toBe(model);
    // The whole element, written back as input, changes nothing either (a form that sends every field).
    for (const [id, kind, path] of [["workplace", "service", ["services", 0]], ["setup", "step", ["valueStreams", 0, "steps", 1]], ["outage", "risk", ["risks", 0]]] as const) {
      const element = path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], model) as object;
      expect(updateElement(model, id, toElementInput(kind, element))).toBe(model);
    }
  });

  it("accepts a whole normalised step sent back, derived hours included, when they agree", () => {
    const model = smallModel();
    const step = model.valueStreams[0]!.steps[1]!;
    expect(updateElement(model, "setup", { ...step })).toBe(model);
    const next = updateElement(model, "setup", { ...step, processTime: "3h", processTimeHours: 3 });
    expect(next.valueStreams[0]!.steps[1]).toMatchObject({ processTime: "3h", processTimeHours: 3 });
  });

  it("updates nested elements: a step (durations again in hours) and an offering", () => {
    const model = smallModel();
    const step = updateElement(model, "setup", { processTime: "4h", waitTime: undefined, pctCompleteAccurate: 0.9 });
    expect(step.valueStreams[0]!.steps[1]).toMatchObject({ id: "setup", processTime: "4h", processTimeHours: 4, waitTime: 0, waitTimeHours: 0, pctCompleteAccurate: 0.9 });
    expectGoodEdit(model, step, smallModel());
    const offering = updateElement(model, "mailbox", { price: 5, goods: ["100 GB"] });
    expect(offering.services[0]!.offerings[0]).toEqual({ id: "mailbox", name: "Mailbox", goods: ["100 GB"], access: [], actions: [], price: 5 });
    expectGoodEdit(model, offering, smallModel());
  });

  it("updates a cost by id or by path, with estimates normalised", () => {
    const model = smallModel();
    const byId = updateElement(model, "mail-licences", { amount: { low: 800, high: 1200, distribution: "uniform" } });
    expect(byId.costs[0]!.amount).toEqual({ kind: "interval", low: 800, high: 1200, confidence: 0.9, distribution: "uniform", mean: 1000 });
    expectGoodEdit(model, byId, smallModel());
    const byPath = updateElement(model, "costs[1]", { amount: 60000, id: "team-cost" });
    expect(byPath.costs[1]).toMatchObject({ id: "team-cost", amount: { kind: "fixed", value: 60000, mean: 60000 } });
    expectGoodEdit(model, byPath, smallModel());
  });

  it("updates every kind of element", () => {
    const model = smallModel();
    const patches: [string, Record<string, unknown>][] = [
      ["acme", { roles: ["customer", "sponsor", "user"] }],
      ["mail-team", { supports: ["mail"] }],
      ["onboard", { outcome: "Productive in the first hour" }],
      ["new-hire", { name: "Joiner" }],
      ["faster-onboarding", { growth: 0.1 }],
      ["migration", { affects: ["db"] }],
      ["outage", { impact: { low: 1000, mode: 10000, high: 50000, distribution: "triangular" } }],
    ];
    for (const [id, patch] of patches) {
      const next = updateElement(model, id, patch);
      expect(next).not.toBe(model);
      expectGoodEdit(model, next, smallModel());
    }
  });

  describe("refuses", () => {
    it("a change of id, pointing to renameId", () => {
      const e = catchModelError(() => updateElement(smallModel(), "mail", { id: "email" }));
      expect(e.code).toBe("invalid-argument");
      expect(e.issues).toMatchObject([{ path: "services[1].id", code: "id-change", suggestion: "renameId" }]);
      expect(catchModelError(() => updateElement(smallModel(), "mail-licences", { id: undefined })).code).toBe("invalid-argument");
    });

    it("an unknown key, suggesting the closest", () => {
      const e = catchModelError(() => updateElement(smallModel(), "mail", { nmae: "E-mail" }));
      expect(e.code).toBe("invalid-model");
      expect(e.issues).toMatchObject([{ path: "services[1].nmae", code: "unknown-key", suggestion: "name" }]);
    });

    it("bad values and removed required fields, at their paths", () => {
      const e = catchModelError(() => updateElement(smallModel(), "mail", { lifecycle: "dead", name: undefined }));
      expect(e.issues.map((i) => [i.path, i.code]).sort()).toEqual([
        ["services[1].lifecycle", "invalid-value"],
        ["services[1].name", "required"],
      ]);
    });

    it("a derived field of a step that disagrees with its source", () => {
      const e = catchModelError(() => updateElement(smallModel(), "setup", { processTimeHours: 3 }));
      expect(e.issues).toMatchObject([{ path: "valueStreams[0].steps[1].processTimeHours", code: "derived-mismatch", suggestion: "processTime" }]);
      const both = catchModelError(() => updateElement(smallModel(), "setup", { processTime: "3h", processTimeHours: 2, waitTimeHours: 1 }));
      expect(pathsOf(both)).toEqual(["valueStreams[0].steps[1].processTimeHours", "valueStreams[0].steps[1].waitTimeHours"]);
    });

    it("a result that fails the semantic checks", () => {
      const role = catchModelError(() => updateElement(smallModel(), "mail", { owner: "acme" }));
      expect(role.issues.map((i) => [i.path, i.code])).toEqual([["services[1].owner", "role-mismatch"]]);
      // Dropping the provider role from "it" breaks the services it owns.
      const roles = catchModelError(() => updateElement(smallModel(), "it", { roles: ["user"] }));
      expect(pathsOf(roles)).toEqual(["services[0].owner", "services[1].owner"]);
      // Replacing a value stream's steps loses "setup", which a risk affects.
      const steps = catchModelError(() => updateElement(smallModel(), "onboard", { steps: [{ id: "only", name: "Only", activity: "engage", processTime: 1 }] }));
      expect(steps.issues.map((i) => [i.path, i.code])).toEqual([["risks[0].affects[2]", "unknown-reference"]]);
      const cycle = catchModelError(() => updateElement(smallModel(), "db", { dependsOn: ["workplace"] }));
      expect(cycle.issues.map((i) => i.code)).toEqual(["trapped-cycle"]);
    });

    it("a patch that is not an object, and unknown ids", () => {
      for (const junk of [null, [], "name", 3]) {
        expect(catchModelError(() => updateElement(smallModel(), "mail", junk as never)).code).toBe("invalid-argument");
      }
      const e = catchModelError(() => updateElement(smallModel(), "mial", { name: "x" }));
      expect([e.code, e.issues[0]!.suggestion]).toEqual(["not-found", "mail"]);
      expect(catchModelError(() => updateElement(smallModel(), "benefits[7]", { name: "x" })).code).toBe("not-found");
    });
  });
});
