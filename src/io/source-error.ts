import { ModelError, type ModelErrorCode, type ModelIssue } from "../model/errors.js";

/** How a source is named in messages: its file name in quotes, or "the text". */
export function sourceName(file: string | undefined): string {
  return file === undefined ? "the text" : JSON.stringify(file);
}

/**
 * A `ModelError` about a source text or file, its message naming the function and the source:
 * `readModel: "model.yaml" is not valid YAML`, followed by the issues as `file:line:column path: message`.
 */
export function sourceError(code: ModelErrorCode, caller: string, file: string | undefined, what: string, issues: readonly ModelIssue[]): ModelError {
  return new ModelError(code, `${caller}: ${sourceName(file)} ${what}`, issues);
}

/** An issue's location: the file (when known), the line and the column. */
export function locationOf(file: string | undefined, at: { line: number; column: number }): NonNullable<ModelIssue["location"]> {
  return file === undefined ? { line: at.line, column: at.column } : { file, line: at.line, column: at.column };
}
