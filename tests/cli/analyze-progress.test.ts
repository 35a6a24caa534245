import { describe, expect, it } from "vitest";
import { createProgressBar, progressLine } from "../../src/cli/analyze/progress-bar.js";
import { createAnalyzeCommand } from "../../src/cli/commands/analyze.js";
import { run } from "../../src/cli/run.js";
import { captureIo } from "./capture-io.js";

const CLEAR = "\r\u001b[2K";

/** A clock that moves `step` milliseconds each time it is read. */
function steppingClock(step: number) {
  let t = 0;
  return () => (t += step);
}

/** A fake terminal stream that records what is written. */
function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, write: (text: string) => void writes.push(text), writes };
}

describe("createProgressBar", () => {
  it("draws nothing before the delay, then the bar, and erases it at the end", () => {
    let t = 0;
    const stream = fakeStream(true);
    const bar = createProgressBar(stream, { label: "simulating", now: () => t });
    t = 500;
    bar.update(100, 1000);
    expect(stream.writes).toEqual([]);
    t = 1500;
    bar.update(250, 1000);
    expect(stream.writes).toEqual([`${CLEAR}simulating [========                      ]  25%  250/1,000  about 5 s left`]);
    t = 1550; // within the redraw interval: skipped
    bar.update(260, 1000);
    expect(stream.writes).toHaveLength(1);
    t = 1560; // but the last update is always drawn
    bar.update(1000, 1000);
    expect(stream.writes.at(-1)).toBe(`${CLEAR}simulating [==============================] 100%  1,000/1,000`);
    bar.finish();
    expect(stream.writes.at(-1)).toBe(CLEAR);
    bar.finish(); // a second finish erases nothing more
    expect(stream.writes).toHaveLength(3);
  });

  it("draws nothing when the stream is not a terminal, or when the work was quick", () => {
    const pipe = fakeStream(false);
    const clock = steppingClock(5000);
    const bar = createProgressBar(pipe, { label: "x", now: clock });
    bar.update(1, 2);
    bar.finish();
    expect(pipe.writes).toEqual([]);
    const tty = fakeStream(true);
    const quick = createProgressBar(tty, { label: "x", now: steppingClock(1) });
    for (let i = 1; i <= 10; i++) quick.update(i, 10);
    quick.finish();
    expect(tty.writes).toEqual([]);
  });

  it("takes its delay and interval as options, and ignores an empty total", () => {
    const stream = fakeStream(true);
    const bar = createProgressBar(stream, { label: "x", now: steppingClock(1), delayMs: 0, intervalMs: 0 });
    bar.update(0, 0);
    bar.update(1, 4);
    bar.update(2, 4);
    expect(stream.writes).toHaveLength(2);
  });

  it("shows a status line under the same rules, erased by finish", () => {
    let t = 0;
    const stream = fakeStream(true);
    const bar = createProgressBar(stream, { label: "x", now: () => t });
    bar.status("quick");
    expect(stream.writes).toEqual([]);
    t = 2000;
    bar.status("computing ...");
    bar.finish();
    expect(stream.writes).toEqual([`${CLEAR}computing ...`, CLEAR]);
    const pipe = fakeStream(false);
    createProgressBar(pipe, { label: "x", now: steppingClock(5000) }).status("never");
    expect(pipe.writes).toEqual([]);
  });

  it("writes the label, the bar, the percentage, the count and the time left", () => {
    expect(progressLine("simulating", 2500, 10000, 1500)).toBe("simulating [========                      ]  25%  2,500/10,000  about 5 s left");
    expect(progressLine("s", 0, 10, 2000)).toBe(`s [${" ".repeat(30)}]   0%  0/10`);
  });
});

describe("servicevalue analyze: progress bar", () => {
  const argv = ["analyze", "examples/modern-workplace.yaml", "--iterations", "3000", "--workers", "1"];

  it("shows on a terminal's stderr when the simulation runs longer than a second, and is erased", async () => {
    const io = { ...captureIo(), stderrIsTTY: true };
    const code = await run(argv, io, [createAnalyzeCommand({ now: steppingClock(300) })]);
    expect(code).toBe(0);
    const err = io.err();
    expect(err).toContain(`${CLEAR}simulating [`);
    expect(err).toContain("/3,000");
    expect(err).toContain(`${CLEAR}computing the value of information ...`);
    expect(err.endsWith(CLEAR)).toBe(true);
    // The tables on stdout stay clean.
    expect(io.out()).not.toContain("\u001b");
    expect(io.out()).toContain("Simulation: 3,000 iterations, seed 1 (EUR)");
  });

  it("does not show when the simulation is quick, when stderr is not a terminal, or with --json", async () => {
    const quick = { ...captureIo(), stderrIsTTY: true };
    await run(argv, quick, [createAnalyzeCommand({ now: steppingClock(1) })]);
    expect(quick.err()).toBe("");
    const piped = { ...captureIo(), stderrIsTTY: false };
    await run(argv, piped, [createAnalyzeCommand({ now: steppingClock(300) })]);
    expect(piped.err()).toBe("");
    const json = { ...captureIo(), stderrIsTTY: true };
    expect(await run([...argv, "--json"], json, [createAnalyzeCommand({ now: steppingClock(300), progressDelayMs: 0 })])).toBe(0);
    expect(json.err()).toBe("");
    expect(JSON.parse(json.out()).simulation.iterations).toBe(3000);
  });

  it("defaults --workers to the cores, at most 4, with the same result", async () => {
    const one = captureIo();
    await run([...argv.slice(0, 4), "--json"], one, [createAnalyzeCommand({ cores: () => 1 })]);
    const many = captureIo();
    await run([...argv.slice(0, 4), "--json"], many, [createAnalyzeCommand({ cores: () => 64 })]);
    expect(many.out()).toBe(one.out());
  }, 60_000);
});
