import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  ACTIVITY_IDS,
  DIMENSION_IDS,
  ITIL4_PRACTICES,
  JOURNEY_STAGE_IDS,
  PRINCIPLE_IDS,
  STAKEHOLDER_ROLE_IDS,
} from "../../src/index.js";

const GLOSSARY = readFileSync(fileURLToPath(new URL("../../docs/glossary.md", import.meta.url)), "utf8");

/** Rows of the markdown tables whose first cell is a backticked id. */
const idRows = (text: string) =>
  text
    .split("\n")
    .filter((line) => /^\| `[a-z0-9-]+` \|/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim()),
    );

const section = (heading: string) => {
  const start = GLOSSARY.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const end = GLOSSARY.indexOf("\n### ", start + heading.length + 2);
  return GLOSSARY.slice(start, end < 0 ? undefined : end);
};
const idsIn = (heading: string) => idRows(section(heading)).map((row) => row[0]!.replace(/`/g, ""));

describe("docs/glossary.md", () => {
  it("lists exactly the 34 practices of the catalog, with their names, categories and aliases", () => {
    const rows = idRows(section("### Practice"));
    expect(rows).toHaveLength(34);
    expect(rows.map(([id, name, category, aliases]) => ({ id: id!.replace(/`/g, ""), name, category, aliases }))).toEqual(
      ITIL4_PRACTICES.map((p) => ({
        id: p.id,
        name: p.name,
        category: p.category,
        aliases: (p.aliases as readonly string[]).map((a) => `\`${a}\``).join(", "),
      })),
    );
  });

  it("lists the value chain activities, guiding principles, dimensions and journey stages by id", () => {
    expect(idsIn("### Service value chain")).toEqual([...ACTIVITY_IDS]);
    expect(idsIn("### Guiding principles")).toEqual([...PRINCIPLE_IDS]);
    expect(idsIn("### Four dimensions")).toEqual([...DIMENSION_IDS]);
    expect(idsIn("### Customer journey")).toEqual([...JOURNEY_STAGE_IDS]);
  });

  it("defines every term once", () => {
    const headings = [...GLOSSARY.matchAll(/^### (.+)$/gm)].map((m) => m[1]!);
    expect(new Set(headings).size).toBe(headings.length);
    const required = [
      "Value", "Outcome", "Output", "Cost", "Risk", "Utility", "Warranty", "Service", "Product", "Offering",
      "Service relationship", "Value co-creation", "Service value chain", "Value stream", "Practice", "Guiding principles",
      "Four dimensions", "Customer journey", "TCO", "Showback", "Capex and opex", "NPV", "IRR", "ROI", "VOI", "EVPI",
      "Expected annual loss", "Flow efficiency", "%C&A", "Lead time",
      ...STAKEHOLDER_ROLE_IDS.map((r) => r[0]!.toUpperCase() + r.slice(1)),
    ];
    expect(headings).toEqual(expect.arrayContaining(required));
  });
});
