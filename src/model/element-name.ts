import { elementIndex } from "./element-index.js";
import type { Model } from "./schema/model.js";

/**
 * The name of an element (as written, not escaped), or its id when it has none (a cost without a name).
 * @example elementName(model, "mail") // "Mail"
 */
export function elementName(model: Model, id: string): string {
  const entry = elementIndex(model).byId.get(id);
  if (!entry) return id;
  let node: unknown = model;
  for (const key of entry.path) node = (node as Record<string | number, unknown>)[key];
  const name = (node as { name?: unknown }).name;
  return typeof name === "string" ? name : id;
}
