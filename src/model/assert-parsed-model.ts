import { invalidArgument } from "./errors.js";
import type { Model } from "./schema/model.js";

/** The top-level lists of a model. */
export const MODEL_COLLECTIONS = [
  "stakeholders",
  "resources",
  "services",
  "valueStreams",
  "journeys",
  "costs",
  "benefits",
  "risks",
  "investments",
] as const;

/** A top-level list of a model. */
export type ModelCollection = (typeof MODEL_COLLECTIONS)[number];

const checked = new WeakSet<object>();

/**
 * Check that `model` is a model from `parseModel` (or an edit): frozen, with every top-level list and setting. A document
 * as written (defaults not filled, references not normalised) would fail deep inside a calculation with a TypeError;
 * this says what to do instead. Throws `ModelError("invalid-argument")` naming the function. Remembered per object.
 * @example assertParsedModel("totalCostOfOwnership", yaml.parse(text)) // throws: parse it with parseModel first
 */
export function assertParsedModel(fn: string, model: unknown): asserts model is Model {
  if (model !== null && typeof model === "object" && checked.has(model)) return;
  const m = model as Record<string, unknown> | null;
  const parsed =
    m !== null &&
    typeof m === "object" &&
    !Array.isArray(m) &&
    Object.isFrozen(m) &&
    typeof m.name === "string" &&
    typeof m.currency === "string" &&
    typeof m.horizonYears === "number" &&
    typeof m.discountRate === "number" &&
    MODEL_COLLECTIONS.every((key) => Array.isArray(m[key]));
  if (!parsed) invalidArgument(fn, "model must be a model from parseModel (parse the document first)", model);
  checked.add(m);
}
