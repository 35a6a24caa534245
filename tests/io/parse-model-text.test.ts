import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseModelText } from "../../src/io/parse-model-text.js";
import { ModelError } from "../../src/model/errors.js";

const FILES = new URL("../fixtures/files/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FILES), "utf8");

/** The ModelError thrown by `fn` (fails the test when nothing or something else is thrown). */
function errorOf(fn: () => unknown): ModelError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error("expected a ModelError, nothing was thrown");
}

describe("parseModelText", () => {
  it("reads YAML and JSON into the same normalised model", () => {
    const yaml = parseModelText("name: Demo\nservices:\n  - id: mail\n    name: Mail\n    dependsOn: [dns]\n  - id: dns\n    name: DNS\n", { format: "yaml" });
    const json = parseModelText('{"name":"Demo","services":[{"id":"mail","name":"Mail","dependsOn":["dns"]},{"id":"dns","name":"DNS"}]}', { format: "json" });
    expect(yaml).toEqual(json);
    expect(yaml.services[0]!.dependsOn).toEqual([{ service: "dns", share: 1 }]);
    expect(Object.isFrozen(yaml.services[0])).toBe(true);
  });

  it("reads the complete fixture, with an anchor and an alias", () => {
    const model = parseModelText(fixture("valid.yaml"), { fileName: "valid.yaml" });
    expect(model.services.map((s) => s.id)).toEqual(["collaboration", "mail", "dns"]);
    expect(model.services[1]!.meta).toEqual({ team: "workplace", reviewed: "2024-06-01" });
    // YAML 1.2: yes and dates are strings.
    expect(model.meta).toEqual({ source: "hand-written", tags: ["test", "yes", "2024-01-01"] });
    expect(model.valueStreams[0]!.steps[0]!.practices).toEqual(["service-request-management", "change-enablement"]);
  });

  it("takes the format from the file name", () => {
    expect(parseModelText('{"name":"x"}', { fileName: "dir/m.JSON" }).name).toBe("x");
    expect(parseModelText("name: x\n", { fileName: "m.yml" }).name).toBe("x");
  });

  it("accepts a model with no elements", () => {
    const model = parseModelText(fixture("empty-model.json"), { format: "json" });
    expect(model).toMatchObject({ name: "Nothing yet", currency: "EUR", horizonYears: 5, discountRate: 0.08, services: [], stakeholders: [] });
  });

  it("accepts ids that are names of Object.prototype members", () => {
    const text = [
      "name: Prototype words",
      "services:",
      "  - { id: constructor, name: C, dependsOn: [prototype, tostring] }",
      "  - { id: prototype, name: P, dependsOn: [hasownproperty] }",
      "  - { id: tostring, name: T }",
      "  - { id: hasownproperty, name: H }",
      "  - { id: valueof, name: V, dependsOn: [constructor] }",
    ].join("\n");
    const model = parseModelText(text, { format: "yaml" });
    expect(model.services.map((s) => s.id)).toEqual(["constructor", "prototype", "tostring", "hasownproperty", "valueof"]);
    expect(model.services[0]!.dependsOn.map((d) => d.service)).toEqual(["prototype", "tostring"]);
  });

  it("drops a byte order mark", () => {
    expect(parseModelText('\uFEFF{"name":"x"}', { format: "json" }).name).toBe("x");
    expect(parseModelText("\uFEFFname: x\n", { format: "yaml" }).name).toBe("x");
  });
});

describe("parseModelText: invalid models, located", () => {
  it("locates an unknown key at the key (line 7)", () => {
    const e = errorOf(() => parseModelText(fixture("unknown-key.yaml"), { format: "yaml", fileName: "unknown-key.yaml" }));
    expect(e.code).toBe("invalid-model");
    expect(e.issues).toEqual([
      expect.objectContaining({ path: "services[1].colour", code: "unknown-key", location: { file: "unknown-key.yaml", line: 7, column: 5 } }),
    ]);
    expect(e.message).toMatch(/^parseModelText: "unknown-key.yaml" is not a valid model: 1 problem\n {2}unknown-key.yaml:7:5 services\[1\]\.colour: unknown key "colour"/);
  });

  it("locates an unknown key in JSON", () => {
    const e = errorOf(() => parseModelText(fixture("unknown-key.json"), { fileName: "unknown-key.json" }));
    expect(e.issues[0]).toMatchObject({ path: "services[1].colour", code: "unknown-key", location: { file: "unknown-key.json", line: 5, column: 35 } });
  });

  it("locates a wrong reference at the id that was written", () => {
    const e = errorOf(() => parseModelText(fixture("wrong-reference.yaml"), { fileName: "wrong-reference.yaml" }));
    expect(e.code).toBe("invalid-model");
    // The path names the normalised { service } form; the text holds a plain id: its node is the place.
    expect(e.issues).toEqual([
      expect.objectContaining({
        path: "services[0].dependsOn[0].service",
        code: "unknown-reference",
        suggestion: "dns-server",
        location: { file: "wrong-reference.yaml", line: 11, column: 9 },
      }),
    ]);
  });

  it("locates a missing key at the element that lacks it", () => {
    const e = errorOf(() => parseModelText(fixture("missing-key.yaml"), { fileName: "missing-key.yaml" }));
    expect(e.issues).toEqual([expect.objectContaining({ path: "services[1].name", code: "required", location: { file: "missing-key.yaml", line: 5, column: 5 } })]);
  });

  it("locates a wrong value at the value, and leaves out the file when there is none", () => {
    const e = errorOf(() => parseModelText("name: x\nhorizonYears: 80\ncurrency: euro\n", { format: "yaml" }));
    const at = (path: string) => e.issues.find((i) => i.path === path)?.location;
    expect(e.issues).toHaveLength(2);
    expect(at("horizonYears")).toEqual({ line: 2, column: 15 });
    expect(at("currency")).toEqual({ line: 3, column: 11 });
  });

  it("points at the key of an empty value", () => {
    const e = errorOf(() => parseModelText("name: x\nservices:\n  - id: mail\n    name: Mail\n    owner:\n", { format: "yaml" }));
    expect(e.issues[0]).toMatchObject({ path: "services[0].owner", location: { line: 5, column: 5 } });
  });

  it("reports a list or a scalar at the top level at path \"\"", () => {
    for (const [text, format] of [["- a\n- b\n", "yaml"], ["42", "json"], ['"name"', "json"], ["[]", "json"], ["just text\n", "yaml"]] as const) {
      const e = errorOf(() => parseModelText(text, { format }));
      expect(e.code).toBe("invalid-model");
      expect(e.issues).toEqual([expect.objectContaining({ path: "", code: "invalid-type", location: { line: 1, column: 1 } })]);
    }
  });

  it("rejects a 1 MB label as too long", () => {
    const e = errorOf(() => parseModelText(`name: ${"x".repeat(1_000_000)}\n`, { format: "yaml" }));
    expect(e.issues).toEqual([expect.objectContaining({ path: "name", code: "too-long", location: { line: 1, column: 7 } })]);
    const j = errorOf(() => parseModelText(JSON.stringify({ name: "Big", services: [{ id: "a", name: "é".repeat(1_000_000) }] }), { format: "json" }));
    expect(j.issues).toEqual([expect.objectContaining({ path: "services[0].name", code: "too-long" })]);
  });

  it('rejects a "__proto__" key (as an own key, never a prototype change)', () => {
    const cases: [string, "yaml" | "json", string][] = [
      ["__proto__: { polluted: true }\nname: x\n", "yaml", "__proto__"],
      ['{"name": "x", "meta": {"__proto__": {"polluted": true}}}', "json", "meta.__proto__"],
      ['{"__proto__": {"polluted": true}, "name": "x"}', "json", "__proto__"],
      ["name: x\nservices:\n  - id: a\n    name: A\n    meta:\n      __proto__: { polluted: true }\n", "yaml", "services[0].meta.__proto__"],
    ];
    for (const [text, format, path] of cases) {
      const e = errorOf(() => parseModelText(text, { format }));
      expect(e.code).toBe("invalid-model");
      expect(e.issues).toEqual([expect.objectContaining({ path, code: "forbidden-key" })]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The JSON issue is located at the key.
    const located = errorOf(() => parseModelText('{"name": "x",\n  "__proto__": {}}', { format: "json" }));
    expect(located.issues[0]!.location).toEqual({ line: 2, column: 3 });
  });

  it("rejects deeply nested junk without overflowing the stack", () => {
    const deep = 100_000;
    const yamlFlow = errorOf(() => parseModelText(`name: x\nmeta:\n  a: ${"[".repeat(deep)}${"]".repeat(deep)}\n`, { format: "yaml" }));
    expect(yamlFlow.code).toBe("syntax-error");
    expect(yamlFlow.issues[0]).toMatchObject({ code: "too-deep", location: { line: 3 } });
    const yamlBlock = errorOf(() => parseModelText(`name: x\nmeta:\n  a:\n    ${"- ".repeat(5000)}x\n`, { format: "yaml" }));
    expect(yamlBlock.issues[0]).toMatchObject({ code: "too-deep", location: { line: 4 } });
    const json = errorOf(() => parseModelText(`{"name":"x","meta":{"a":${"[".repeat(deep)}${"]".repeat(deep)}}}`, { format: "json" }));
    expect(json.code).toBe("invalid-model");
    expect(json.issues[0]).toMatchObject({ code: "too-deep", location: { line: 1 } });
    expect(json.issues[0]!.path.startsWith("meta.a[0]")).toBe(true);
  });

  it("reads nesting up to the limit (a deep but legal meta)", () => {
    const model = parseModelText(`name: x\nmeta:\n  a: ${"[".repeat(40)}1${"]".repeat(40)}\n`, { format: "yaml" });
    let v: unknown = model.meta!.a;
    let depth = 0;
    while (Array.isArray(v)) [v, depth] = [v[0], depth + 1];
    expect([v, depth]).toEqual([1, 40]);
  });
});

describe("parseModelText: text that is not a model", () => {
  it("says an empty file is empty", () => {
    for (const [text, format] of [["", "yaml"], ["", "json"], ["  \n\n", "json"], [fixture("comments-only.yaml"), "yaml"], ["---\n", "yaml"]] as const) {
      const e = errorOf(() => parseModelText(text, { format, fileName: `m.${format}` }));
      expect(e.code).toBe("invalid-model");
      expect(e.issues).toEqual([{ path: "", code: "empty-document", message: "the file is empty: a model needs at least a name", location: { file: `m.${format}`, line: 1, column: 1 } }]);
    }
  });

  it("gives YAML syntax errors with their line and column", () => {
    const e = errorOf(() => parseModelText(fixture("syntax-error.yaml"), { fileName: "syntax-error.yaml" }));
    expect(e.code).toBe("syntax-error");
    expect(e.issues[0]).toMatchObject({ path: "", code: "bad-indent", location: { file: "syntax-error.yaml", line: 6, column: 3 } });
    expect(e.message).toContain("syntax-error.yaml:6:3 (document): ");
  });

  it("refuses duplicate keys, several documents and unknown tags in YAML", () => {
    expect(errorOf(() => parseModelText("name: a\nname: b\n", { format: "yaml" })).issues[0]).toMatchObject({ code: "duplicate-key", location: { line: 2, column: 1 } });
    // 1 and "1" are different YAML keys but the same JavaScript key: one would silently replace the other.
    const keys = errorOf(() => parseModelText("name: a\nmeta:\n  1: x\n  '1': y\n", { format: "yaml" }));
    expect(keys.issues).toEqual([expect.objectContaining({ code: "duplicate-key", message: 'duplicate key "1" (a mapping holds each key once)', location: { line: 4, column: 3 } })]);
    expect(errorOf(() => parseModelText("name: a\n---\nname: b\n", { format: "yaml" })).issues[0]).toMatchObject({ code: "multiple-documents", location: { line: 2, column: 1 } });
    expect(errorOf(() => parseModelText("name: !secret a\n", { format: "yaml" })).issues[0]).toMatchObject({ code: "tag-resolve-failed", location: { line: 1, column: 7 } });
  });

  it("stops a YAML alias bomb at once", { timeout: 5000 }, () => {
    const e = errorOf(() => parseModelText(fixture("alias-bomb.yaml"), { fileName: "alias-bomb.yaml" }));
    expect(e.code).toBe("syntax-error");
    expect(e.issues).toEqual([expect.objectContaining({ path: "", code: "too-many-aliases", location: { file: "alias-bomb.yaml", line: 4, column: 10 } })]);
  });

  it("accepts a recursive alias only to reject the cycle it makes", () => {
    const e = errorOf(() => parseModelText("name: x\nmeta:\n  a: &loop [*loop]\n", { format: "yaml" }));
    expect(e.code).toBe("invalid-model");
    expect(e.issues[0]).toMatchObject({ code: "cycle-in-input", path: "meta.a[0]" });
  });

  it("gives JSON syntax errors with their line and column", () => {
    const cases: [string, number, number, RegExp][] = [
      ['{\n  "name": "x",\n}', 3, 1, /trailing comma/],
      ['{"name": "x"', 1, 13, /end of the file/],
      ['{\n  // note\n  "name": "x"}', 2, 3, /no comments/],
      ["{'name': 'x'}", 1, 2, /double quotes/],
      ['{"name": "x"} {}', 1, 15, /after the end/],
      ['{"name": tru}', 1, 10, /unexpected word "tru"/],
      ['{"name": 01}', 1, 11, /invalid number/],
      ['{"name": "a\nb"}', 1, 12, /unterminated string/],
    ];
    for (const [text, line, column, message] of cases) {
      const e = errorOf(() => parseModelText(text, { format: "json", fileName: "m.json" }));
      expect(e.code).toBe("syntax-error");
      expect(e.issues[0]).toMatchObject({ code: "syntax-error", location: { file: "m.json", line, column } });
      expect(e.issues[0]!.message).toMatch(message);
    }
  });

  it("refuses a duplicate key in JSON (JSON.parse would keep the last silently)", () => {
    const e = errorOf(() => parseModelText('{\n  "name": "a",\n  "services": [{"id": "s", "name": "S", "name": "T"}]\n}', { format: "json" }));
    expect(e.code).toBe("syntax-error");
    expect(e.issues).toEqual([expect.objectContaining({ path: "services[0].name", code: "duplicate-key", location: { line: 3, column: 41 } })]);
  });
});

describe("parseModelText: arguments", () => {
  it("rejects what is not text or has no format", () => {
    expect(errorOf(() => parseModelText(42 as unknown as string, { format: "yaml" })).code).toBe("invalid-argument");
    expect(errorOf(() => parseModelText("name: x", undefined as unknown as { format: "yaml" })).code).toBe("invalid-argument");
    expect(errorOf(() => parseModelText("name: x", {})).code).toBe("invalid-argument");
    expect(errorOf(() => parseModelText("name: x", { fileName: 7 as unknown as string })).code).toBe("invalid-argument");
  });

  it("suggests a format for a near miss, and a file name for an unknown extension", () => {
    const format = errorOf(() => parseModelText("name: x", { format: "yml" as "yaml" }));
    expect(format.issues[0]).toMatchObject({ path: "format", code: "unknown-format", suggestion: "yaml" });
    const file = errorOf(() => parseModelText("name: x", { fileName: "model.yaml.txt" }));
    expect(file.code).toBe("invalid-argument");
    expect(file.issues[0]).toMatchObject({ code: "unknown-format", suggestion: "model.yaml.yaml" });
    expect(errorOf(() => parseModelText("name: x", { fileName: "model.jsn" })).issues[0]!.suggestion).toBe("model.json");
  });
});
