import { describe, expect, it } from "vitest";
import { cleanLabel, journeyActor, journeyText, sankeyName } from "../../src/mermaid/escape.js";
import { toMermaidView } from "../../src/mermaid/to-mermaid-view.js";
import { HOSTILE_LABELS } from "../fixtures/hostile-labels.js";
import { labelledModel } from "./labelled-model.js";
import { displayed, parsed, visible, type MermaidVersion } from "./mermaid-parser.js";

/** The views, with where to find in Mermaid's parse what the reader sees of one element's name. */
const VIEWS: { view: string; options?: Record<string, unknown> }[] = [
  { view: "service-map", options: { tco: true } },
  { view: "service-map", options: { aggregate: true } },
  { view: "stakeholder-map" },
  { view: "value-stream", options: { id: "flow" } },
  { view: "journey", options: { id: "trip" } },
  { view: "portfolio-quadrant" },
  { view: "portfolio-quadrant", options: { of: "investments" } },
  { view: "cost-flow" },
  { view: "dimensions", options: { id: "graph" } },
  { view: "impact", options: { id: "click", offerings: true } },
];

const firstLine = (label: string) => displayed(label).split("\n")[0];

/**
 * Each hostile string as every name, trigger and outcome of a model that uses every label position (ids are Mermaid
 * keywords too: `end`, `style`, `click`, `graph`, `subgraph`, `constructor`): every view parses in Mermaid `version`,
 * has the nodes it should, and shows the cleaned name. One test file per version, so that the two run side by side.
 */
export function describeHostileViews(version: MermaidVersion): void {
  describe.each(HOSTILE_LABELS.filter(({ text }) => /\S/.test(text)))("views with every name $name", ({ text }) => {
    const model = labelledModel(() => text);
    const shown = (id: string) => visible(cleanLabel(text, 60, id));

    it(`parse in Mermaid ${version} and show the names`, async () => {
      for (const { view, options } of VIEWS) {
        const { text: mermaid } = toMermaidView(model, view, options);
        const d = await parsed(version, mermaid);
        if (d.type === "flowchart-v2") {
          const vertices = d.db.getVertices() as Map<string, { text: string }>;
          const byId = (id: string) => vertices.get(id);
          if (view === "service-map" && options?.aggregate !== true) {
            expect([...vertices.keys()]).toEqual(expect.arrayContaining(["n_graph", "n_end", "n_style", "n_click", "n_constructor", "n_supplier"]));
            expect(firstLine(byId("n_end")!.text)).toBe(shown("end"));
          }
          if (view === "stakeholder-map") expect(firstLine(byId("n_customer")!.text)).toBe(shown("customer"));
          if (view === "value-stream") expect(firstLine(byId("n_s1")!.text)).toBe(shown("s1"));
          if (view === "impact") expect(firstLine(byId("n_graph")!.text)).toBe(shown("graph"));
        } else if (d.type === "journey") {
          const tasks = d.db.getTasks() as { task: string; people: string[] }[];
          // Explore comes before onboard (catalog order); every stakeholder has the same name, so actors get their id.
          expect(tasks.map((t) => t.task)).toEqual([journeyText(text), journeyText(text)]);
          expect(tasks[0]!.people).toEqual([journeyActor(`${cleanLabel(text)} (customer)`, 60 + "customer".length + 3)]);
          expect(tasks[1]!.people).toEqual([journeyActor(`${cleanLabel(text)} (user)`, 60 + "user".length + 3), journeyActor(text)]);
        } else if (d.type === "quadrantChart") {
          const points = d.db.getQuadrantData().points as { text: { text: string } }[];
          expect(points.length).toBeGreaterThan(0);
          for (const p of points) expect(displayed(p.text.text)).toBe(visible(cleanLabel(text)));
        } else if (d.type === "sankey") {
          const ids = (d.db.getGraph().nodes as { id: string }[]).map((n) => n.id);
          expect(ids).toContain(sankeyName(text, 60, "team"));
          expect(new Set(ids).size).toBe(ids.length);
        } else if (d.type === "mindmap") {
          expect(displayed(d.db.getMindmap().descr)).toBe(shown("graph"));
        } else {
          expect.fail(`unexpected diagram type ${d.type}`);
        }
      }
    });
  });
}
