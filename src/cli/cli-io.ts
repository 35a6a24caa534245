/**
 * Where the CLI writes, injectable so commands run in-process in tests: `stdout` and `stderr` take text as is
 * (newlines included); `color` turns on ANSI colours.
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour the output; `processIo` sets it when stdout is a TTY and NO_COLOR is unset. */
  color?: boolean;
  /** stderr is a terminal: commands may draw progress there; `processIo` sets it from process.stderr.isTTY. */
  stderrIsTTY?: boolean;
}

/** Exit codes: 0 success, 1 an invalid model, 2 a usage or file error, 70 a bug (EX_SOFTWARE of sysexits.h). */
export const EXIT = { ok: 0, invalid: 1, usage: 2, software: 70 } as const;

/**
 * The real process's streams. Colour only when stdout is a terminal and NO_COLOR (https://no-color.org) is unset or empty.
 * @example const code = await run(process.argv.slice(2), processIo());
 */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}
