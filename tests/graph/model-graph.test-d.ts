import { expectTypeOf, test } from "vitest";
import type { EdgeAttributes, ModelGraph, NodeAttributes } from "../../src/graph/model-graph.js";

test("ModelGraph is read-only: no mutating method, readonly attributes", () => {
  expectTypeOf<ModelGraph>().not.toHaveProperty("addNode");
  expectTypeOf<ModelGraph>().not.toHaveProperty("addEdgeWithKey");
  expectTypeOf<ModelGraph>().not.toHaveProperty("dropNode");
  expectTypeOf<ModelGraph>().not.toHaveProperty("clear");
  expectTypeOf<ModelGraph>().not.toHaveProperty("setNodeAttribute");
  expectTypeOf<ModelGraph>().not.toHaveProperty("mergeEdgeAttributes");
  expectTypeOf<ModelGraph>().not.toHaveProperty("updateEachNodeAttributes");
  expectTypeOf<ModelGraph>().not.toHaveProperty("import");
  expectTypeOf<ModelGraph>().toHaveProperty("forEachOutEdge");
  expectTypeOf<ModelGraph>().toHaveProperty("copy");
  expectTypeOf<ReturnType<ModelGraph["getNodeAttributes"]>>().toEqualTypeOf<NodeAttributes>();
  expectTypeOf<ReturnType<ModelGraph["getEdgeAttributes"]>>().toEqualTypeOf<EdgeAttributes>();
  const attributes = {} as NodeAttributes;
  // @ts-expect-error attributes are readonly
  attributes.name = "x";
});
