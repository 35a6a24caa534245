import { ModelError, describeValue } from "../model/errors.js";

/**
 * Throw a `ModelError("invalid-argument")` about one option of a report: its issue path is the option's path
 * (`options.sections[1]`), its message `<fn>: <path> <what>, got <value>`, with the suggestion when there is one.
 * @example invalidOption("toMarkdownReport", "options.top", "must be a whole number >= 1", 0) // throws
 */
export function invalidOption(fn: string, path: string, what: string, got: unknown, suggestion?: string): never {
  const hint = suggestion === undefined ? "" : ` (did you mean "${suggestion}"?)`;
  const message = `${path} ${what}, got ${describeValue(got)}${hint}`;
  throw new ModelError("invalid-argument", `${fn}: ${message}`, [{ path, code: "invalid-argument", message, ...(suggestion === undefined ? {} : { suggestion }) }]);
}
