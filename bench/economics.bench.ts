import { bench, describe } from "vitest";
import { allocateWithAmounts } from "../src/economics/allocate-costs.js";
import { totalCostOfOwnership } from "../src/economics/total-cost-of-ownership.js";
import { buildAllocationPlan } from "../src/graph/allocation-plan.js";
import { parseModel } from "../src/model/parse-model.js";
import { generateModel } from "../tests/fixtures/generate-model.js";

// Target (numbers issue): allocateCosts on the 10,000-service / 50,000-dependency model (with cycles) under 300 ms,
// growing about linearly. Measured uncached: plan (structure) + allocation (amounts), fresh each iteration.
const small = parseModel(generateModel({ services: 1_000 }));
const large = parseModel(generateModel({ services: 10_000 }));

describe("allocateCosts (uncached: plan + allocation)", () => {
  bench("1,000 services", () => {
    allocateWithAmounts(small, undefined, buildAllocationPlan(small));
  }, { time: 2_000 });
  bench("10,000 services, 50,000 dependencies", () => {
    allocateWithAmounts(large, undefined, buildAllocationPlan(large));
  }, { time: 5_000 });
});

describe("totalCostOfOwnership", () => {
  bench("one business service of the 10,000-service model (plan cached)", () => {
    totalCostOfOwnership(large, "svc-0");
  });
});
