import { elementIndex, kindName, type ElementKind } from "../element-index.js";
import { describeValue, ModelError, notFound } from "../errors.js";
import type { Model } from "../schema/model.js";
import { closestMatch } from "../suggest.js";

/** An element found by {@link findElement}: its kind, its path, and its id (a cost or benefit may have none). */
export interface FoundElement {
  kind: ElementKind;
  path: readonly (string | number)[];
  id?: string;
  /** `"mail"` or `costs[4]`: how messages name it. */
  label: string;
}

const ENTRY_PATH = /^(costs|benefits)\[(\d+)\]$/;

/**
 * Find an element by id, or a cost or benefit entry by its path (`costs[4]`, for entries without an id). Throws
 * `not-found` with the closest id as a suggestion, or `invalid-argument` when the element is not of one of `kinds`.
 */
export function findElement(fn: string, model: Model, ref: unknown, kinds?: readonly ElementKind[]): FoundElement {
  if (typeof ref !== "string" || ref === "") {
    throw new ModelError("invalid-argument", `${fn}: expected an element id, got ${describeValue(ref)}`, [
      { path: "", code: "invalid-argument", message: `expected an element id, got ${describeValue(ref)}` },
    ]);
  }
  const wanted = kinds ? kinds.map(kindName).join(" or ") : "element";
  const m = ENTRY_PATH.exec(ref);
  if (m) {
    const key = m[1] as "costs" | "benefits";
    const i = Number(m[2]);
    const entry = model[key][i];
    const kind: ElementKind = key === "costs" ? "cost" : "benefit";
    if (!entry) notFound(fn, kindName(kind), ref, model[key].length > 0 ? `${key}[${model[key].length - 1}]` : undefined);
    checkKind(fn, ref, kind, kinds, wanted);
    return { kind, path: [key, i], ...(entry.id !== undefined ? { id: entry.id } : {}), label: ref };
  }
  const entry = elementIndex(model).byId.get(ref);
  if (!entry) {
    const candidates: string[] = [];
    for (const e of elementIndex(model).byId.values()) if (!kinds || kinds.includes(e.kind)) candidates.push(e.id);
    notFound(fn, wanted, ref, closestMatch(ref, candidates));
  }
  checkKind(fn, ref, entry.kind, kinds, wanted);
  return { kind: entry.kind, path: entry.path, id: entry.id, label: `"${ref}"` };
}

function checkKind(fn: string, ref: string, kind: ElementKind, kinds: readonly ElementKind[] | undefined, wanted: string): void {
  if (!kinds || kinds.includes(kind)) return;
  const message = `"${ref}" is a ${kindName(kind)}, not a ${wanted}`;
  throw new ModelError("invalid-argument", `${fn}: ${message}`, [{ path: "", code: "wrong-kind", message }]);
}
