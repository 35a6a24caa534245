import type { LintLevel, LintOptionValue, LintRule } from "./lint-rule.js";

/**
 * Options of `lintModel`. Settings apply in this order, each over the one before: the rule's defaults, the model's
 * `lint:` block, these options.
 * @example
 * lintModel(model, {
 *   severity: { "business-service-without-owner": "error", "step-without-practice": "off" },
 *   ruleOptions: { "unmitigated-risk": { threshold: 50_000 } },
 *   rules: [myRule],
 * });
 */
export interface LintOptions {
  /** Your own rules, run besides the built-in `LINT_RULES` (or instead of them, with `builtIns: false`). */
  rules?: readonly LintRule[];
  /** `false` runs only `rules`, none of `LINT_RULES` (default `true`). */
  builtIns?: boolean;
  /** A level per rule name: `error`, `warning`, `info`, or `off` to skip the rule. */
  severity?: Readonly<Record<string, LintLevel>>;
  /** Option values per rule name (e.g. `{ "low-satisfaction": { below: 3.5 } }`), over the defaults and the model file's. */
  ruleOptions?: Readonly<Record<string, Readonly<Record<string, LintOptionValue>>>>;
}

/** The keys `LintOptions` has (a typo such as `{ severty: ... }` is an error, not silently ignored). */
export const LINT_OPTION_KEYS = ["rules", "builtIns", "severity", "ruleOptions"] as const;
