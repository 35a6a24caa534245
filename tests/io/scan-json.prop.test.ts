import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanJson } from "../../src/io/scan-json.js";
import { formatPath } from "../../src/model/errors.js";

const hasDuplicateKeys = (text: string): boolean => scanJson(text).error?.code === "duplicate-key";

describe("scanJson (properties)", () => {
  it("accepts every JSON text JSON.stringify writes, and locates every value", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const values = new Map<string, unknown>();
        const walk = (v: unknown, path: (string | number)[]) => {
          values.set(formatPath(path), v);
          if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, i]));
          else if (v !== null && typeof v === "object") for (const [k, item] of Object.entries(v)) walk(item, [...path, k]);
        };
        walk(value, []);
        const scan = scanJson(text, new Set(values.keys()));
        expect(scan.error).toBeUndefined();
        expect(scan.nodes.size).toBe(values.size);
        // The trusted mode (after JSON.parse took the text) skips strings faster and finds the same places.
        expect(scanJson(text, new Set(values.keys()), true)).toEqual(scan);
        for (const [path, v] of values) {
          const first = text[scan.nodes.get(path)!.offset];
          const expected = Array.isArray(v) ? "[" : v === null ? "n" : typeof v === "object" ? "{" : typeof v === "string" ? '"' : typeof v === "boolean" ? String(v)[0] : undefined;
          if (expected) expect(first).toBe(expected);
          else expect(first).toMatch(/[-0-9]/);
        }
      }),
    );
  });

  it("fails exactly where JSON.parse fails (on texts built from JSON pieces)", () => {
    const piece = fc.constantFrom("{", "}", "[", "]", ",", ":", '"a"', '"b"', "1", "-0.5e3", "true", "null", " ", "\n", "01", "'x'", "/", '"\\q"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const scan = scanJson(text);
        if (parses) expect(scan.error === undefined || hasDuplicateKeys(text)).toBe(true);
        else expect(scan.error?.code).toBe("syntax-error");
      }),
      { numRuns: 3000 },
    );
  });
});
