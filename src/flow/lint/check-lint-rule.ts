import { describeValue, formatPath, type ModelIssue } from "../../model/errors.js";
import { ID_PATTERN, MAX_ID_LENGTH } from "../../model/primitives.js";
import { closestMatch } from "../../model/suggest.js";
import { LINT_SEVERITIES, type LintOptionSpec } from "./lint-rule.js";

const OPTION_TYPES = ["number", "boolean", "string", "string-list"] as const;

/**
 * The problems of a rule object passed to `lintModel` (`{ name, description, defaultSeverity, options?, check }`), each
 * at a path under `at` (`["rules", 2]`): a name that is not kebab-case, an unknown severity, a missing `check`, an
 * option spec whose default does not fit it.
 */
export function checkLintRule(rule: unknown, at: readonly (string | number)[]): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const problem = (path: readonly (string | number)[], message: string, suggestion?: string) =>
    issues.push({ path: formatPath([...at, ...path]), code: "invalid-rule", message, ...(suggestion ? { suggestion } : {}) });
  if (rule === null || typeof rule !== "object" || Array.isArray(rule)) {
    problem([], `a rule must be an object { name, description, defaultSeverity, check }, got ${describeValue(rule)}`);
    return issues;
  }
  const r = rule as Record<string, unknown>;
  if (typeof r.name !== "string" || !ID_PATTERN.test(r.name) || r.name.length > MAX_ID_LENGTH) {
    problem(["name"], `a rule's name must be kebab-case (lowercase letters, digits, hyphens, at most ${MAX_ID_LENGTH}), got ${describeValue(r.name)}`);
  }
  if (typeof r.description !== "string") problem(["description"], `a rule's description must be a sentence saying what it finds, got ${describeValue(r.description)}`);
  if (!(LINT_SEVERITIES as readonly unknown[]).includes(r.defaultSeverity)) {
    const suggestion = typeof r.defaultSeverity === "string" ? levelSuggestion(r.defaultSeverity, LINT_SEVERITIES) : undefined;
    problem(["defaultSeverity"], `defaultSeverity must be ${LINT_SEVERITIES.join(", ")}, got ${describeValue(r.defaultSeverity)}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`, suggestion);
  }
  if (typeof r.check !== "function") problem(["check"], `check must be a function (model, context) => findings, got ${describeValue(r.check)}`);
  if (r.options !== undefined) {
    if (r.options === null || typeof r.options !== "object" || Array.isArray(r.options)) {
      problem(["options"], `options must be an object of option specs by name, got ${describeValue(r.options)}`);
    } else {
      for (const [key, spec] of Object.entries(r.options)) {
        const s = spec as Record<string, unknown> | null;
        if (s === null || typeof s !== "object" || !(OPTION_TYPES as readonly unknown[]).includes(s.type)) {
          problem(["options", key], `an option spec needs a type (${OPTION_TYPES.join(", ")}), got ${describeValue(s?.type ?? spec)}`);
          continue;
        }
        if (typeof s.description !== "string") problem(["options", key, "description"], `an option spec needs a description, got ${describeValue(s.description)}`);
        for (const bound of ["min", "max"] as const) {
          if (s[bound] !== undefined && !Number.isFinite(s[bound])) problem(["options", key, bound], `${bound} must be a finite number, got ${describeValue(s[bound])}`);
        }
        const wrong = optionValueProblem(s as LintOptionSpec, s.default);
        if (wrong) problem(["options", key, "default"], `the default ${wrong}`);
      }
    }
  }
  return issues;
}

/**
 * Why `value` does not fit an option spec (`"must be a number from 1 to 5, got 7"`), or `undefined` when it fits.
 * @example optionValueProblem({ type: "number", default: 3, min: 1, max: 5, description: "" }, 7) // "must be a number from 1 to 5, got 7"
 */
export function optionValueProblem(spec: LintOptionSpec, value: unknown): string | undefined {
  switch (spec.type) {
    case "number": {
      const range =
        spec.min !== undefined && spec.max !== undefined
          ? ` from ${spec.min} to ${spec.max}`
          : spec.min !== undefined
            ? ` of at least ${spec.min}`
            : spec.max !== undefined
              ? ` of at most ${spec.max}`
              : "";
      const what = `must be ${spec.integer ? "a whole number" : "a number"}${range}`;
      if (typeof value !== "number" || !Number.isFinite(value)) return `${what}, got ${describeValue(value)}`;
      if (spec.integer && !Number.isInteger(value)) return `${what}, got ${value}`;
      if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) return `${what}, got ${value}`;
      return undefined;
    }
    case "boolean":
      return typeof value === "boolean" ? undefined : `must be true or false, got ${describeValue(value)}`;
    case "string":
      return typeof value === "string" ? undefined : `must be a string, got ${describeValue(value)}`;
    case "string-list":
      return Array.isArray(value) && value.every((v) => typeof v === "string") ? undefined : `must be a list of strings, got ${describeValue(value)}`;
  }
}

/** The level a misspelt one probably meant: `warn` -> `warning`, `eror` -> `error`. */
export function levelSuggestion(written: string, levels: readonly string[]): string | undefined {
  const w = written.trim().toLowerCase();
  return (w.length > 0 ? levels.find((l) => l.startsWith(w)) : undefined) ?? closestMatch(w, levels);
}
