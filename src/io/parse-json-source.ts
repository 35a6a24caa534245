import { formatPath } from "../model/errors.js";
import { lineColumnOf } from "./line-column.js";
import type { ParsedSource } from "./parsed-source.js";
import { scanJson } from "./scan-json.js";
import { locationOf, sourceError } from "./source-error.js";

/**
 * Read JSON text into plain data (`JSON.parse`, which keeps a `"__proto__"` key as an own property), rejecting
 * duplicate keys. A syntax error is a `ModelError("syntax-error")` with the line and column.
 */
export function parseJsonSource(text: string, caller: string, file: string | undefined): ParsedSource {
  if (text.trim() === "") return { value: undefined, empty: true, finder: () => () => ({ offset: 0 }) };
  let value: unknown;
  let parseError: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    parseError = e;
  }
  // The scan finds duplicate keys (JSON.parse keeps the last one silently) and, after a failed parse, where it failed.
  const scan = scanJson(text, undefined, parseError === undefined);
  const problem =
    scan.error ??
    (parseError === undefined
      ? undefined
      : { offset: positionIn(parseError) ?? 0, code: "syntax-error" as const, message: String((parseError as Error).message ?? parseError), path: [] });
  if (problem) {
    const at = lineColumnOf(text)(problem.offset);
    throw sourceError("syntax-error", caller, file, problem.code === "duplicate-key" ? "has a duplicate key" : "is not valid JSON", [
      { path: formatPath(problem.path), code: problem.code, message: problem.message, location: locationOf(file, at) },
    ]);
  }
  return {
    value,
    empty: false,
    finder: (wanted) => {
      const nodes = scanJson(text, wanted, true).nodes;
      return (path) => nodes.get(formatPath(path));
    },
  };
}

function positionIn(error: unknown): number | undefined {
  const m = /position (\d+)/.exec(String((error as Error)?.message));
  return m ? Number(m[1]) : undefined;
}
