// @vitest-environment jsdom
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { toMermaidView } from "../../src/mermaid/to-mermaid-view.js";
import { example } from "./examples.js";
import { parseErrors } from "./mermaid-parser.js";

const DOC = resolve(__dirname, "../../docs/diagrams.md");
/** `<!-- view: <name> <options as JSON> -->` and the ```mermaid block after it. */
const BLOCK = /<!-- view: (\S+) (\{.*\}) -->\n```mermaid\n([\s\S]*?)```\n/g;

/** The doc with every block written again from the modern workplace example. */
function regenerated(doc: string): string {
  const { model } = example("modern-workplace");
  return doc.replace(BLOCK, (_, view: string, options: string) => {
    const { text } = toMermaidView(model, view, JSON.parse(options) as Record<string, unknown>);
    return `<!-- view: ${view} ${options} -->\n\`\`\`mermaid\n${text}\`\`\`\n`;
  });
}

describe("docs/diagrams.md", () => {
  let doc = readFileSync(DOC, "utf8");
  // UPDATE_DIAGRAMS=1 writes the blocks again after a change to the views or the example.
  if (process.env.UPDATE_DIAGRAMS === "1" && regenerated(doc) !== doc) {
    doc = regenerated(doc);
    writeFileSync(DOC, doc);
  }

  it("shows every view of the modern workplace as the code draws it today", () => {
    expect(doc).toBe(regenerated(doc));
    const views = new Set([...doc.matchAll(BLOCK)].map((m) => m[1]));
    expect([...views].sort()).toEqual(["cost-flow", "dimensions", "impact", "journey", "portfolio-quadrant", "service-map", "stakeholder-map", "value-stream"]);
  });

  it("has blocks that Mermaid 11 and 12 parse", async () => {
    for (const [, view, options, text] of doc.matchAll(BLOCK)) expect([view, options, await parseErrors(text!)]).toEqual([view, options, []]);
  });
});
