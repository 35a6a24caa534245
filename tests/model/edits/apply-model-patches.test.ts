import type { Patch } from "immer";
import { describe, expect, it } from "vitest";
import { addService } from "../../../src/model/edits/add-service.js";
import { applyModelPatches } from "../../../src/model/edits/apply-model-patches.js";
import { removeElement } from "../../../src/model/edits/remove-element.js";
import { renameId } from "../../../src/model/edits/rename-id.js";
import { updateElement } from "../../../src/model/edits/update-element.js";
import { updateModel } from "../../../src/model/edits/update-model.js";
import { parseModel } from "../../../src/model/parse-model.js";
import type { Model } from "../../../src/model/schema/model.js";
import { toModelInput } from "../../../src/model/to-model-input.js";
import { catchModelError, isDeepFrozen, pathsOf } from "./expect-edit.js";
import { smallModel } from "./small-model.js";

describe("applyModelPatches", () => {
  it("undoes and redoes a history of edits, step by step", () => {
    const original = smallModel();
    const history: { before: Model; after: Model; patches: Patch[]; inversePatches: Patch[] }[] = [];
    let model = original;
    const record = (r: { model: Model; patches: Patch[]; inversePatches: Patch[] }) => {
      history.push({ before: model, after: r.model, patches: r.patches, inversePatches: r.inversePatches });
      model = r.model;
    };
    record(addService(model, { id: "chat", name: "Chat", owner: "it", dependsOn: ["directory"] }, { withPatches: true }));
    record(renameId(model, "directory", "entra-id", { withPatches: true }));
    record(updateElement(model, "chat", { consumers: ["staff"] }, { withPatches: true }));
    record(removeElement(model, "staff", { cascade: true, withPatches: true }));
    record(updateModel(model, { horizonYears: 8 }, { withPatches: true }));

    let undone = model;
    for (const step of [...history].reverse()) {
      undone = applyModelPatches(undone, step.inversePatches);
      expect(undone).toStrictEqual(step.before);
      expect(isDeepFrozen(undone)).toBe(true);
    }
    expect(undone).toStrictEqual(original);
    expect(parseModel(toModelInput(undone))).toEqual(original);
    let redone = undone;
    for (const step of history) {
      redone = applyModelPatches(redone, step.patches);
      expect(redone).toStrictEqual(step.after);
    }
  });

  it("returns the same model for no patches", () => {
    const model = smallModel();
    expect(applyModelPatches(model, [])).toBe(model);
  });

  describe("refuses", () => {
    it("patches that make a bad element, at its path", () => {
      const e = catchModelError(() => applyModelPatches(smallModel(), [{ op: "replace", path: ["services", 1, "name"], value: 5 }]));
      expect(e.code).toBe("invalid-model");
      expect(pathsOf(e)).toEqual(["services[1].name"]);
      const setting = catchModelError(() => applyModelPatches(smallModel(), [{ op: "replace", path: ["horizonYears"], value: "ten" }]));
      expect(pathsOf(setting)).toEqual(["horizonYears"]);
    });

    it("patches that break references", () => {
      const e = catchModelError(() => applyModelPatches(smallModel(), [{ op: "replace", path: ["services", 3, "id"], value: "database" }]));
      expect(e.code).toBe("invalid-model");
      expect(e.issues.every((i) => i.code === "unknown-reference")).toBe(true);
      expect(pathsOf(e)).toContain("services[1].dependsOn[1].service");
    });

    it("patches that break the model's shape, or do not fit it", () => {
      const junk: unknown[] = [
        [{ op: "replace", path: ["services"], value: 5 }],
        [{ op: "replace", path: ["services", 0], value: null }],
        [{ op: "add", path: ["extra"], value: 1 }],
        [{ op: "replace", path: ["services", 0, "dependsOn", 0, "service"], value: "x" }],
        [{ op: "wat", path: ["name"], value: "x" }],
        "patches",
        [null],
        [{ op: "replace" }],
      ];
      for (const patches of junk) {
        const e = catchModelError(() => applyModelPatches(smallModel(), patches as Patch[]));
        expect(["invalid-argument", "invalid-model"]).toContain(e.code);
      }
    });
  });
});
