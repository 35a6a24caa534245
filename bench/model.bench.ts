import { bench, describe } from "vitest";
import { parseModel } from "../src/model/parse-model.js";
import { generateModel } from "../tests/fixtures/generate-model.js";

// Target (model issue): parse + validate the 10,000-service model under 1 s; time grows about linearly (1k vs 10k).
// JSON text is parsed inside the bench so every iteration validates fresh, unfrozen input.
const small = JSON.stringify(generateModel({ services: 1_000 }));
const large = JSON.stringify(generateModel({ services: 10_000 }));

describe("parseModel", () => {
  bench("1,000 services (JSON.parse + parseModel)", () => {
    parseModel(JSON.parse(small));
  }, { time: 2_000 });
  bench("10,000 services, 50,000 dependencies (JSON.parse + parseModel)", () => {
    parseModel(JSON.parse(large));
  }, { time: 5_000, iterations: 5 });
});
