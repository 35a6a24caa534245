import { ModelError, describeValue, formatPath, type ModelIssue } from "../../model/errors.js";
import { MODEL_COLLECTIONS } from "../../model/assert-parsed-model.js";
import { argumentError, checkOptions } from "../../model/edits/run-edit.js";
import { LINT_LEVELS, type Model } from "../../model/schema/model.js";
import { closestMatch } from "../../model/suggest.js";
import { checkLintRule, levelSuggestion, optionValueProblem } from "./check-lint-rule.js";
import { LINT_OPTION_KEYS, type LintOptions } from "./lint-options.js";
import type { LintLevel, LintOptionValue, LintRule } from "./lint-rule.js";
import { LINT_RULES } from "./lint-rules.js";

/** One rule as it will run: its level (`off`: it does not) and its option values, defaults filled. */
export interface LintPlanEntry {
  rule: LintRule;
  level: LintLevel;
  options: Record<string, LintOptionValue>;
}

type Path = readonly (string | number)[];

/**
 * The rules `lintModel` runs and how: the built-in rules (unless `builtIns: false`) and the caller's, each with its level
 * and options from its defaults, then the model's `lint:` block, then `options`. A bad option (an unknown rule, level or
 * rule option, a malformed rule) is a `ModelError("invalid-argument")`; the same in the model's `lint:` block is a
 * `ModelError("invalid-model")` with paths such as `lint.rules["low-satisfactoin"]`; both list every problem with a
 * "did you mean" suggestion where one exists.
 * @example lintPlan(model, { severity: { "unallocated-cost": "off" } }).find((e) => e.rule.name === "unallocated-cost")?.level // "off"
 */
export function lintPlan(model: Model, options: LintOptions = {}, fn = "lintModel"): LintPlanEntry[] {
  // NOTE: a shape check, not assertParsedModel: lintModel reports a bad `lint:` block of an edited copy at its path.
  const m = model as Record<string, unknown> | null;
  if (m === null || typeof m !== "object" || Array.isArray(m) || !MODEL_COLLECTIONS.every((k) => Array.isArray(m[k])) || typeof m.horizonYears !== "number") {
    throw argumentError(fn, "", "invalid-argument", `expected a model from parseModel, got ${describeValue(model)}`);
  }
  checkOptions(fn, options, LINT_OPTION_KEYS);
  const issues: ModelIssue[] = [];
  const rules = collectRules(options, issues);
  const byName = new Map(rules.map((r) => [r.name, r]));
  const fromCall = readSettings(byName, options.severity, options.ruleOptions, issues);
  fail(fn, "invalid-argument", "the options", issues);

  const lint = (model as { lint?: { rules?: unknown } }).lint;
  const fileRules = lint?.rules ?? {};
  if (fileRules === null || typeof fileRules !== "object" || Array.isArray(fileRules)) {
    fail(fn, "invalid-argument", "the model", [{ path: "lint.rules", code: "invalid-argument", message: `must be an object of rule settings, got ${describeValue(fileRules)} (parse the model with parseModel first)` }]);
  }
  const fromFile = readFileSettings(byName, fileRules as Record<string, unknown>, issues);
  fail(fn, "invalid-model", "the model's lint settings", issues);

  return rules.map((rule) => {
    const defaults: Record<string, LintOptionValue> = {};
    for (const [key, spec] of Object.entries(rule.options ?? {})) defaults[key] = spec.default;
    return {
      rule,
      level: fromCall.levels.get(rule.name) ?? fromFile.levels.get(rule.name) ?? rule.defaultSeverity,
      options: { ...defaults, ...fromFile.options.get(rule.name), ...fromCall.options.get(rule.name) },
    };
  });
}

function fail(fn: string, code: "invalid-argument" | "invalid-model", where: string, issues: ModelIssue[]): void {
  if (issues.length === 0) return;
  const headline = issues.length === 1 ? `${issues[0]!.path}: ${issues[0]!.message}` : `${issues.length} problems in ${where}`;
  throw new ModelError(code, `${fn}: ${headline}`, issues.splice(0));
}

function collectRules(options: LintOptions, issues: ModelIssue[]): LintRule[] {
  if (options.builtIns !== undefined && typeof options.builtIns !== "boolean") {
    issues.push({ path: "builtIns", code: "invalid-argument", message: `builtIns must be true or false, got ${describeValue(options.builtIns)}` });
  }
  const rules: LintRule[] = options.builtIns === false ? [] : [...LINT_RULES];
  const builtInNames = new Set(rules.map((r) => r.name));
  if (options.rules === undefined) return rules;
  if (!Array.isArray(options.rules)) {
    issues.push({ path: "rules", code: "invalid-argument", message: `rules must be a list of rule objects, got ${describeValue(options.rules)}` });
    return rules;
  }
  const taken = new Set(builtInNames);
  options.rules.forEach((rule: unknown, k) => {
    const problems = checkLintRule(rule, ["rules", k]);
    issues.push(...problems);
    if (problems.length > 0) return;
    const r = rule as LintRule;
    if (taken.has(r.name)) {
      const whose = builtInNames.has(r.name) ? "a built-in rule" : "another rule in rules";
      issues.push({
        path: formatPath(["rules", k, "name"]),
        code: "duplicate-rule",
        message: `rule name "${r.name}" is already taken by ${whose}: give yours another name (a built-in rule can be switched off with severity: { "${r.name}": "off" })`,
      });
      return;
    }
    taken.add(r.name);
    rules.push(r);
  });
  return rules;
}

interface Settings {
  levels: Map<string, LintLevel>;
  options: Map<string, Record<string, LintOptionValue>>;
}

/** The levels and rule options given to `lintModel` (paths `severity["x"]`, `ruleOptions["x"].below`). */
function readSettings(byName: ReadonlyMap<string, LintRule>, severity: unknown, ruleOptions: unknown, issues: ModelIssue[]): Settings {
  const out: Settings = { levels: new Map(), options: new Map() };
  for (const [key, value] of entriesOf(severity, ["severity"], "an object of levels by rule name", issues)) {
    const rule = knownRule(byName, key, ["severity", key], issues);
    const level = checkLevel(value, ["severity", key], issues);
    if (rule && level) out.levels.set(key, level);
  }
  for (const [key, value] of entriesOf(ruleOptions, ["ruleOptions"], "an object of option values by rule name", issues)) {
    const rule = knownRule(byName, key, ["ruleOptions", key], issues);
    const values = rule ? checkRuleOptions(rule, value, ["ruleOptions", key], issues) : undefined;
    if (values) out.options.set(key, values);
  }
  return out;
}

/** The model's `lint.rules`: `{ <rule>: level }` or `{ <rule>: { level?, options? } }` (paths `lint.rules["x"]`). */
function readFileSettings(byName: ReadonlyMap<string, LintRule>, rules: Record<string, unknown>, issues: ModelIssue[]): Settings {
  const out: Settings = { levels: new Map(), options: new Map() };
  for (const [key, setting] of Object.entries(rules)) {
    const at = ["lint", "rules", key];
    const rule = knownRule(byName, key, at, issues);
    if (!rule) continue;
    if (typeof setting === "string") {
      const level = checkLevel(setting, at, issues);
      if (level) out.levels.set(key, level);
      continue;
    }
    if (setting === null || typeof setting !== "object" || Array.isArray(setting)) {
      issues.push({ path: formatPath(at), code: "invalid-level", message: `must be a level (${LINT_LEVELS.join(", ")}) or { level, options }, got ${describeValue(setting)}` });
      continue;
    }
    const s = setting as { level?: unknown; options?: unknown };
    if (s.level !== undefined) {
      const level = checkLevel(s.level, [...at, "level"], issues);
      if (level) out.levels.set(key, level);
    }
    if (s.options !== undefined) {
      const values = checkRuleOptions(rule, s.options, [...at, "options"], issues);
      if (values) out.options.set(key, values);
    }
  }
  return out;
}

function entriesOf(value: unknown, at: Path, what: string, issues: ModelIssue[]): [string, unknown][] {
  if (value === undefined) return [];
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    issues.push({ path: formatPath(at), code: "invalid-argument", message: `must be ${what}, got ${describeValue(value)}` });
    return [];
  }
  return Object.entries(value);
}

function knownRule(byName: ReadonlyMap<string, LintRule>, name: string, at: Path, issues: ModelIssue[]): LintRule | undefined {
  const rule = byName.get(name);
  if (rule) return rule;
  const suggestion = closestMatch(name, byName.keys());
  issues.push({
    path: formatPath(at),
    code: "unknown-rule",
    message: `unknown lint rule ${describeValue(name)}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; the rules are listed in docs/lint.md`,
    ...(suggestion ? { suggestion } : {}),
  });
  return undefined;
}

function checkLevel(value: unknown, at: Path, issues: ModelIssue[]): LintLevel | undefined {
  if ((LINT_LEVELS as readonly unknown[]).includes(value)) return value as LintLevel;
  const suggestion = typeof value === "string" ? levelSuggestion(value, LINT_LEVELS) : undefined;
  issues.push({
    path: formatPath(at),
    code: "invalid-level",
    message: `a rule's level must be ${LINT_LEVELS.join(", ")}, got ${describeValue(value)}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`,
    ...(suggestion ? { suggestion } : {}),
  });
  return undefined;
}

function checkRuleOptions(rule: LintRule, value: unknown, at: Path, issues: ModelIssue[]): Record<string, LintOptionValue> | undefined {
  const specs = rule.options ?? {};
  const names = Object.keys(specs);
  const entries = entriesOf(value, at, `an object of option values (${names.join(", ") || "none"})`, issues);
  const out: Record<string, LintOptionValue> = {};
  let ok = true;
  for (const [key, v] of entries) {
    const spec = Object.hasOwn(specs, key) ? specs[key] : undefined;
    if (!spec) {
      const suggestion = closestMatch(key, names);
      const known = names.length > 0 ? `its options are ${names.join(", ")}` : "it takes no options";
      issues.push({
        path: formatPath([...at, key]),
        code: "unknown-option",
        message: `rule "${rule.name}" has no option ${describeValue(key)}${suggestion ? ` (did you mean "${suggestion}"?)` : `; ${known}`}`,
        ...(suggestion ? { suggestion } : {}),
      });
      ok = false;
      continue;
    }
    const problem = optionValueProblem(spec, v);
    if (problem) {
      issues.push({ path: formatPath([...at, key]), code: "invalid-option", message: `option ${key} of rule "${rule.name}" ${problem}` });
      ok = false;
      continue;
    }
    out[key] = v as LintOptionValue;
  }
  return ok ? out : undefined;
}
