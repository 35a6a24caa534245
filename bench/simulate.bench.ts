import { bench, describe } from "vitest";
import { simulateParallel } from "../src/io/workers/simulate-parallel.js";
import { parseModel } from "../src/model/parse-model.js";
import { modelEstimates } from "../src/risk/model-estimates.js";
import { simulate } from "../src/risk/simulate.js";
import { valueOfInformation } from "../src/risk/value-of-information.js";
import { generateModel } from "../tests/fixtures/generate-model.js";

// Target (numbers issue): simulate with 10,000 iterations over 5,000 estimates under 5 s on one core, and close to
// twice as fast with workers: 2. The generated 5,000-service model holds 4,934 estimates (2,464 of them uncertain),
// 5,000 services with 25,000 dependencies, 1,000 risks and 50 investments.
const model = parseModel(generateModel({ services: 5_000 }));
const estimates = modelEstimates(model);
console.log(`simulate bench model: ${estimates.length} estimates, ${estimates.filter((e) => e.uncertain).length} uncertain`);

describe("simulate, 10,000 iterations, 5,000-service model", () => {
  bench("one thread", () => {
    simulate(model, { iterations: 10_000, seed: 1 });
  }, { iterations: 3, warmupIterations: 1 });
  bench("simulateParallel, workers: 2", async () => {
    await simulateParallel(model, { iterations: 10_000, seed: 1, workers: 2 });
  }, { iterations: 3, warmupIterations: 1 });
  bench("valueOfInformation over the 50 investments", () => {
    valueOfInformation(model, { iterations: 10_000, seed: 1 });
  }, { iterations: 3, warmupIterations: 1 });
});
