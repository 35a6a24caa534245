import type { Model } from "../../model/schema/model.js";

/** How much a finding matters, most serious first: `error` fails a CI build, `warning` may, `info` is advice. */
export const LINT_SEVERITIES = ["error", "warning", "info"] as const;

/** The severity of a finding. */
export type LintSeverity = (typeof LINT_SEVERITIES)[number];

/** What a rule can be set to: a severity, or `off` (the rule does not run). The model file's `lint:` block uses the same words. */
export type LintLevel = LintSeverity | "off";

/**
 * One problem a health check found: which rule, how serious, where (a path in dot/bracket form, as in `ModelError`
 * issues), and a message that says what to do.
 */
export interface LintFinding {
  rule: string;
  severity: LintSeverity;
  /** Where in the model, e.g. `services[3].dependsOn[0].service`. */
  path: string;
  /** What is wrong and what to do about it. */
  message: string;
  /** The id of the element the finding is about, when it has one. */
  id?: string;
  /** A value that would probably fix it. */
  suggestion?: string;
}

/** What a rule's `check` returns for each problem: a finding without the rule name and severity (`lintModel` adds them). */
export type LintRuleFinding = Omit<LintFinding, "rule" | "severity">;

/** The value of a rule option. */
export type LintOptionValue = number | boolean | string | readonly string[];

/**
 * A rule option (a threshold, a word list): its type, default and allowed range. `lintModel` checks the values given in
 * its options and in the model's `lint:` block against it, so a rule reads only valid values.
 */
export type LintOptionSpec =
  | { type: "number"; default: number; min?: number; max?: number; integer?: boolean; description: string }
  | { type: "boolean"; default: boolean; description: string }
  | { type: "string"; default: string; description: string }
  | { type: "string-list"; default: readonly string[]; description: string };

/** What `check` receives besides the model: the rule's option values (defaults, then the model file, then the call) and its severity. */
export interface LintContext {
  readonly options: Readonly<Record<string, LintOptionValue>>;
  readonly severity: LintSeverity;
}

/**
 * A health check, as data: a kebab-case name, what it checks, its default severity, its options, and the function that
 * finds the problems. The built-in rules are `LINT_RULES`; pass your own in `lintModel(model, { rules: [...] })`.
 * @example
 * const noDescription: LintRule = {
 *   name: "service-without-description",
 *   description: "A service with no description.",
 *   defaultSeverity: "info",
 *   check: (model) => model.services.flatMap((s, i) => (s.description ? [] : [{ path: `services[${i}]`, id: s.id, message: `describe "${s.id}"` }])),
 * };
 */
export interface LintRule {
  /** Kebab-case, unique among the rules that run (`business-service-without-owner`). */
  readonly name: string;
  /** One sentence: what the rule finds. */
  readonly description: string;
  readonly defaultSeverity: LintSeverity;
  /** The options the rule takes, by name (e.g. `{ below: { type: "number", default: 3, ... } }`). */
  readonly options?: Readonly<Record<string, LintOptionSpec>>;
  /** The problems in a model (any iterable: an array, a generator). Must not change the model. */
  readonly check: (model: Model, context: LintContext) => Iterable<LintRuleFinding>;
}
