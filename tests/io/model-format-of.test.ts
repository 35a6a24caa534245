import { describe, expect, it } from "vitest";
import { modelFormatOf } from "../../src/io/model-format-of.js";
import { ModelError } from "../../src/model/errors.js";

describe("modelFormatOf", () => {
  it("knows .yaml, .yml and .json in any case", () => {
    expect(["a.yaml", "dir.v2/a.YML", "C:\\m\\a.Json", "a.b.json"].map((f) => modelFormatOf(f))).toEqual(["yaml", "yaml", "json", "json"]);
  });

  it("suggests a file name for anything else", () => {
    const suggestion = (file: string) => {
      try {
        modelFormatOf(file, "readModel");
      } catch (e) {
        expect(e).toBeInstanceOf(ModelError);
        expect((e as ModelError).code).toBe("invalid-argument");
        expect((e as ModelError).message).toMatch(/^readModel: cannot tell the format/);
        return (e as ModelError).issues[0]!.suggestion;
      }
      throw new Error("expected a ModelError");
    };
    expect(suggestion("model.yamll")).toBe("model.yaml");
    expect(suggestion("model.jsn")).toBe("model.json");
    expect(suggestion("model.txt")).toBe("model.yaml");
    expect(suggestion("model")).toBe("model.yaml");
    expect(suggestion(".yaml")).toBe(".yaml.yaml");
  });
});
