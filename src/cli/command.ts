import type { CliIo } from "./cli-io.js";
import type { Style } from "./style.js";

/** A flag of a command, as `node:util` parseArgs takes it, with the text for --help. */
export interface CommandOption {
  type: "boolean" | "string";
  short?: string;
  description: string;
  /** The name of the value in help (`--out <file>`). */
  valueName?: string;
  /** The flag may be given more than once; its value is then a list (strings only). */
  multiple?: boolean;
}

/** A positional argument of a command. */
export interface CommandArgument {
  name: string;
  description: string;
  optional?: boolean;
}

/** What a command receives: its positional arguments and flag values, already checked against its definition. */
export interface CommandInput {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  /** Every value of a flag declared `multiple`, in the order given (its last value is also in `values`). */
  lists: Record<string, string[]>;
}

/** How a command writes: lines to stdout and stderr, styled when colour is on. */
export interface CommandContext {
  io: CliIo;
  style: Style;
  /** Write a line (a newline is added) to stdout. */
  out: (line?: string) => void;
  /** Write a line (a newline is added) to stderr. */
  err: (line?: string) => void;
}

/**
 * One `servicevalue <name>` command: a file under `src/cli/commands/`, listed in `COMMANDS`. `run` returns the exit
 * code (see `EXIT`); a `ModelError` it throws is printed without a stack trace.
 */
export interface Command {
  name: string;
  /** One line for `servicevalue --help`. */
  summary: string;
  /** More text for `servicevalue <name> --help`. */
  description?: string;
  args: readonly CommandArgument[];
  options: Readonly<Record<string, CommandOption>>;
  examples?: readonly string[];
  run: (input: CommandInput, context: CommandContext) => Promise<number>;
}
