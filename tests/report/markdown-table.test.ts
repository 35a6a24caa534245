import { describe, expect, it } from "vitest";
import { markdown } from "../../src/report/escape-markdown.js";
import { markdownTable } from "../../src/report/markdown-table.js";
import { readReport } from "./report-tables.js";

describe("markdownTable", () => {
  it("writes a header, a delimiter row with the alignment, and escaped cells", () => {
    const lines = markdownTable([{ title: "Service" }, { title: "TCO (EUR)", align: "right" }], [["Mail | Chat", markdown("1,200")], ["", markdown("**2**")]]);
    expect(lines).toEqual(["| Service | TCO (EUR) |", "| :-- | --: |", "| Mail \\| Chat | 1,200 |", "|   | **2** |"]);
    const [table] = readReport(`## T\n\n${lines.join("\n")}\n`).tables("T");
    expect(table!.rows).toEqual([
      { Service: "Mail | Chat", "TCO (EUR)": "1,200" },
      { Service: "", "TCO (EUR)": "2" },
    ]);
  });

  it("writes just the header for no rows", () => {
    expect(markdownTable([{ title: "A" }], [])).toEqual(["| A |", "| :-- |"]);
  });

  it("refuses a row with the wrong number of cells (a bug in the report, not bad input)", () => {
    expect(() => markdownTable([{ title: "A" }, { title: "B" }], [["only one"]])).toThrow(/invariant failed: markdownTable: a row has 1 cells for 2 columns/);
  });
});
