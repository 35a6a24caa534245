// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import {
  MAX_TITLE_LENGTH,
  cleanLabel,
  flowchartLabel,
  flowchartLines,
  journeyActor,
  journeyText,
  mindmapText,
  quadrantText,
  quadrantTitle,
  sankeyField,
  sankeyName,
} from "../../src/mermaid/escape.js";
import { HOSTILE_LABELS } from "../fixtures/hostile-labels.js";
import { MERMAID_VERSIONS, displayed, parsed, visible } from "./mermaid-parser.js";

/**
 * Every hostile string in every label position of every diagram type, parsed by Mermaid 11 and 12; the text Mermaid
 * keeps is decoded the way the browser shows it and compared with the cleaned label (the views' own tests do the same
 * through whole models, tests/mermaid/hostile-views.test.ts).
 */
describe.each(HOSTILE_LABELS)("hostile label: $name", ({ text }) => {
  const shown = visible(cleanLabel(text));

  it.each(MERMAID_VERSIONS)("flowchart node, edge, subgraph and title (Mermaid %i)", async (version) => {
    const d = await parsed(
      version,
      `---\ntitle: x\n---\nflowchart LR\n  subgraph x_g [${flowchartLabel(text)}]\n    n_a[${flowchartLabel(text)}]\n  end\n` +
        `  n_a -->|${flowchartLabel(text)}| n_b(${flowchartLines([text, "second line"])})\n  n_c{{${flowchartLabel(text)}}}\n`,
    );
    const vertices = [...d.db.getVertices().values()] as { id: string; text: string }[];
    expect(vertices.map((v) => v.id)).toEqual(["n_a", "n_b", "n_c"]);
    expect(displayed(vertices[0]!.text)).toBe(shown);
    expect(displayed(vertices[1]!.text)).toBe(`${shown}\nsecond line`);
    expect(displayed(vertices[2]!.text)).toBe(shown);
    expect(displayed(d.db.getSubGraphs()[0].title)).toBe(shown);
    expect(displayed(d.db.getEdges()[0].text)).toBe(shown);
  });

  it.each(MERMAID_VERSIONS)("journey title, section, task and actors (Mermaid %i)", async (version) => {
    const d = await parsed(
      version,
      `journey\n  title ${journeyText(text)}\n  section ${journeyText(text)}\n    ${journeyText(text)}: 3: ${journeyActor(text)}, Other\n    ${journeyText(text)}: 5\n`,
    );
    const tasks = d.db.getTasks() as { task: string; score: number; people: string[]; section: string }[];
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatchObject({ task: journeyText(text), score: 3, people: [journeyActor(text), "Other"], section: journeyText(text) });
    expect(tasks[1]).toMatchObject({ task: journeyText(text), score: 5, people: [] });
  });

  it.each(MERMAID_VERSIONS)("quadrant title, axes, quadrants and points (Mermaid %i)", async (version) => {
    const d = await parsed(
      version,
      `quadrantChart\n  title ${quadrantTitle(text)}\n  x-axis ${quadrantText(text)} --> ${quadrantText("right")}\n` +
        `  y-axis ${quadrantText("bottom")} --> ${quadrantText(text)}\n  quadrant-1 ${quadrantText(text)}\n` +
        `  classDef gain color: #2e7d32, radius: 6\n  ${quadrantText(text)}:::gain: [0.250, 1]\n  ${quadrantText(text)}: [0, 0.999]\n`,
    );
    const data = d.db.getQuadrantData();
    expect(data.points.map((p: { text: { text: string } }) => displayed(p.text.text))).toEqual([shown, shown]);
    expect(displayed(data.title.text)).toBe(visible(cleanLabel(text, MAX_TITLE_LENGTH)));
    expect(data.axisLabels.map((a: { text: string }) => displayed(a.text))).toContain(shown);
    expect(data.quadrants.map((q: { text: { text: string } }) => displayed(q.text.text))).toContain(shown);
  });

  it.each(MERMAID_VERSIONS)("sankey source and target (Mermaid %i)", async (version) => {
    const d = await parsed(version, `sankey-beta\n\n${sankeyField(text)},"Target",1.5\n"Source",${sankeyField(text)},2\n`);
    const graph = d.db.getGraph();
    expect(graph.nodes.map((n: { id: string }) => n.id)).toEqual([sankeyName(text), "Target", "Source"]);
    expect(graph.links.map((l: { value: number }) => l.value)).toEqual([1.5, 2]);
  });

  it.each(MERMAID_VERSIONS)("mindmap root and children (Mermaid %i)", async (version) => {
    const d = await parsed(version, `mindmap\n  n_root((${mindmapText(text)}))\n    x_a[${mindmapText(text)}]\n      x_b(${mindmapText(text)})\n    x_c[${mindmapText("sibling")}]\n`);
    const root = d.db.getMindmap();
    expect(displayed(root.descr)).toBe(shown);
    expect(root.children.map((c: { descr: string }) => displayed(c.descr))).toEqual([shown, "sibling"]);
    expect(displayed(root.children[0].children[0].descr)).toBe(shown);
  });
});
