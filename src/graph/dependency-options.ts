import { invalidArgument } from "../model/errors.js";

/** Options of `dependenciesOf` and `dependentsOf`. */
export interface DependencyOptions {
  /** Follow the relation to its closure (no duplicates, cycle-safe); default false: direct neighbours only. */
  transitive?: boolean;
}

/** Read `{ transitive }`, rejecting anything else (a typo in an option must not pass silently). */
export function transitiveOption(fn: string, options: unknown): boolean {
  if (options === undefined) return false;
  if (options === null || typeof options !== "object" || Array.isArray(options)) invalidArgument(fn, "options must be an object such as { transitive: true }", options);
  for (const key of Object.keys(options)) if (key !== "transitive") invalidArgument(fn, `unknown option "${key}" (the only option is transitive)`, options);
  const transitive = (options as DependencyOptions).transitive;
  if (transitive !== undefined && typeof transitive !== "boolean") invalidArgument(fn, "options.transitive must be true or false", transitive);
  return transitive === true;
}
