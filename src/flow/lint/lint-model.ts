import { ModelError, describeValue } from "../../model/errors.js";
import { ModelSchema, type Model } from "../../model/schema/model.js";
import type { LintOptions } from "./lint-options.js";
import { lintPlan } from "./lint-plan.js";
import type { LintFinding, LintRule, LintRuleFinding, LintSeverity } from "./lint-rule.js";
import { LINT_RULES } from "./lint-rules.js";

const RANK: Readonly<Record<LintSeverity, number>> = { error: 0, warning: 1, info: 2 };
/** The top-level keys of a model in document order (stakeholders before resources before services ...), for sorting. */
const SECTION = new Map(Object.keys(ModelSchema.shape).map((key, i) => [key, String(i).padStart(3, "0")]));

/**
 * Run the ITIL health checks on a model: the built-in `LINT_RULES` and any `options.rules`, each at the level set by
 * (in increasing priority) its default, the model's `lint:` block and `options.severity`; rules set to `off` do not run.
 * Findings come sorted by severity (error, warning, info), then by path in document order (stakeholders before
 * services, `services[2]` before `services[10]`), then by rule.
 * Throws `ModelError("invalid-argument")` for bad options (an unknown rule name, level or rule option, with a
 * suggestion) and `ModelError("invalid-model")` for the same in the model's `lint:` block (paths `lint.rules["x"]`).
 * @example
 * lintModel(model, { severity: { "stakeholder-without-relationship": "off" } })
 * // [{ rule: "depends-on-inactive-service", severity: "error", path: "services[4].dependsOn[0].service",
 * //    message: 'live service "crm" depends on "old-db", which is retired: ...', id: "crm" }, ...]
 */
export function lintModel(model: Model, options?: LintOptions): LintFinding[] {
  const fn = "lintModel";
  const plan = lintPlan(model, options, fn);
  const findings: LintFinding[] = [];
  for (const { rule, level, options: values } of plan) {
    if (level === "off") continue;
    const context = Object.freeze({ options: Object.freeze(values), severity: level });
    const builtIn = LINT_RULES.includes(rule);
    for (const f of runRule(fn, rule, builtIn, model, context)) {
      checkFinding(fn, rule, f);
      const finding: LintFinding = { rule: rule.name, severity: level, path: f.path, message: f.message };
      if (f.id !== undefined) finding.id = f.id;
      if (f.suggestion !== undefined) finding.suggestion = f.suggestion;
      findings.push(finding);
    }
  }
  return sortFindings(findings);
}

function runRule(fn: string, rule: LintRule, builtIn: boolean, model: Model, context: Parameters<LintRule["check"]>[1]): LintRuleFinding[] {
  let result: unknown;
  try {
    result = rule.check(model, context);
    // NOTE: a generator runs only when iterated; collect it here so that its failures are caught like the others.
    if (!Array.isArray(result) && isIterable(result)) result = Array.from(result);
  } catch (error) {
    // A caller's rule failing is the caller's bug: its own error, with its own stack, is the most useful.
    if (!builtIn || error instanceof ModelError) throw error;
    // NOTE: a built-in rule fails only on a model that did not come from parseModel (a list that is not a list, ...).
    const reason = error instanceof Error ? error.message : describeValue(error);
    const message = `the model is malformed (rule "${rule.name}" failed: ${reason}); parse it with parseModel first`;
    throw new ModelError("invalid-argument", `${fn}: ${message}`, [{ path: "", code: "invalid-argument", message }]);
  }
  if (!Array.isArray(result)) {
    const message = `rule "${rule.name}" must return a list of findings, got ${describeValue(result)}`;
    throw new ModelError("invalid-argument", `${fn}: ${message}`, [{ path: "", code: "invalid-rule", message }]);
  }
  return result as LintRuleFinding[];
}

const isIterable = (x: unknown): x is Iterable<unknown> =>
  x !== null && typeof x === "object" && typeof (x as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function";

function checkFinding(fn: string, rule: LintRule, f: unknown): asserts f is LintRuleFinding {
  const x = f as Partial<Record<keyof LintRuleFinding, unknown>> | null;
  let problem: string | undefined;
  if (x === null || typeof x !== "object") problem = `a finding must be an object { path, message }, got ${describeValue(f)}`;
  else if (typeof x.path !== "string") problem = `a finding needs a path (a string such as "services[0]"), got ${describeValue(x.path)}`;
  else if (typeof x.message !== "string" || x.message === "") problem = `a finding needs a message saying what to do, got ${describeValue(x.message)}`;
  else if (x.id !== undefined && typeof x.id !== "string") problem = `a finding's id must be a string, got ${describeValue(x.id)}`;
  else if (x.suggestion !== undefined && typeof x.suggestion !== "string") problem = `a finding's suggestion must be a string, got ${describeValue(x.suggestion)}`;
  if (problem === undefined) return;
  const message = `rule "${rule.name}" returned a bad finding: ${problem}`;
  throw new ModelError("invalid-argument", `${fn}: ${message}`, [{ path: "", code: "invalid-rule", message }]);
}

/**
 * Sort by severity, then path in document order (the model's sections in the order of the format, then indexes as
 * numbers: `services[2]` before `services[10]`), then rule, then message.
 */
function sortFindings(findings: LintFinding[]): LintFinding[] {
  const keyed = findings.map((f) => {
    const section = /^[A-Za-z_$][\w$]*/.exec(f.path)?.[0] ?? "";
    const key = `${SECTION.get(section) ?? "999"}${f.path.replace(/\d+/g, (d) => d.padStart(12, "0"))}`;
    return { f, key };
  });
  keyed.sort((a, b) => {
    const bySeverity = RANK[a.f.severity] - RANK[b.f.severity];
    if (bySeverity !== 0) return bySeverity;
    if (a.key !== b.key) return a.key < b.key ? -1 : 1;
    if (a.f.rule !== b.f.rule) return a.f.rule < b.f.rule ? -1 : 1;
    return a.f.message < b.f.message ? -1 : a.f.message > b.f.message ? 1 : 0;
  });
  return keyed.map((k) => k.f);
}
