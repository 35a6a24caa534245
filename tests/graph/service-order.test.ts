import { describe, expect, it } from "vitest";
import { serviceOrder } from "../../src/graph/service-order.js";
import { parseModel } from "../../src/model/parse-model.js";
import { graphModel } from "./graph-model.js";

describe("serviceOrder", () => {
  it("puts providers before consumers and keeps a cycle together", () => {
    expect(serviceOrder(graphModel)).toEqual([["network", "service-desk"], ["mail-security"], ["mail"], ["file-sharing"], ["smart-collaboration"], ["prototype"]]);
  });

  it("orders every service once, after everything it consumes", () => {
    const model = parseModel({
      name: "Chain",
      services: [
        { id: "top", name: "Top", kind: "business", bundles: ["mid", "side"] },
        { id: "mid", name: "Mid", dependsOn: ["x"] },
        { id: "x", name: "X", dependsOn: ["y"] },
        { id: "y", name: "Y", dependsOn: ["z", "x"] },
        { id: "z", name: "Z" },
        { id: "side", name: "Side", dependsOn: ["z"] },
      ],
    });
    const order = serviceOrder(model);
    expect(order).toEqual([["z"], ["x", "y"], ["mid"], ["side"], ["top"]]);
    const position = new Map(order.flatMap((group, g) => group.map((id) => [id, g] as const)));
    for (const s of model.services) {
      for (const ref of [...s.dependsOn, ...s.bundles]) {
        const g = position.get(s.id)!;
        const p = position.get(ref.service)!;
        expect(p === g || p < g).toBe(true);
      }
    }
  });

  it("is empty for an empty model", () => {
    expect(serviceOrder(parseModel({ name: "Empty" }))).toEqual([]);
  });
});
