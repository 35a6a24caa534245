import { describe, expect, it } from "vitest";
import { drawModelDrawing, modelDrawings } from "../../../src/cli/render/model-drawings.js";
import { MERMAID_VIEW_NAMES } from "../../../src/mermaid/to-mermaid-view.js";
import { MERMAID_MAJORS, type MermaidMajor } from "../../../src/cli/render/resolve-mermaid-bundle.js";
import { exampleFiles, loadExample } from "../../examples/load-example.js";
import { useMermaidBrowser } from "./mermaid-browser.js";
import { missingLabels } from "./missing-labels.js";

/**
 * Every view of every example, drawn for every element it can be drawn for, rendered by the real Mermaid 11 and 12
 * in Chromium (securityLevel strict): no error or error diagram, every label shown, no script run.
 */
const mermaid = useMermaidBrowser();
const examples = exampleFiles().map((file) => ({ file, model: loadExample(file).model }));

it("has examples, and draws every view of each, each per-element view for at least one element", () => {
  expect(examples.map((e) => e.file)).toContain("modern-workplace.yaml");
  for (const { file, model } of examples) expect([file, [...new Set(modelDrawings(model).map((d) => d.view))]]).toEqual([file, MERMAID_VIEW_NAMES]);
});

/** Render diagrams in one Mermaid version: what failed or is not shown, as lines naming the diagram. */
async function problemsIn(major: MermaidMajor, file: string, diagrams: readonly { stem: string; text: string }[]): Promise<string[]> {
  const renderer = mermaid.renderer(major);
  const results = await renderer.renderAll(diagrams.map((d) => ({ text: d.text, id: d.stem })));
  const problems: string[] = [];
  for (const [i, result] of results.entries()) {
    const { stem, text } = diagrams[i]!;
    const where = `Mermaid ${major} ${file} ${stem}`;
    if (!result.ok) problems.push(`${where}: ${result.error}`);
    else for (const label of await missingLabels(renderer.page, text, result.visibleText)) problems.push(`${where}: label not shown: ${JSON.stringify(label)}`);
  }
  const ran = (await renderer.page.evaluate("window.__xss")) as string[];
  return [...problems, ...ran.map((call) => `Mermaid ${major} ${file}: script ran: ${call}`)];
}

describe.each(examples)("$file", ({ file, model }) => {
  // Mermaid 11 and 12 render side by side, each in its own page (its own renderer process).
  it.each(MERMAID_VIEW_NAMES)("renders every %s diagram in Mermaid 11 and 12 with every label shown", async (view) => {
    const diagrams = modelDrawings(model)
      .filter((d) => d.view === view)
      .map((d) => ({ stem: d.stem, text: drawModelDrawing(model, d).text }));
    const problems = await Promise.all(MERMAID_MAJORS.map((major) => problemsIn(major, file, diagrams)));
    expect(problems.flat()).toEqual([]);
    expect(mermaid.dialogs()).toEqual([]);
  });
});
