import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/io/decode-text.js";
import { ModelError } from "../../src/model/errors.js";

function errorOf(bytes: number[]): ModelError {
  try {
    decodeText(Uint8Array.from(bytes), "readModel", "m.yaml");
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error("expected a ModelError");
}

const utf8 = (text: string) => [...new TextEncoder().encode(text)];

describe("decodeText", () => {
  it("decodes UTF-8 and drops a byte order mark", () => {
    expect(decodeText(Uint8Array.from(utf8("name: Zürich 🎉\n")), "readModel", "m.yaml")).toBe("name: Zürich 🎉\n");
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("name: x")]), "readModel", "m.yaml")).toBe("name: x");
  });

  it("says a file with a NUL byte is not a text file, and where", () => {
    const e = errorOf([...utf8("name: x\nab"), 0, 1, 2]);
    expect(e.code).toBe("syntax-error");
    expect(e.message).toMatch(/^readModel: "m.yaml" is not a text file/);
    expect(e.issues).toEqual([expect.objectContaining({ path: "", code: "not-text", location: { file: "m.yaml", line: 2, column: 3 } })]);
    expect(e.issues[0]!.message).toMatch(/NUL byte at byte 10/);
  });

  it("says invalid UTF-8 is not text, naming the first bad byte", () => {
    expect(errorOf([...utf8("name: "), 0xc3, 0x28]).issues[0]!.message).toMatch(/not UTF-8 \(at byte 6\)/);
    expect(errorOf([0x89, 0x50, 0x4e, 0x47]).issues[0]!.message).toMatch(/at byte 0/); // a PNG header
    expect(errorOf([...utf8("ok"), 0xed, 0xa0, 0x80]).issues[0]!.message).toMatch(/at byte 2/); // a surrogate
    expect(errorOf([...utf8("ok"), 0xe2, 0x82]).issues[0]!.message).toMatch(/at byte 2/); // cut short
  });

  it("names UTF-16", () => {
    expect(errorOf([0xff, 0xfe, 0x6e, 0x00]).issues[0]!.message).toMatch(/UTF-16/);
  });
});
