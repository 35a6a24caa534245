import { bench, describe } from "vitest";
import { flowMetrics } from "../src/flow/flow-metrics.js";
import { parseModel } from "../src/model/parse-model.js";
import { branchingStream } from "../tests/flow/branching-stream.js";

// Target (issue 4): flowMetrics on a 1,000-step branching stream under 50 ms. The stream: 100 layers of 10 steps, each
// step branching to 1-3 steps of the next layer, with joins (10^40-odd paths: counted, never listed). Parsed once.
const model = parseModel({
  name: "Flow bench",
  valueStreams: [branchingStream({ steps: 1000, width: 10, id: "big" }), branchingStream({ steps: 1000, width: 3, id: "narrow", seed: 2 })],
});
const wide = flowMetrics(model, "big");
const narrow = flowMetrics(model, "narrow");
console.log(`big: ${wide.pathCountExact} paths, critical path ${wide.criticalPath.length} steps, ${wide.leadTimeHours} h`);
console.log(`narrow: ${narrow.pathCountExact} paths, critical path ${narrow.criticalPath.length} steps`);

describe("flowMetrics, 1,000-step branching stream", () => {
  bench("100 layers of 10 steps, 100 longest paths listed (default)", () => void flowMetrics(model, "big"), { time: 3_000 });
  bench("334 layers of 3 steps, 100 longest paths listed", () => void flowMetrics(model, "narrow"), { time: 3_000 });
  bench("100 layers of 10 steps, critical path only (maxPaths: 1)", () => void flowMetrics(model, "big", { maxPaths: 1 }), { time: 3_000 });
});
