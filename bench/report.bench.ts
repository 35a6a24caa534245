import { bench, describe } from "vitest";
import { modelDiagrams } from "../src/cli/report/model-diagrams.js";
import { parseModel } from "../src/model/parse-model.js";
import { toMarkdownReport } from "../src/report/to-markdown-report.js";
import { generateModel } from "../tests/fixtures/generate-model.js";

// The report of the benchmark model: 10,000 services, 50,000 dependencies, 2,000 resources, 500 value streams of 10
// steps, 2,000 risks, 100 investments. The first report of a model also builds the indexes the library caches per
// model (the allocation, the dependency index), so it is timed once here, on a fresh model; the benches then run on a
// model whose caches are warm, as every later report of it in a session does.
const input = generateModel({ services: 10_000 });
const cold = parseModel(input);
let start = performance.now();
const text = toMarkdownReport(cold);
console.log(`first report of a fresh 10,000-service model, no diagrams: ${(performance.now() - start).toFixed(0)} ms, ${text.length} characters`);
const model = parseModel(input);
const diagrams = modelDiagrams(model);
start = performance.now();
const withDiagrams = toMarkdownReport(model, { diagrams });
console.log(`first report with every diagram: ${(performance.now() - start).toFixed(0)} ms, ${withDiagrams.length} characters`);

describe("toMarkdownReport, 10,000-service model", () => {
  bench("every section, no diagrams", () => void toMarkdownReport(model), { iterations: 5, warmupIterations: 1, time: 0 });
  bench("every section, every diagram (toMermaidView)", () => void toMarkdownReport(model, { diagrams }), { iterations: 3, warmupIterations: 1, time: 0 });
  bench("summary only", () => void toMarkdownReport(model, { sections: ["summary"] }), { iterations: 5, warmupIterations: 1, time: 0 });
});
