import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parseModelText } from "../../src/io/parse-model-text.js";
import { stringifyModel } from "../../src/io/stringify-model.js";
import { ModelError } from "../../src/model/errors.js";
import { parseModel } from "../../src/model/parse-model.js";
import type { Model } from "../../src/model/schema/model.js";

const valid = parseModelText(readFileSync(new URL("../fixtures/files/valid.yaml", import.meta.url), "utf8"), { format: "yaml" });

const ODD_NAMES = ["yes", "no", "on", "off", "Yes", "y", "0x10", "0o17", "1e3", "1_000", "12:30", ".inf", "-.5", "2024-01-01", "null", "~", "true", "- x", "#x", "x #y", ": x", "x: y", "? x", "[x]", "{x}", "*x", "&x", "!x", "|", ">", "'q'", '"dq"', "%x", "@x", "`x`", " lead", "trail ", "a\nb", "a\n\nb\n\n", "  indented\nfirst", "tab\there", "emoji 🎉 👩‍💻", "Ωmega «ç»", "<<", "x".repeat(10_000)];

function errorOf(fn: () => unknown): ModelError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error("expected a ModelError");
}

describe("stringifyModel", () => {
  it("quotes strings a YAML reader could take for something else, and reads them back as written", () => {
    const model = parseModel({ name: "Odd", services: ODD_NAMES.map((name, i) => ({ id: `s-${i}`, name, description: name })) });
    const text = stringifyModel(model, { format: "yaml" });
    // Another reader (the yaml package as YAML 1.1, which takes yes/on/dates for booleans and timestamps) agrees.
    const asYaml11 = parse(text, { version: "1.1" }) as { services: { name: string }[] };
    expect(asYaml11.services.map((s) => s.name)).toEqual(ODD_NAMES);
    expect(parseModelText(text, { format: "yaml" })).toEqual(model);
    expect(text).toContain('name: "yes"\n');
    expect(text).toContain('name: "2024-01-01"\n');
    expect(text).toContain('name: "0x10"\n');
    expect(text).toContain('name: "~"\n');
    expect(text).toContain('name: "- x"\n');
  });

  it("quotes multi-line text with spaces at the end of a line, which a block scalar would lose", () => {
    const texts = ["  \n", " \n\n", "\t\n", "a  \nb", "a\t\n", "\ud800 lone surrogate", "nul \u0000 char", "\u2028\u0085"];
    const model = parseModel({ name: "Blanks", services: texts.map((description, i) => ({ id: `s-${i}`, name: "S", description })) });
    const text = stringifyModel(model);
    expect(text).toContain('description: " \\ \\n"\n');
    expect(parseModelText(text, { format: "yaml" }).services.map((s) => s.description)).toEqual(texts);
    // Text without trailing blanks keeps the readable block form.
    expect(stringifyModel(parseModel({ name: "x", description: "a\nb\n" }))).toContain("description: |\n  a\n  b\n");
  });

  it("never folds a long line", () => {
    const long = "word ".repeat(2_000).trim();
    const text = stringifyModel(parseModel({ name: long }), { format: "yaml" });
    expect(text).toBe(`name: ${long}\ncurrency: EUR\nhorizonYears: 5\ndiscountRate: 0.08\n`);
  });

  it("writes the compact form, keys in schema order, the same every time", () => {
    const text = stringifyModel(valid);
    expect(text).toBe(stringifyModel(parseModelText(text, { format: "yaml" })));
    expect(text.split("\n").slice(0, 4)).toEqual(["name: Small Workplace", "description: |", "  A test fixture for tests/io and tests/cli.", "  Two lines of description."]);
    // Defaults and derived values are left out; references with share 1 are plain ids.
    expect(text).not.toMatch(/processTimeHours|lifecycle: live|mean:|share: 1\n/);
    expect(text).toContain("    supports:\n      - mail\n      - service: dns\n        share: 2\n");
    // A shared object (an alias in the source) is written out twice, never as an anchor.
    expect(text).not.toMatch(/[&*]owner-meta|&a1/);
  });

  it("adds the yaml-language-server line, or the $schema key in JSON", () => {
    const url = "./node_modules/servicevalue/schema/model.schema.json";
    const yaml = stringifyModel(valid, { format: "yaml", schemaUrl: url });
    expect(yaml.startsWith(`# yaml-language-server: $schema=${url}\nname: Small Workplace\n`)).toBe(true);
    const json = stringifyModel(valid, { format: "json", schemaUrl: url });
    expect(json.startsWith(`{\n  "$schema": "${url}",\n  "name": "Small Workplace",\n`)).toBe(true);
    expect(parseModelText(json, { format: "json" })).toEqual({ ...valid, $schema: url });
  });

  it("writes JSON with 2-space indent and a final newline", () => {
    const text = stringifyModel(parseModel({ name: "J", meta: { a: [1, null] } }), { format: "json" });
    expect(text).toBe('{\n  "name": "J",\n  "currency": "EUR",\n  "horizonYears": 5,\n  "discountRate": 0.08,\n  "meta": {\n    "a": [\n      1,\n      null\n    ]\n  }\n}\n');
  });

  it("rejects bad arguments with a ModelError", () => {
    expect(errorOf(() => stringifyModel(null as unknown as Model)).code).toBe("invalid-argument");
    // A hand-built object is checked: a valid one is written, an invalid one is refused with its issues.
    expect(stringifyModel({ name: "x", services: [{ id: "a", name: "A" }] } as unknown as Model)).toBe(
      "name: x\ncurrency: EUR\nhorizonYears: 5\ndiscountRate: 0.08\nservices:\n  - id: a\n    name: A\n",
    );
    const invalid = errorOf(() => stringifyModel({ name: "x", services: [{ id: 1 }] } as unknown as Model));
    expect(invalid.code).toBe("invalid-argument");
    expect(invalid.issues.map((i) => i.path)).toEqual(["services[0].id", "services[0].name"]);
    // A frozen object of the wrong shape (it looks like a parsed model) does not crash either.
    expect(errorOf(() => stringifyModel(Object.freeze({ name: "x", services: "oops" }) as unknown as Model)).code).toBe("invalid-argument");
    expect(errorOf(() => stringifyModel(valid, { format: "xml" as "yaml" })).issues[0]).toMatchObject({ path: "format", code: "unknown-format" });
    expect(errorOf(() => stringifyModel(valid, { schemaUrl: "a\nb" })).code).toBe("invalid-argument");
    expect(errorOf(() => stringifyModel(valid, null as unknown as { format: "yaml" })).code).toBe("invalid-argument");
  });
});
