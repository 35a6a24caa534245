import { duplicateIdMessage, elementIndex } from "../element-index.js";
import { describeValue, formatPath, ModelError } from "../errors.js";
import { IdSchema, toKebabId } from "../primitives.js";
import { modelReferences } from "../references.js";
import type { Model } from "../schema/model.js";
import { parentAt } from "./draft-path.js";
import type { EditOptions, EditResult } from "./edit-result.js";
import { findElement } from "./find-element.js";
import { checkArguments, runEdit } from "./run-edit.js";

/**
 * Rename an element and every reference to it: `dependsOn`, `bundles`, `supports`, owners, suppliers, consumers,
 * step `services`, performers and `next` lists, journey stakeholders and actors, touchpoint services, cost and benefit
 * `of`, risk and investment `affects`, and `reduces[].risk`. Renaming to the same id returns the same model.
 *
 * Errors: `not-found` for an unknown `oldId` (with the closest id), `invalid-argument` for a `newId` that is not a valid
 * id (the issue suggests its kebab-case form), `invalid-model` with a `duplicate-id` issue when `newId` is taken.
 * NOTE: the result is not re-checked in full: a rename keeps a valid model valid (same kinds, roles and graph shape), and
 * skipping the check keeps it fast on large models.
 * @example renameId(model, "db", "db-cluster").services[0].dependsOn // [{ service: "db-cluster", share: 1 }]
 */
export function renameId(model: Model, oldId: string, newId: string, options: EditOptions & { withPatches: true }): EditResult;
export function renameId(model: Model, oldId: string, newId: string, options?: EditOptions & { withPatches?: false }): Model;
export function renameId(model: Model, oldId: string, newId: string, options?: EditOptions): Model | EditResult;
export function renameId(model: Model, oldId: string, newId: string, options?: EditOptions): Model | EditResult {
  const fn = "renameId";
  checkArguments(fn, model, options, ["withPatches"]);
  const target = findElement(fn, model, oldId);
  if (target.id === undefined) {
    const message = `${target.label} has no id to rename; give it one with updateElement(model, "${target.label}", { id })`;
    throw new ModelError("invalid-argument", `${fn}: ${message}`, [{ path: formatPath(target.path), code: "invalid-argument", message }]);
  }
  if (typeof newId !== "string" || !IdSchema.safeParse(newId).success) {
    const suggestion = typeof newId === "string" ? toKebabId(newId) : undefined;
    const message = `the new id must be kebab-case (lowercase letters, digits, hyphens, at most 64 characters), got ${describeValue(newId)}${suggestion ? `; try "${suggestion}"` : ""}`;
    throw new ModelError("invalid-argument", `${fn}: ${message}`, [{ path: "", code: "invalid-id", message, ...(suggestion ? { suggestion } : {}) }]);
  }
  const taken = elementIndex(model).byId.get(newId);
  if (taken && newId !== target.id) {
    const path = formatPath([...target.path, "id"]);
    const message = duplicateIdMessage(newId, taken);
    throw new ModelError("invalid-model", `${fn}: ${message}`, [{ path, code: "duplicate-id", message }]);
  }
  const old = target.id;
  const sites = modelReferences(model).filter((s) => s.target === old);
  return runEdit(
    fn,
    model,
    options,
    (draft) => {
      if (newId === old) return;
      const [element, key] = parentAt(draft, [...target.path, "id"]);
      element[key] = newId;
      for (const site of sites) {
        const [parent, k] = parentAt(draft, site.path);
        parent[k] = newId;
      }
    },
    "none",
  );
}
