import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readModel } from "../../../src/io/fs/read-model.js";
import { writeModel } from "../../../src/io/fs/write-model.js";
import { parseModelText } from "../../../src/io/parse-model-text.js";
import { stringifyModel } from "../../../src/io/stringify-model.js";
import { parseModel } from "../../../src/model/parse-model.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "servicevalue-prop-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Text that YAML writers get wrong: look-alikes of other types, indicators, quotes, line breaks, unicode, long text. */
const tricky = fc.constantFrom("yes", "No", "on", "~", "null", "0x1F", "1e3", ".5", "2024-01-01", "12:30", "- x", "#x", "a #b", ": x", "x:", "? x", "&a", "*a", "!t", "%x", "@x", "`x`", "|", ">", "'", '"', "\\", "<<", "{a}", "[a]", "\u2028", "\u0085", "\ufeff", "a\u0000b", "\ud800");
const pieces = fc.array(fc.oneof(fc.constantFrom("a", "Z", " ", "  ", ":", ": ", "#", " #", "-", "- ", "'", '"', "\\", "\n", "\r\n", "\t", "é", "ß", "中", "🎉", "👩‍💻", ",", "{", "]"), tricky), { maxLength: 12 }).map((a) => a.join(""));
const text = fc.oneof(
  { weight: 3, arbitrary: pieces },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 16 }) },
  { weight: 1, arbitrary: fc.nat({ max: 1500 }).map((n) => "long text, ".repeat(n)) },
);
// A name must hold something other than white space (parseModel refuses blank names).
const label = text.filter((s) => /\S/.test(s));

/** Meta is kept verbatim: nested objects and arrays of strings, numbers, booleans and null. -0 is left out: JSON has no -0. */
const key = text.filter((k) => k !== "__proto__");
const { meta } = fc.letrec((tie) => ({
  leaf: fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)), fc.boolean(), fc.constant(null)),
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, tie("leaf"), fc.array(tie("value"), { maxLength: 3 }), fc.dictionary(key, tie("value"), { maxKeys: 3 })),
  meta: fc.dictionary(key, tie("value"), { maxKeys: 4 }),
}));

const modelInput = fc
  .record({
    name: label,
    description: fc.option(text, { nil: undefined }),
    meta: fc.option(meta, { nil: undefined }),
    services: fc.array(fc.record({ name: label, description: fc.option(text, { nil: undefined }), meta: fc.option(meta, { nil: undefined }) }), { maxLength: 4 }),
    stepName: label,
    trigger: text,
  })
  .map(({ name, description, meta: m, services, stepName, trigger }) => ({
    name,
    ...(description === undefined ? {} : { description }),
    ...(m === undefined ? {} : { meta: m }),
    stakeholders: [{ id: "staff", name, roles: ["user"], meta: m ?? {} }],
    services: services.map((s, i) => ({ id: `s-${i}`, ...s, consumers: ["staff"] })),
    valueStreams: [{ id: "vs", name: stepName, trigger, outcome: name, steps: [{ id: "st", name: stepName, activity: "engage", processTime: "2h" }] }],
    costs: services.length > 0 ? [{ of: "s-0", name, category: "other", amount: { low: 1, high: 2 } }] : [],
  }));

describe("round trip (properties)", () => {
  it("stringifyModel then parseModelText gives an equal model, in YAML and JSON", () => {
    fc.assert(
      fc.property(modelInput, (input) => {
        const model = parseModel(input);
        expect(model.meta).toEqual(input.meta);
        for (const format of ["yaml", "json"] as const) expect(parseModelText(stringifyModel(model, { format }), { format })).toEqual(model);
      }),
      { numRuns: 300 },
    );
  });

  it("readModel then writeModel then readModel gives an equal model, across formats", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(modelInput, fc.constantFrom("yaml", "yml", "json"), fc.constantFrom("yaml", "json"), async (input, first, second) => {
        const model = parseModel(input);
        const a = join(dir, `m${++n}.${first}`);
        await writeModel(model, a);
        const read = await readModel(a);
        expect(read).toEqual(model);
        const b = join(dir, `m${n}-again.${second}`);
        await writeModel(read, b);
        expect(await readModel(b)).toEqual(model);
      }),
      { numRuns: 60 },
    );
  });
});
