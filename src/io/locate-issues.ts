import { formatPath, type ModelIssue } from "../model/errors.js";
import { lineColumnOf } from "./line-column.js";
import { parseIssuePath } from "./parse-issue-path.js";
import type { ParsedSource } from "./parsed-source.js";
import { locationOf } from "./source-error.js";

/** Issues about a key itself rather than its value: located at the key. */
const KEY_ISSUES = new Set(["unknown-key", "forbidden-key"]);

/**
 * Give every issue the `location` (file, line, column) of the node its path names in the source text. When the path
 * does not exist there (a missing key, a reference normalised to another form), the nearest existing parent is used.
 * @example locateIssues(error.issues, source, text, "model.yaml")[0].location // { file: "model.yaml", line: 7, column: 5 }
 */
export function locateIssues(issues: readonly ModelIssue[], source: ParsedSource, text: string, file: string | undefined): ModelIssue[] {
  const paths = issues.map((issue) => parseIssuePath(issue.path));
  const wanted = new Set<string>();
  for (const path of paths) for (let k = 0; k <= path.length; k++) wanted.add(formatPath(path.slice(0, k)));
  const find = source.finder(wanted);
  const lineColumn = lineColumnOf(text);
  return issues.map((issue, n) => {
    const path = paths[n]!;
    for (let k = path.length; k >= 0; k--) {
      const node = find(path.slice(0, k));
      if (!node) continue;
      const atKey = k === path.length && KEY_ISSUES.has(issue.code) && node.keyOffset !== undefined;
      return { ...issue, location: locationOf(file, lineColumn(atKey ? node.keyOffset! : node.offset)) };
    }
    return { ...issue, location: locationOf(file, { line: 1, column: 1 }) };
  });
}
