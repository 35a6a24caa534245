import { levelSuggestion } from "../../flow/lint/check-lint-rule.js";
import type { LintLevel } from "../../flow/lint/lint-rule.js";
import { LINT_RULES } from "../../flow/lint/lint-rules.js";
import { LINT_LEVELS } from "../../model/schema/model.js";
import { closestMatch } from "../../model/suggest.js";
import type { CommandInput } from "../command.js";
import { UsageError } from "../usage-error.js";

/** The flags of `servicevalue lint`, checked. */
export interface LintFlags {
  json: boolean;
  /** Exit 1 when there are more warnings than this; `undefined`: no limit. */
  maxWarnings: number | undefined;
  /** Levels set with --rule, by rule name. */
  severity: Record<string, LintLevel>;
}

/**
 * Check the flags of `servicevalue lint`: `--max-warnings` a whole number of 0 or more, `--rule` one or more
 * `name=level` (comma-separated) naming built-in rules and levels. A mistake is a {@link UsageError} with a suggestion.
 * @example parseLintFlags({ positionals: ["m.yaml"], values: { rule: "unallocated-cost=off,low-satisfaction=error" } }).severity
 * // { "unallocated-cost": "off", "low-satisfaction": "error" }
 */
export function parseLintFlags({ values, lists }: Pick<CommandInput, "values"> & Partial<Pick<CommandInput, "lists">>): LintFlags {
  const where = { command: "lint" };
  let maxWarnings: number | undefined;
  const max = values["max-warnings"];
  if (typeof max === "string") {
    if (!/^\d{1,9}$/.test(max.trim())) throw new UsageError(`--max-warnings needs a whole number of 0 or more, got ${JSON.stringify(max)}`, where);
    maxWarnings = Number(max.trim());
  }
  const severity: Record<string, LintLevel> = {};
  const rules = lists?.rule ?? (typeof values.rule === "string" ? [values.rule] : []);
  if (rules.length > 0) {
    const names = LINT_RULES.map((r) => r.name);
    for (const part of rules.flatMap((r) => r.split(","))) {
      const setting = part.trim();
      const eq = setting.indexOf("=");
      if (eq <= 0) throw new UsageError(`--rule needs name=level (levels: ${LINT_LEVELS.join(", ")}), got ${JSON.stringify(setting)}`, where);
      const name = setting.slice(0, eq).trim();
      const level = setting.slice(eq + 1).trim().toLowerCase();
      if (!names.includes(name)) {
        const near = closestMatch(name, names);
        throw new UsageError(
          `--rule: unknown rule ${JSON.stringify(name)}${near ? ` (did you mean "${near}"?)` : `; the rules are ${names.join(", ")}`}`,
          near ? { ...where, suggestion: near } : where,
        );
      }
      if (!(LINT_LEVELS as readonly string[]).includes(level)) {
        const near = levelSuggestion(level, LINT_LEVELS);
        throw new UsageError(
          `--rule ${name}: unknown level ${JSON.stringify(level)}${near ? ` (did you mean "${near}"?)` : ""}; the levels are ${LINT_LEVELS.join(", ")}`,
          near ? { ...where, suggestion: near } : where,
        );
      }
      if (Object.hasOwn(severity, name)) throw new UsageError(`--rule sets ${name} twice`, where);
      severity[name] = level as LintLevel;
    }
  }
  return { json: values.json === true, maxWarnings, severity };
}
