import { LINT_SEVERITIES } from "../../flow/lint/lint-rule.js";
import { markdown, markdownCode } from "../escape-markdown.js";
import { formatCount } from "../format-values.js";
import { markdownTable } from "../markdown-table.js";
import type { ReportContext } from "../report-context.js";

/** How many findings of each severity: "2 errors, 1 warning, 0 notes". */
export function findingCounts(findings: readonly { severity: (typeof LINT_SEVERITIES)[number] }[]): string {
  return LINT_SEVERITIES.map((s) => formatCount(findings.filter((f) => f.severity === s).length, s === "info" ? "note" : s)).join(", ");
}

/**
 * Health checks: the findings of `lintModel` (with the report's `lint` options), most serious first, each with its
 * rule, where it is in the model, and what to do.
 */
export function lintSection(context: ReportContext): string[] {
  const findings = context.findings();
  const lines = ["## Health checks", ""];
  if (findings.length === 0) return [...lines, "The ITIL health checks find nothing to report.", ""];
  lines.push(`The ITIL health checks find ${findingCounts(findings)}.`, "");
  lines.push(
    ...markdownTable(
      [{ title: "Severity" }, { title: "Rule" }, { title: "Where" }, { title: "Finding" }],
      findings.map((f) => [
        f.severity,
        markdown(markdownCode(f.rule, { cell: true })),
        markdown(f.path === "" ? "the model" : markdownCode(f.path, { cell: true })),
        f.suggestion === undefined || f.message.includes(f.suggestion) ? f.message : `${f.message} (suggestion: ${f.suggestion})`,
      ]),
    ),
    "",
  );
  return lines;
}
