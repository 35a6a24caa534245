import { describeValue, ModelError } from "../../model/errors.js";
import type { Model } from "../../model/schema/model.js";
import { closestMatch } from "../../model/suggest.js";

/**
 * Throw a `ModelError("invalid-argument")` for one option: `path` names it (`budget`, `investments[2]`), the message
 * starts with the function name, and `suggestion` carries a likely fix.
 */
export function invalidOption(fn: string, path: string, what: string, got: unknown, suggestion?: string): never {
  const hint = suggestion === undefined ? "" : ` (did you mean "${suggestion}"?)`;
  // The issue's message leaves the path out (it has a field of its own); the error's message names it.
  const message = `${what}, got ${describeValue(got)}${hint}`;
  throw new ModelError("invalid-argument", `${fn}: ${path === "" ? "" : `${path}: `}${message}`, [
    { path, code: "invalid-argument", message, ...(suggestion === undefined ? {} : { suggestion }) },
  ]);
}

/**
 * Check that `options` is absent or a plain object with only the `allowed` keys; an unknown key (a typo must not be
 * ignored) is an `invalid-argument` naming the key and the closest allowed one.
 */
export function checkOptionKeys(fn: string, options: unknown, allowed: readonly string[]): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    invalidOption(fn, "", "options must be an object", options);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      invalidOption(fn, key, `unknown option (allowed: ${allowed.join(", ")})`, key, closestMatch(key, allowed));
    }
  }
}

/**
 * The investments a portfolio function considers, in model order: all of them, or the ids listed in `ids` (each must
 * name an investment, once). An unknown id is `not-found` with the closest investment id as suggestion.
 */
export function chosenInvestments(fn: string, model: Model, ids: unknown): Model["investments"] {
  if (ids === undefined) return model.investments;
  if (!Array.isArray(ids)) invalidOption(fn, "investments", "must be an array of investment ids", ids);
  const position = new Map(model.investments.map((inv, i) => [inv.id, i]));
  const picked = new Set<number>();
  ids.forEach((id: unknown, k) => {
    const path = `investments[${k}]`;
    if (typeof id !== "string") invalidOption(fn, path, "must be an investment id (a string)", id);
    const i = position.get(id);
    if (i === undefined) {
      const suggestion = closestMatch(id, position.keys());
      const message = `investment "${id}" not found${suggestion === undefined ? "" : ` (did you mean "${suggestion}"?)`}`;
      throw new ModelError("not-found", `${fn}: ${path}: ${message}`, [
        { path, code: "not-found", message, ...(suggestion === undefined ? {} : { suggestion }) },
      ]);
    }
    if (picked.has(i)) invalidOption(fn, path, "lists an investment twice", id);
    picked.add(i);
  });
  return model.investments.filter((_, i) => picked.has(i));
}
