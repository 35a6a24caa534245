import { describe, expect, it } from "vitest";
import { scanJson } from "../../src/io/scan-json.js";

describe("scanJson", () => {
  it("records where the wanted values and their keys start", () => {
    const text = '{"a": [1, {"b c": true}], "d": null}';
    const scan = scanJson(text, new Set(["", "a", "a[0]", 'a[1]["b c"]', "d", "missing"]));
    expect(scan.error).toBeUndefined();
    expect(Object.fromEntries(scan.nodes)).toEqual({
      "": { offset: 0 },
      a: { offset: 6, keyOffset: 1 },
      "a[0]": { offset: 7 },
      'a[1]["b c"]': { offset: 18, keyOffset: 11 },
      d: { offset: 31, keyOffset: 26 },
    });
    expect(text.slice(18, 22)).toBe("true");
  });

  it("skips escaped quotes in trusted mode", () => {
    const text = '{"a\\\\": "x\\"y\\\\", "b": ["\\\\\\""]}';
    expect(JSON.parse(text)).toEqual({ "a\\": 'x"y\\', b: ['\\"'] });
    expect(scanJson(text, new Set(["b[0]"]), true)).toEqual(scanJson(text, new Set(["b[0]"])));
    expect(scanJson(text, new Set(["b[0]"]), true).nodes.get("b[0]")).toEqual({ offset: 24 });
  });

  it("decodes escaped keys before naming their path", () => {
    const scan = scanJson('{"n\\u0061me": 1, "x\\"y": 2}', new Set(["name", '["x\\"y"]']));
    expect([...scan.nodes.keys()]).toEqual(["name", '["x\\"y"]']);
  });

  it("finds duplicate keys at any depth, with their path", () => {
    expect(scanJson('{"a": 1, "a": 2}').error).toMatchObject({ code: "duplicate-key", offset: 9, path: ["a"] });
    expect(scanJson('{"s": [{"id": 1}, {"id": 1, "id": 2}]}').error).toMatchObject({ code: "duplicate-key", path: ["s", 1, "id"] });
    // The same key in sibling objects is fine.
    expect(scanJson('[{"a": 1}, {"a": 1}]').error).toBeUndefined();
  });

  it("walks deep nesting without recursion", () => {
    const n = 200_000;
    expect(scanJson(`${"[".repeat(n)}${"]".repeat(n)}`).error).toBeUndefined();
    expect(scanJson(`${"[".repeat(n)}${"]".repeat(n - 1)}`).error).toMatchObject({ code: "syntax-error", offset: 2 * n - 1 });
  });

  it("names what is wrong", () => {
    const message = (text: string) => scanJson(text).error?.message;
    expect(message("")).toBe("unexpected end of the file");
    expect(message("[1,]")).toBe("a trailing comma is not allowed in JSON");
    expect(message('{"a":1,}')).toBe("a trailing comma is not allowed in JSON");
    expect(message('{"a" 1}')).toMatch(/expected ":" after the key "a"/);
    expect(message("[1 2]")).toMatch(/expected "," or "\]"/);
    expect(message('"\\x"')).toMatch(/invalid escape/);
    expect(message('"\\u12"')).toMatch(/4 hex digits/);
    expect(message('"a\tb"')).toMatch(/control character/);
    expect(message("-")).toBe("invalid number");
    expect(message("1.")).toMatch(/invalid number/);
    expect(message("{name: 1}")).toMatch(/expected a key in double quotes: unexpected word "name"/);
    expect(message("[😀]")).toBe('unexpected character "😀"');
  });
});
