import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exampleReports } from "../../scripts/build-reports.js";
import { exampleFiles } from "../examples/load-example.js";
import { rawTableCellCounts } from "./report-tables.js";

/**
 * The committed reports of the examples (examples/<example>-report.md) are what `servicevalue report` prints for them
 * today: a change to the model, the numbers or the report that is not re-built (npm run reports) fails here.
 */
describe("the committed example reports", async () => {
  const reports = await exampleReports();

  it("cover every example", () => {
    expect(reports.map((r) => `${r.example}.yaml`)).toEqual(exampleFiles());
  });

  it.each(reports.map((r) => [r.example, r] as const))("%s-report.md is up to date (npx tsx scripts/build-reports.ts)", (_, report) => {
    expect(readFileSync(report.file, "utf8")).toBe(report.text);
    expect(report.warnings).toBe("");
    for (const counts of rawTableCellCounts(report.text)) expect(new Set(counts).size).toBe(1);
    expect(report.text).toContain("```mermaid\n");
  });
});
