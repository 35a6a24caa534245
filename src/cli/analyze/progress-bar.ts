import { groupDigits } from "../../report/format-values.js";

/** Where a progress bar draws: a terminal's stream (stderr). Nothing is drawn unless `isTTY`. */
export interface ProgressTarget {
  write: (text: string) => void;
  isTTY: boolean;
}

/** Options of {@link createProgressBar}. */
export interface ProgressBarOptions {
  /** Shown before the bar, e.g. "simulating". */
  label: string;
  /** The clock, in milliseconds (injectable for tests); default `performance.now`. */
  now?: () => number;
  /** The bar appears only once the work has run this long, in milliseconds; default 1,000 (a second). */
  delayMs?: number;
  /** Least time between two redraws, in milliseconds; default 100. */
  intervalMs?: number;
}

/** A progress bar: `update` after each step of work, `finish` when it is done (it erases the bar). */
export interface ProgressBar {
  update: (done: number, total: number) => void;
  /** Replace the bar by a line of text for a step without steps of its own ("computing ..."), under the same rules. */
  status: (text: string) => void;
  finish: () => void;
}

const WIDTH = 30;
/** Carriage return, then erase the whole line (ANSI EL 2). */
const CLEAR_LINE = "\r\u001b[2K";

/**
 * A one-line progress bar on a terminal stream, drawn only when the stream is a TTY and the work has run longer than
 * `delayMs` (quick work shows nothing), redrawn at most every `intervalMs`, and erased by `finish` so that what is
 * printed next starts on a clean line. The time left is extrapolated from the rate so far.
 * @example
 * const bar = createProgressBar({ write: (t) => process.stderr.write(t), isTTY: process.stderr.isTTY }, { label: "simulating" });
 * simulate(model, { iterations: 1e6, onProgress: bar.update }); bar.finish();
 * // simulating [=============                 ]  45%  450,000/1,000,000  about 3 s left
 */
export function createProgressBar(target: ProgressTarget, options: ProgressBarOptions): ProgressBar {
  const now = options.now ?? (() => performance.now());
  const delayMs = options.delayMs ?? 1000;
  const intervalMs = options.intervalMs ?? 100;
  const start = now();
  let drawn = false;
  let lastDraw = Number.NEGATIVE_INFINITY;
  return {
    update(done, total) {
      if (!target.isTTY || !(total > 0)) return;
      const t = now();
      const elapsed = t - start;
      if (elapsed < delayMs || (t - lastDraw < intervalMs && done < total)) return;
      lastDraw = t;
      drawn = true;
      target.write(CLEAR_LINE + progressLine(options.label, done, total, elapsed));
    },
    status(text) {
      if (!target.isTTY || (!drawn && now() - start < delayMs)) return;
      drawn = true;
      target.write(CLEAR_LINE + text);
    },
    finish() {
      if (drawn) target.write(CLEAR_LINE);
      drawn = false;
    },
  };
}

/**
 * The text of the bar: label, bar, percentage, count and the time left.
 * @example progressLine("simulating", 2500, 10000, 1500) // "simulating [=======                       ]  25%  2,500/10,000  about 5 s left"
 */
export function progressLine(label: string, done: number, total: number, elapsedMs: number): string {
  const fraction = Math.min(1, Math.max(0, done / total));
  const filled = Math.round(fraction * WIDTH);
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  const left = done > 0 && done < total ? `  about ${Math.ceil(((total - done) * elapsedMs) / done / 1000)} s left` : "";
  return `${label} [${"=".repeat(filled)}${" ".repeat(WIDTH - filled)}] ${percent}  ${groupDigits(done)}/${groupDigits(total)}${left}`;
}
