import { bench, describe } from "vitest";
import { addService } from "../src/model/edits/add-service.js";
import { removeElement } from "../src/model/edits/remove-element.js";
import { renameId } from "../src/model/edits/rename-id.js";
import { updateElement } from "../src/model/edits/update-element.js";
import { modelReferences } from "../src/model/references.js";
import { parseModel } from "../src/model/parse-model.js";
import { generateModel } from "../tests/fixtures/generate-model.js";

// Parsed once, outside the benchmarks: 10,000 services, 50,000 dependencies, 2,000 resources, 500 value streams of
// 10 steps, 2,000 risks. parseModel has cached the model's reference sites and id index.
const model = parseModel(generateModel({ services: 10_000 }));

// The most referenced service: renaming it moves the most references.
const counts = new Map<string, number>();
for (const site of modelReferences(model)) counts.set(site.target, (counts.get(site.target) ?? 0) + 1);
const busiest = [...counts].filter(([id]) => id.startsWith("svc-")).sort((a, b) => b[1] - a[1])[0]![0];
const chat = { id: "chat", name: "Chat", owner: "sh-4", consumers: ["sh-0"], dependsOn: ["svc-5000", { service: "svc-9000", share: 2 }] };
const opts = { time: 3_000, iterations: 5 };

describe(`edits on the 10,000-service model (most referenced service: ${busiest}, ${counts.get(busiest)} references)`, () => {
  // Dominated by checkModel on the result (ids, ~86,000 reference sites, cycles, years).
  bench("addService (validate, append, full semantic check)", () => {
    addService(model, chat);
  }, opts);
  bench("addService with patches", () => {
    addService(model, chat, { withPatches: true });
  }, opts);
  // No full check: a rename keeps a valid model valid. The input's reference sites are cached.
  bench(`renameId of ${busiest}`, () => {
    renameId(model, busiest, "renamed");
  }, opts);
  bench(`renameId of ${busiest} with patches`, () => {
    renameId(model, busiest, "renamed", { withPatches: true });
  }, opts);
  // The second rename runs on a fresh model whose reference sites are not cached yet.
  bench("two renameIds in a row (the second uncached)", () => {
    renameId(renameId(model, busiest, "renamed"), "renamed", "renamed-again");
  }, opts);
  bench("updateElement (a service's name)", () => {
    updateElement(model, "svc-5000", { name: "Renamed service" });
  }, opts);
  bench("removeElement with cascade (a service)", () => {
    removeElement(model, busiest, { cascade: true });
  }, opts);
});
