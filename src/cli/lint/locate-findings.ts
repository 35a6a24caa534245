import { readFile } from "node:fs/promises";
import type { LintFinding } from "../../flow/lint/lint-rule.js";
import { decodeText } from "../../io/decode-text.js";
import { locateIssues } from "../../io/locate-issues.js";
import { modelFormatOf } from "../../io/model-format-of.js";
import { parseJsonSource } from "../../io/parse-json-source.js";
import { parseYamlSource } from "../../io/parse-yaml-source.js";

/** A finding with the line and column (1-based) of the node its path names in the model file. */
export type LocatedFinding = LintFinding & { location?: { line: number; column: number } };

/**
 * Give each finding the line and column of its path in the model file (the nearest existing parent when the path names
 * a missing key, such as a service's absent `owner`). The file was read and validated before, so this reads it again
 * only for positions; when that fails (the file changed in between), the findings come back without locations.
 * @example (await locateFindings("examples/hospital.yaml", findings))[0].location // { line: 203, column: 5 }
 */
export async function locateFindings(file: string, findings: readonly LintFinding[]): Promise<LocatedFinding[]> {
  if (findings.length === 0) return [];
  try {
    const caller = "servicevalue lint";
    const text = decodeText(await readFile(file), caller, file);
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const source = modelFormatOf(file, caller) === "yaml" ? parseYamlSource(body, caller, file) : parseJsonSource(body, caller, file);
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
