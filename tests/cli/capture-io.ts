import type { CliIo } from "../../src/cli/cli-io.js";
import type { Command } from "../../src/cli/command.js";
import { run } from "../../src/cli/run.js";

/** A fake `CliIo` that keeps what the CLI writes. */
export function captureIo(color = false): CliIo & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    color,
    out: () => out,
    err: () => err,
  };
}

/** Run the CLI on `argv` with a {@link captureIo}: its exit code and what it wrote to stdout and stderr. */
export async function runCli(
  argv: readonly string[],
  options: { color?: boolean; commands?: readonly Command[] } = {},
): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(options.color);
  const code = await run(argv, io, options.commands);
  return { code, out: io.out(), err: io.err() };
}
