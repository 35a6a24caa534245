import { readFileSync, readdirSync } from "node:fs";
import { parse } from "yaml";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { MODEL_SCHEMA_ID, modelJsonSchema } from "../../src/model/json-schema.js";
import { ModelSchema } from "../../src/model/schema/model.js";

// NOTE: this tests src/model/json-schema.ts; it lives in tests/io with the committed file it guards (schema/).
const ROOT = new URL("../../", import.meta.url);
const DERIVED = new Set(["processTimeHours", "waitTimeHours"]);

type Json = { [key: string]: unknown };
type Def = { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType; innerType?: z.core.$ZodType; in?: z.core.$ZodType; options?: z.core.$ZodType[]; valueType?: z.core.$ZodType };
const defOf = (s: z.core.$ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Walk the zod schema and the JSON Schema together; collect every object whose keys differ. */
function compareKeys(schema: z.core.$ZodType, json: Json, path: string, out: string[], seen: string[] = []): void {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
      return compareKeys(def.innerType!, json, path, out, seen);
    case "pipe":
      return compareKeys(def.in!, json, path, out, seen);
    case "array":
      return compareKeys(def.element!, json.items as Json, `${path}[]`, out, seen);
    case "record":
      return compareKeys(def.valueType!, json.additionalProperties as Json, `${path}{}`, out, seen);
    case "union": {
      // A union of primitives (a duration: number or string) becomes a list of types, not anyOf.
      const branches = json.anyOf as Json[] | undefined;
      if (!branches) return;
      def.options!.forEach((o, i) => compareKeys(o, branches[i]!, `${path}|${i}`, out, seen));
      return;
    }
    case "object": {
      seen.push(path);
      const zodKeys = Object.keys(def.shape!).filter((k) => !DERIVED.has(k)).sort();
      const jsonKeys = Object.keys(json.properties as Json).sort();
      if (JSON.stringify(zodKeys) !== JSON.stringify(jsonKeys)) out.push(`${path}: zod ${zodKeys.join(",")} vs JSON ${jsonKeys.join(",")}`);
      if (json.additionalProperties !== false) out.push(`${path}: unknown keys are allowed`);
      for (const [k, s] of Object.entries(def.shape!)) if (!DERIVED.has(k)) compareKeys(s, (json.properties as Record<string, Json>)[k]!, `${path}.${k}`, out, seen);
      return;
    }
    default:
      return;
  }
}

/** A tiny JSON Schema checker, enough for this schema (type, enum, pattern, lengths, bounds, properties, items, anyOf). */
function accepts(schema: Json, value: unknown): boolean {
  if (schema.anyOf) return (schema.anyOf as Json[]).some((s) => accepts({ ...schema, anyOf: undefined, ...s }, value));
  const type = Array.isArray(value) ? "array" : value === null ? "null" : Number.isInteger(value) ? "integer" : typeof value;
  const types = schema.type === undefined ? undefined : ([] as unknown[]).concat(schema.type);
  if (types && !types.includes(type) && !(type === "integer" && types.includes("number"))) return false;
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) return false;
  if (typeof value === "string") {
    if (schema.pattern && !new RegExp(schema.pattern as string, "u").test(value)) return false;
    if (value.length < ((schema.minLength as number) ?? 0) || value.length > ((schema.maxLength as number) ?? Infinity)) return false;
  }
  if (typeof value === "number") {
    if (value < ((schema.minimum as number) ?? -Infinity) || value > ((schema.maximum as number) ?? Infinity)) return false;
    if (value <= ((schema.exclusiveMinimum as number) ?? -Infinity) || value >= ((schema.exclusiveMaximum as number) ?? Infinity)) return false;
  }
  if (Array.isArray(value)) return value.length >= ((schema.minItems as number) ?? 0) && (!schema.items || value.every((v) => accepts(schema.items as Json, v)));
  if (type === "object") {
    const o = value as Json;
    const properties = (schema.properties ?? {}) as Record<string, Json>;
    if (((schema.required ?? []) as string[]).some((k) => !(k in o))) return false;
    return Object.entries(o).every(([k, v]) =>
      properties[k] ? accepts(properties[k], v) : schema.additionalProperties === false ? false : typeof schema.additionalProperties === "object" ? accepts(schema.additionalProperties as Json, v) : true,
    );
  }
  return true;
}

describe("modelJsonSchema", () => {
  const schema = modelJsonSchema() as Json;

  it("is what schema/model.schema.json holds (run npx tsx scripts/build-schema.ts after a schema change)", () => {
    const committed = readFileSync(new URL("schema/model.schema.json", ROOT), "utf8");
    expect(committed).toBe(`${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
  });

  it("names itself, for editors", () => {
    expect(schema).toMatchObject({ $schema: "http://json-schema.org/draft-07/schema#", $id: MODEL_SCHEMA_ID, title: "servicevalue model", type: "object", additionalProperties: false });
    expect(schema.required).toEqual(["name"]);
  });

  it("has, for every entity, exactly the keys of the zod schema (less the derived ones)", () => {
    const differences: string[] = [];
    const seen: string[] = [];
    compareKeys(ModelSchema, schema, "model", differences, seen);
    expect(differences).toEqual([]);
    expect(seen).toEqual(
      expect.arrayContaining([
        "model",
        "model.stakeholders[]",
        "model.services[].consumers[]|1",
        "model.services[].offerings[]",
        "model.services[].agreement.targets[]",
        "model.valueStreams[].steps[]",
        "model.journeys[].stages[].touchpoints[]",
        "model.costs[]",
        "model.investments[].reduces[]",
        "model.lint.rules{}|1",
      ]),
    );
    expect(Object.keys((schema.properties as Json).valueStreams as Json)).not.toContain("processTimeHours");
  });

  it("accepts the fixtures and the examples, and rejects a typo", () => {
    const files = [
      new URL("tests/fixtures/files/valid.yaml", ROOT),
      new URL("tests/fixtures/files/empty-model.json", ROOT),
      ...readdirSync(new URL("examples/", ROOT)).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => new URL(`examples/${f}`, ROOT)),
    ];
    for (const file of files) expect([file.pathname, accepts(schema, parse(readFileSync(file, "utf8")))]).toEqual([file.pathname, true]);
    expect(accepts(schema, parse(readFileSync(new URL("tests/fixtures/files/unknown-key.yaml", ROOT), "utf8")))).toBe(false);
    expect(accepts(schema, { name: "x", horizonYears: 0 })).toBe(false);
    expect(accepts(schema, { name: "x", services: [{ id: "Bad Id", name: "B" }] })).toBe(false);
  });
});
