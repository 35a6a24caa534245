import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flowchartLabel } from "../../src/mermaid/escape.js";
import { emitFlowchart, type FlowEdge, type FlowNode, type Flowchart } from "../../src/mermaid/emit-flowchart.js";

/** A random chart: nodes with hostile-ish labels in a few groups, random edges among them, a few classes. */
const chart = fc
  .record({
    labels: fc.array(fc.string({ unit: "grapheme", maxLength: 80 }), { minLength: 0, maxLength: 60 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom<FlowEdge["kind"]>("solid", "thick", "dotted")), { maxLength: 200 }),
    title: fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
  })
  .map(({ labels, edges, title }): Flowchart => {
    const nodes: FlowNode[] = labels.map((label, i) => ({
      id: `n_${i}`,
      label: flowchartLabel(label),
      shape: i % 3 === 0 ? "round" : "rect",
      classes: i % 2 === 0 ? ["even"] : ["odd", "x"],
      ...(i % 4 === 0 ? {} : { group: `x_g${i % 4}` }),
    }));
    return {
      direction: "LR",
      title,
      groups: [1, 2, 3].map((g) => ({ id: `x_g${g}`, label: flowchartLabel(`Group ${g}`) })),
      nodes,
      edges: nodes.length === 0 ? [] : edges.map(([a, b, kind]) => ({ from: `n_${a % nodes.length}`, to: `n_${b % nodes.length}`, kind })),
      classDefs: [
        ["even", "fill:#fff"],
        ["odd", "fill:#eee"],
        ["x", "stroke-width:2px"],
        ["unused", "fill:#000"],
      ],
    };
  });

/** Where a node is written: group by group (in the groups' order), then the nodes outside any group; model order within. */
function order(c: Flowchart, id: string): number {
  const i = c.nodes.findIndex((n) => n.id === id);
  const group = c.nodes[i]!.group;
  const g = group === undefined ? c.groups.length : c.groups.findIndex((x) => x.id === group);
  return g * 1000 + i;
}

describe("emitFlowchart", () => {
  it("stays within the site's limits whenever they leave room for the header and a note, and says so when it trims", () => {
    fc.assert(
      fc.property(chart, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1500, max: 20_000 }), (c, maxEdges, maxTextSize) => {
        const warnings: string[] = [];
        const { text } = emitFlowchart(c, { fn: "test", limits: { maxEdges, maxTextSize }, href: undefined, emptyNote: "Nothing", trimHint: "", warnings });
        const edges = text.split("\n").filter((l) => /^ {2}\S+ (-->|==>|-\.->) \S+$/.test(l));
        expect(edges.length).toBeLessThanOrEqual(maxEdges);
        expect(text.length).toBeLessThanOrEqual(maxTextSize);
        const trimmed = text.includes("x_more[");
        expect(warnings.length > 0).toBe(trimmed);
        if (!trimmed) {
          // Nothing left out: every node and every edge is there.
          const nodeLines = text.split("\n").filter((l) => /^ +n_\d+[[(]/.test(l)).map((l) => l.trim().split(/[[(]/)[0]);
          expect(nodeLines).toEqual(c.nodes.map((n) => n.id).sort((a, b) => order(c, a) - order(c, b)));
          expect(edges).toHaveLength(c.edges.length);
        }
        expect(text).not.toContain("classDef unused");
      }),
      { numRuns: 200 },
    );
  });
});
