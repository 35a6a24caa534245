import { bench, describe } from "vitest";
import { lintModel } from "../src/flow/lint/lint-model.js";
import { parseModel } from "../src/model/parse-model.js";
import { generateModel } from "../tests/fixtures/generate-model.js";

// Parsed once, outside the benchmarks. The 10,000-service model: 50,000 dependencies, 2,000 resources, 500 value streams
// of 10 steps, 2,000 risks, 50 journeys. Target (issue 4): lintModel under 1 s.
const model10k = parseModel(generateModel({ services: 10_000 }));
// A model file that sets every rule, so the settings are checked and merged too.
const configured = parseModel({
  ...generateModel({ services: 10_000 }),
  lint: { rules: { "low-satisfaction": { level: "error", options: { below: 3.5 } }, "unallocated-cost": "info", "step-without-practice": "off" } },
});

describe("lintModel, 10,000 services", () => {
  bench("all built-in rules (about 2,500 findings)", () => {
    lintModel(model10k);
  });

  bench("with a lint block in the model and options in the call", () => {
    lintModel(configured, { severity: { "stakeholder-without-relationship": "warning" }, ruleOptions: { "unmitigated-risk": { threshold: 20_000 } } });
  });
});
