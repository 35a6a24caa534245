import { bench, describe } from "vitest";
import { buildGraph } from "../src/graph/build-graph.js";
import { dependentsOf } from "../src/graph/dependents-of.js";
import { impactOf } from "../src/graph/impact-of.js";
import { serviceOrder } from "../src/graph/service-order.js";
import { toGraph } from "../src/graph/to-graph.js";
import { parseModel } from "../src/model/parse-model.js";
import type { Model } from "../src/model/schema/model.js";
import { generateModel } from "../tests/fixtures/generate-model.js";

// Parsed once, outside the benchmarks. The 10,000-service model: 50,000 dependencies, 2,000 resources, 500 value streams
// of 10 steps, 2,000 risks (about 25,800 nodes and 109,000 edges).
const model1k = parseModel(generateModel({ services: 1_000 }));
const model10k = parseModel(generateModel({ services: 10_000 }));

/**
 * The service with the most transitive dependents, searched among the likeliest candidates (a full search runs 10,000
 * closures): the 30 services with the most direct dependents and the 30 deepest in the generated dependency order.
 */
function mostShared(model: Model): { id: string; dependents: number } {
  const graph = toGraph(model);
  const ids = model.services.map((s) => s.id);
  const byDirect = [...ids].sort((a, b) => graph.inDegree(b) - graph.inDegree(a)).slice(0, 30);
  let best = { id: ids[0]!, dependents: -1 };
  for (const id of new Set([...byDirect, ...ids.slice(-30)])) {
    const dependents = dependentsOf(model, id, { transitive: true }).length;
    if (dependents > best.dependents) best = { id, dependents };
  }
  return best;
}

const shared = mostShared(model10k); // also builds and caches the graph and its dependency index
console.log(`impactOf target: ${shared.id}, ${shared.dependents} transitive dependents`);

describe("toGraph (fresh build each iteration)", () => {
  bench("1,000 services", () => void buildGraph(model1k), { time: 2_000, warmupIterations: 3 });
  bench("10,000 services", () => void buildGraph(model10k), { time: 5_000, warmupIterations: 2 });
});

describe("queries on the 10,000-service model (graph cached)", () => {
  bench(`impactOf("${shared.id}")`, () => void impactOf(model10k, shared.id), { time: 3_000 });
  bench(`dependentsOf("${shared.id}", { transitive: true })`, () => void dependentsOf(model10k, shared.id, { transitive: true }), { time: 2_000 });
  bench("serviceOrder", () => void serviceOrder(model10k), { time: 2_000 });
});
