import { LINT_SEVERITIES, type LintSeverity } from "../../flow/lint/lint-rule.js";
import type { Style } from "../style.js";
import type { LocatedFinding } from "./locate-findings.js";

/** How many findings of each severity. */
export type LintCounts = Record<LintSeverity, number>;

/** What `servicevalue lint` decided: the counts, and whether the model passes (no error, warnings within the limit). */
export interface LintVerdict {
  counts: LintCounts;
  passed: boolean;
  /** More warnings than `--max-warnings` allows. */
  tooManyWarnings: boolean;
}

/**
 * Count the findings and decide: a model fails with any error, or with more warnings than `maxWarnings`.
 * @example lintVerdict(findings, 0) // { counts: { error: 0, warning: 2, info: 1 }, passed: false, tooManyWarnings: true }
 */
export function lintVerdict(findings: readonly { severity: LintSeverity }[], maxWarnings: number | undefined): LintVerdict {
  const counts: LintCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const tooManyWarnings = maxWarnings !== undefined && counts.warning > maxWarnings;
  return { counts, passed: counts.error === 0 && !tooManyWarnings, tooManyWarnings };
}

const HEADINGS: Record<LintSeverity, string> = { error: "errors", warning: "warnings", info: "info" };
const plural = (n: number, word: string) => `${n} ${word}${n === 1 || word === "info" ? "" : "s"}`;

/**
 * The findings as a table for a terminal, grouped by severity (errors first): one row per finding with its
 * `line:column`, path and rule, its message on the line below, then a summary line.
 * @example formatLintReport("m.yaml", findings, lintVerdict(findings, undefined), undefined, createStyle(false))
 */
export function formatLintReport(file: string, findings: readonly LocatedFinding[], verdict: LintVerdict, maxWarnings: number | undefined, style: Style): string[] {
  const colour: Record<LintSeverity, (text: string) => string> = { error: style.red, warning: style.yellow, info: style.dim };
  const at = (f: LocatedFinding) => (f.location ? `${f.location.line}:${f.location.column}` : "-");
  const atWidth = Math.max(0, ...findings.map((f) => at(f).length));
  const pathWidth = Math.max(0, ...findings.map((f) => f.path.length));
  const lines = [style.bold(file)];
  for (const severity of LINT_SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push("", colour[severity](`${HEADINGS[severity]} (${group.length})`));
    for (const f of group) {
      lines.push(`  ${at(f).padEnd(atWidth)}  ${f.path.padEnd(pathWidth)}  ${style.dim(f.rule)}`);
      lines.push(`  ${" ".repeat(atWidth)}  ${f.message}`);
    }
  }
  const { counts } = verdict;
  const total = counts.error + counts.warning + counts.info;
  lines.push("");
  if (total === 0) lines.push(style.green("no problems found"));
  else {
    const text = `${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "info")})`;
    lines.push(counts.error > 0 ? style.red(text) : counts.warning > 0 ? style.yellow(text) : text);
  }
  if (verdict.tooManyWarnings) lines.push(style.red(`too many warnings: ${counts.warning}, more than --max-warnings ${maxWarnings}`));
  return lines;
}
