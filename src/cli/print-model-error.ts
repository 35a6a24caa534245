import type { ModelError, ModelIssue } from "../model/errors.js";
import { EXIT } from "./cli-io.js";
import type { CommandContext } from "./command.js";

/**
 * One issue as `file:line:column path: message` (the path `(document)` for the whole document).
 * @example formatIssueLine({ path: "services[1].nam", code: "unknown-key", message: 'unknown key "nam"', location: { file: "m.yaml", line: 7, column: 5 } })
 * // 'm.yaml:7:5 services[1].nam: unknown key "nam"'
 */
export function formatIssueLine(issue: ModelIssue, file?: string): string {
  const l = issue.location;
  const where = l ? `${l.file ?? file ?? "<text>"}:${l.line}:${l.column}` : (file ?? "<text>");
  return `${where} ${issue.path || "(document)"}: ${issue.message}`;
}

/** What a `ModelError` says without the name of the library function that threw it: `"x.yaml" is not valid YAML`. */
export function headline(error: ModelError): string {
  return (error.message.split("\n")[0] ?? "").replace(/^[A-Za-z]+: /, "");
}

/** The exit code of a `ModelError`: 1 for a model that is invalid or not valid YAML/JSON, 2 for anything else (usage, files). */
export function exitCodeOf(error: ModelError): number {
  return error.code === "invalid-model" || error.code === "syntax-error" ? EXIT.invalid : EXIT.usage;
}

/**
 * Print a `ModelError` for a person, without a stack trace: its headline on stderr, then one line per issue. Returns
 * its exit code ({@link exitCodeOf}).
 */
export function printModelError(error: ModelError, context: CommandContext, prefix: string): number {
  const located = error.issues.some((i) => i.location);
  if (!located && error.issues.length === 1) {
    const issue = error.issues[0]!;
    context.err(`${context.style.red(prefix)}: ${issue.message}${issue.suggestion && !issue.message.includes(issue.suggestion) ? ` (did you mean "${issue.suggestion}"?)` : ""}`);
    return exitCodeOf(error);
  }
  context.err(`${context.style.red(prefix)}: ${headline(error)}`);
  for (const issue of error.issues) context.err(`  ${formatIssueLine(issue)}`);
  return exitCodeOf(error);
}
