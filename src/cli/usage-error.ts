/**
 * A mistake on the command line (an unknown command or flag, a missing argument): the CLI prints the message,
 * the suggestion when there is one, and exits with 2.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  /** The command whose usage was wrong (for the pointer to its --help). */
  readonly command: string | undefined;
  /** What was probably meant, e.g. `--json` for `--jsn`. */
  readonly suggestion: string | undefined;

  constructor(message: string, options: { command?: string; suggestion?: string } = {}) {
    super(message);
    this.command = options.command;
    this.suggestion = options.suggestion;
  }
}
