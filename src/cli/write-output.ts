import { writeFile } from "node:fs/promises";
import { ioError } from "../io/fs/io-error.js";
import type { CommandContext } from "./command.js";

/**
 * Write a command's text to the `-o` file (then say so on stdout: `wrote report.md`), or to stdout when there is none.
 * A file that cannot be written is a `ModelError("io-error")` naming it (exit 2), never a raw Node error.
 * @example await writeOutput(context, markdown, "report.md", "report")
 */
export async function writeOutput(context: CommandContext, text: string, out: string | undefined, command: string): Promise<void> {
  if (out === undefined) {
    context.io.stdout(text);
    return;
  }
  try {
    await writeFile(out, text);
  } catch (e) {
    throw ioError(command, "write", out, e);
  }
  context.out(`wrote ${out}`);
}
