import { describe, expect, it } from "vitest";
import { run } from "../../../src/cli/run.js";
import { modelJsonSchema } from "../../../src/model/json-schema.js";
import { captureIo } from "../capture-io.js";

describe("servicevalue schema", () => {
  it("prints the JSON Schema", async () => {
    const io = captureIo();
    expect(await run(["schema"], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual(modelJsonSchema());
    expect(io.err()).toBe("");
  });
});
