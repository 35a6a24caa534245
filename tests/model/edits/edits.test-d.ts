import { expectTypeOf } from "vitest";
import { addDependency } from "../../../src/model/edits/add-dependency.js";
import { addService } from "../../../src/model/edits/add-service.js";
import type { EditResult } from "../../../src/model/edits/edit-result.js";
import { removeElement } from "../../../src/model/edits/remove-element.js";
import { renameId } from "../../../src/model/edits/rename-id.js";
import { updateElement } from "../../../src/model/edits/update-element.js";
import { updateModel } from "../../../src/model/edits/update-model.js";
import type { Model } from "../../../src/model/schema/model.js";

// Type tests, checked by `tsc --noEmit`: the return type follows `withPatches`.
declare const model: Model;
declare const flag: boolean;

expectTypeOf(addService(model, { id: "a", name: "A" })).toEqualTypeOf<Model>();
expectTypeOf(addService(model, { id: "a", name: "A" }, { withPatches: false })).toEqualTypeOf<Model>();
expectTypeOf(addService(model, { id: "a", name: "A" }, { withPatches: true })).toEqualTypeOf<EditResult>();
expectTypeOf(addService(model, { id: "a", name: "A" }, { withPatches: flag })).toEqualTypeOf<Model | EditResult>();
expectTypeOf(removeElement(model, "a", { cascade: true })).toEqualTypeOf<Model>();
expectTypeOf(removeElement(model, "a", { cascade: true, withPatches: true })).toEqualTypeOf<EditResult>();
expectTypeOf(renameId(model, "a", "b", { withPatches: true }).patches).toBeArray();
expectTypeOf(updateElement(model, "a", { name: "B" })).toEqualTypeOf<Model>();
expectTypeOf(updateModel(model, { horizonYears: 3 }, { withPatches: true })).toEqualTypeOf<EditResult>();
expectTypeOf(addDependency(model, "a", "b", { share: 2 })).toEqualTypeOf<Model>();

// @ts-expect-error an input in the wrong form
addService(model, { id: "a" });
// @ts-expect-error updateModel takes settings, not element lists
updateModel(model, { services: [] });
