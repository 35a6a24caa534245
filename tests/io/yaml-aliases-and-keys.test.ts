import { describe, expect, it } from "vitest";
import { parseModelText } from "../../src/io/parse-model-text.js";
import { ModelError } from "../../src/model/errors.js";

const errorOf = (text: string): ModelError => {
  try {
    parseModelText(text, { format: "yaml", fileName: "m.yaml" });
  } catch (e) {
    expect(e).toBeInstanceOf(ModelError);
    return e as ModelError;
  }
  throw new Error("expected a ModelError");
};

describe("parseModelText: aliases and keys", () => {
  it("accepts an anchor reused hundreds of times (a real model, not a bomb)", () => {
    const services = Array.from({ length: 300 }, (_, i) => `  - { id: s-${i}, name: S, owner: *it }`).join("\n");
    const text = `name: m\nstakeholders:\n  - { id: it, name: IT, roles: [provider] }\nservices:\n  - { id: first, name: F, owner: &it it }\n${services}\n`;
    const model = parseModelText(text, { format: "yaml" });
    expect(model.services).toHaveLength(301);
    expect(model.services[300]!.owner).toBe("it");
  });

  it("refuses a billion laughs document quickly", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) levels.push(`${"abcdefghi"[i]}: &${"abcdefghi"[i]} [${Array(10).fill(`*${"abcdefghi"[i - 1]}`).join(", ")}]`);
    const error = errorOf(`name: m\nmeta:\n${levels.map((l) => `  ${l}`).join("\n")}\n`);
    expect(error.code).toBe("syntax-error");
    expect(error.issues[0]!.code).toBe("too-many-aliases");
  });

  it("refuses complex keys and merge keys with their line", () => {
    const complex = errorOf("name: m\nmeta:\n  ? [a, b]\n  : 1\n");
    expect(complex.issues.map((i) => [i.code, i.location?.line])).toEqual([["complex-key", 3]]);
    const merge = errorOf("name: m\nmeta:\n  base: &b { x: 1 }\n  other:\n    <<: *b\n    y: 2\n");
    expect(merge.issues.map((i) => [i.code, i.location?.line])).toEqual([["merge-key", 5]]);
  });
});
