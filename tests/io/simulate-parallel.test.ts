import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { simulateParallel } from "../../src/io/workers/simulate-parallel.js";
import { parseModelText } from "../../src/io/parse-model-text.js";
import { ModelError } from "../../src/model/errors.js";
import { simulate } from "../../src/risk/simulate.js";

const model = parseModelText(readFileSync(new URL("../../examples/modern-workplace.yaml", import.meta.url), "utf8"), { format: "yaml" });

describe("simulateParallel", () => {
  it("gives the very same result as simulate, whatever the number of workers", async () => {
    const iterations = 3000;
    const expected = simulate(model, { iterations, seed: 5 });
    const progress: number[] = [];
    const two = await simulateParallel(model, { iterations, seed: 5, workers: 2, onProgress: (done) => progress.push(done) });
    expect(two).toEqual(expected);
    expect(progress.at(-1)).toBe(iterations);
    expect(await simulateParallel(model, { iterations, seed: 5, workers: 3 })).toEqual(expected);
  }, 60_000);

  it("runs in this thread with one worker, and rejects bad options", async () => {
    expect(await simulateParallel(model, { iterations: 100, seed: 1, workers: 1 })).toEqual(simulate(model, { iterations: 100, seed: 1 }));
    for (const options of [{ iterations: 100, workers: 0 }, { iterations: 100, workers: 1.5 }, { iterations: -1, workers: 2 }]) {
      await expect(simulateParallel(model, options)).rejects.toBeInstanceOf(ModelError);
    }
  });
});
