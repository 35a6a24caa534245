import { invalidArgument } from "../model/errors.js";
import { closestMatch } from "../model/suggest.js";

/**
 * Check that `options` is an object with only the `allowed` keys: anything else is a `ModelError("invalid-argument")`
 * naming the unknown key and the closest allowed one (a typo such as `{ iteration: 100 }` must not be ignored).
 */
export function checkOptionKeys(fn: string, options: unknown, allowed: readonly string[]): void {
  if (options === null || typeof options !== "object") invalidArgument(fn, "options must be an object such as { iterations: 10000, seed: 1 }", options);
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      const suggestion = closestMatch(key, allowed);
      invalidArgument(fn, `unknown option "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`, key);
    }
  }
}
