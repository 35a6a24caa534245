// Reading and writing model files. Run: npx vitest bench --run bench/io.bench.ts
// The model is the benchmark model of the model issue: 10,000 services, 50,000 dependencies, 2,000 resources,
// 500 value streams of 10 steps, 2,000 risks; written once to a temporary directory as YAML and as JSON.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bench, describe } from "vitest";
import { readModel } from "../src/io/fs/read-model.js";
import { writeModel } from "../src/io/fs/write-model.js";
import { stringifyModel } from "../src/io/stringify-model.js";
import { parseModel } from "../src/model/parse-model.js";
import { generateModel } from "../tests/fixtures/generate-model.js";

const model = parseModel(generateModel({ services: 10_000 }));
const dir = mkdtempSync(join(tmpdir(), "servicevalue-bench-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
const yamlFile = join(dir, "model.yaml");
const jsonFile = join(dir, "model.json");
await writeModel(model, yamlFile);
await writeModel(model, jsonFile);
const size = (file: string) => `${(statSync(file).size / 1e6).toFixed(1)} MB`;

describe(`readModel, 10,000 services (YAML ${size(yamlFile)}, JSON ${size(jsonFile)})`, () => {
  bench("readModel JSON", async () => {
    await readModel(jsonFile);
  }, { time: 5_000, iterations: 5 });
  bench("readModel YAML", async () => {
    await readModel(yamlFile);
  }, { time: 10_000, iterations: 3 });
});

describe("writing, 10,000 services", () => {
  bench("stringifyModel JSON", () => {
    stringifyModel(model, { format: "json" });
  }, { time: 3_000, iterations: 5 });
  bench("stringifyModel YAML", () => {
    stringifyModel(model, { format: "yaml" });
  }, { time: 5_000, iterations: 3 });
});
