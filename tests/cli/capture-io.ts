import type { CliIo } from "../../src/cli/cli-io.js";

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
