import type { Draft } from "immer";
import type { z } from "zod";
import { checkModel } from "../check-model.js";
import { formatPath } from "../errors.js";
import type { Model } from "../schema/model.js";
import type { EditOptions, EditResult } from "./edit-result.js";
import { parseElement } from "./parse-element.js";
import { checkArguments, invalidResult, runEdit, type Collection } from "./run-edit.js";
import { takenIds } from "./taken-ids.js";

/**
 * Append an element written in input form to a top-level list: validate it with its schema (paths as in the model),
 * append it, then run the semantic checks on the result (unknown references, duplicate ids, cycles, roles, years).
 * The engine of `addService`, `addRisk`, ...
 */
export function addElement(
  fn: string,
  what: string,
  collection: Collection,
  schema: z.ZodType,
  model: Model,
  input: unknown,
  options: EditOptions | undefined,
): Model | EditResult {
  checkArguments(fn, model, options, ["withPatches"]);
  const at = [collection, model[collection].length] as const;
  const element = parseElement(fn, what, schema, input, at);
  return insertElement(fn, model, options, element, at, (draft) => {
    (draft[collection] as unknown[]).push(element);
  });
}

/**
 * Run the recipe that inserts `element` at `at`, and check the result. When the element reuses an id, the error names
 * the new element's path for it, with the other problems of the element itself (not the knock-on effects elsewhere,
 * such as references that would now resolve to the new element).
 */
export function insertElement(
  fn: string,
  model: Model,
  options: EditOptions | undefined,
  element: unknown,
  at: readonly (string | number)[],
  recipe: (draft: Draft<Model>) => void,
): Model | EditResult {
  const taken = takenIds(model, element, at);
  if (taken.length === 0) return runEdit(fn, model, options, recipe);
  const next = runEdit(fn, model, undefined, recipe, "none") as Model;
  const prefix = formatPath(at);
  const own = checkModel(next).filter(
    (i) => i.code !== "duplicate-id" && (i.path === prefix || i.path.startsWith(`${prefix}.`) || i.path.startsWith(`${prefix}[`)),
  );
  throw invalidResult(fn, [...taken, ...own]);
}
