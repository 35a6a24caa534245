import { bench, describe } from "vitest";
import { toMermaidCostFlow } from "../src/mermaid/to-mermaid-cost-flow.js";
import { toMermaidImpact } from "../src/mermaid/to-mermaid-impact.js";
import { toMermaidPortfolioQuadrant } from "../src/mermaid/to-mermaid-portfolio-quadrant.js";
import { toMermaidServiceMap } from "../src/mermaid/to-mermaid-service-map.js";
import { toMermaidStakeholderMap } from "../src/mermaid/to-mermaid-stakeholder-map.js";
import { parseModel } from "../src/model/parse-model.js";
import { generateModel } from "../tests/fixtures/generate-model.js";

// Parsed once, outside the benchmarks: the 10,000-service model (50,000 dependencies, 2,000 resources, 500 value
// streams of 10 steps, 2,000 risks). Target (issue 5): the service map in under 200 ms.
const model = parseModel(generateModel({ services: 10_000 }));
const unlimited = { maxEdges: Number.POSITIVE_INFINITY, maxTextSize: Number.POSITIVE_INFINITY };

// The first call of each view fills the per-model caches (graph, allocation, risk exposure) that later calls share.
const first = toMermaidServiceMap(model);
const full = toMermaidServiceMap(model, { aggregate: false, limits: unlimited });
console.log(
  `service map, default limits: ${first.text.length} characters, ${first.warnings.length} warnings; ` +
    `full emission: ${full.text.length} characters, ${full.text.split("\n").filter((l) => / (-->|==>|-\.->) /.test(l)).length} edges`,
);
toMermaidCostFlow(model);
toMermaidPortfolioQuadrant(model);

describe("service map of the 10,000-service model", () => {
  bench("default limits (aggregated per business service, trimmed to 500 edges / 50,000 characters)", () => void toMermaidServiceMap(model), {
    time: 5_000,
    warmupIterations: 3,
  });
  bench("full emission (no aggregation, no limits: 12,000 nodes, 58,000 edges)", () => void toMermaidServiceMap(model, { aggregate: false, limits: unlimited }), {
    time: 5_000,
    warmupIterations: 2,
  });
  bench("focus on one technical service (its whole neighbourhood, aggregated)", () => void toMermaidServiceMap(model, { focus: "svc-9000" }), {
    time: 3_000,
    warmupIterations: 2,
  });
  bench("with TCO on the nodes", () => void toMermaidServiceMap(model, { tco: true }), { time: 3_000, warmupIterations: 2 });
});

describe("other views of the 10,000-service model (caches warm)", () => {
  bench("stakeholder map", () => void toMermaidStakeholderMap(model), { time: 3_000 });
  bench("portfolio quadrant", () => void toMermaidPortfolioQuadrant(model), { time: 3_000 });
  bench("cost flow (auto detail)", () => void toMermaidCostFlow(model), { time: 3_000 });
  bench("impact of a shared service", () => void toMermaidImpact(model, "svc-9999"), { time: 3_000 });
});
