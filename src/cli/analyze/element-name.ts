import { elementIndex } from "../../model/element-index.js";
import type { Model } from "../../model/schema/model.js";

/**
 * The `name` of the element with this id (any kind: service, step, offering, ...), or the id when it has none.
 * @example elementName(model, "mfa-rollout") // "Multi-factor authentication for everyone"
 */
export function elementName(model: Model, id: string): string {
  const entry = elementIndex(model).byId.get(id);
  if (!entry) return id;
  let node: unknown = model;
  for (const key of entry.path) node = (node as Record<PropertyKey, unknown>)[key];
  const name = (node as { name?: unknown }).name;
  return typeof name === "string" ? name : id;
}
