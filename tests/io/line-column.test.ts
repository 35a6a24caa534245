import { describe, expect, it } from "vitest";
import { lineColumnOf } from "../../src/io/line-column.js";

describe("lineColumnOf", () => {
  it("maps offsets to 1-based lines and columns", () => {
    const at = lineColumnOf("ab\ncd\r\n\nx");
    expect([0, 1, 2, 3, 4, 7, 8, 9, 100, -5].map((o) => at(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
      { line: 4, column: 2 },
      { line: 1, column: 1 },
    ]);
  });
});
