import { describe, expect, it } from "vitest";
import { topLevelServices } from "../../src/graph/top-level-services.js";
import { ModelError } from "../../src/model/errors.js";
import { parseModel } from "../../src/model/parse-model.js";
import type { Model } from "../../src/model/schema/model.js";
import { graphModel } from "./graph-model.js";

describe("topLevelServices", () => {
  it("lists the services no service depends on or bundles, in document order", () => {
    expect(topLevelServices(graphModel)).toEqual(["smart-collaboration", "prototype"]);
  });

  it("is not fooled by consumers, steps or journeys using a service", () => {
    const model = parseModel({
      name: "Used",
      stakeholders: [{ id: "staff", name: "Staff", roles: ["user"] }],
      services: [
        { id: "a", name: "A", consumers: ["staff"], dependsOn: ["b"] },
        { id: "b", name: "B", consumers: ["staff"] },
        { id: "c", name: "C" },
      ],
      valueStreams: [{ id: "v", name: "V", trigger: "t", outcome: "o", steps: [{ id: "s", name: "S", activity: "plan", services: ["b", "c"], processTime: 1 }] }],
    });
    expect(topLevelServices(model)).toEqual(["a", "c"]);
  });

  it("is empty for an empty model and rejects what is not a model", () => {
    expect(topLevelServices(parseModel({ name: "Empty" }))).toEqual([]);
    expect(() => topLevelServices(null as unknown as Model)).toThrow(ModelError);
  });
});
