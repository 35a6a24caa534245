import type { LintFinding } from "../../flow/lint/lint-rule.js";
import { locateIssues } from "../../io/locate-issues.js";
import type { ModelSource } from "../../io/parse-model-text.js";

/** A finding with the line and column (1-based) of the node its path names in the model file. */
export type LocatedFinding = LintFinding & { location?: { line: number; column: number } };

/**
 * Give each finding the line and column of its path in the model file (the nearest existing parent when the path names
 * a missing key, such as a service's absent `owner`), from the source `readModelFile` parsed; when a path cannot be
 * located, the finding comes back without a location.
 * @example locateFindings("examples/hospital.yaml", await readModelFile("examples/hospital.yaml"), findings)[0].location // { line: 203, column: 5 }
 */
export function locateFindings(file: string, read: Pick<ModelSource, "source" | "body">, findings: readonly LintFinding[]): LocatedFinding[] {
  if (findings.length === 0) return [];
  const { source, body } = read;
  try {
    const issues = locateIssues(
      findings.map((f) => ({ path: f.path, code: f.rule, message: f.message })),
      source,
      body,
      file,
    );
    return findings.map((f, i) => {
      const at = issues[i]!.location;
      return at ? { ...f, location: { line: at.line, column: at.column } } : { ...f };
    });
  } catch {
    return findings.map((f) => ({ ...f }));
  }
}
