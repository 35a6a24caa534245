// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { ModelError, impactOf } from "../../src/index.js";
import { toMermaidImpact } from "../../src/mermaid/to-mermaid-impact.js";
import { example } from "./examples.js";
import { MERMAID_VERSIONS, parsedFlowchart } from "./mermaid-parser.js";

const workplace = example("modern-workplace").model;
const hospital = example("hospital").model;
const nid = (id: string) => `n_${id.replace(/-/g, "_")}`;

describe("toMermaidImpact", () => {
  it.each(MERMAID_VERSIONS)("draws what fails with each service of both examples, along the shortest paths (Mermaid %i)", async (version) => {
    for (const model of [workplace, hospital]) {
      for (const service of model.services) {
        const impact = impactOf(model, service.id);
        const { text, warnings } = toMermaidImpact(model, service.id);
        expect(warnings).toEqual([]);
        const chart = await parsedFlowchart(version, text);
        const affected = [...impact.services, ...impact.steps, ...impact.valueStreams, ...impact.journeys, ...model.stakeholders.map((s) => s.id).filter((id) => impact.paths[id])];
        expect([...chart.nodes.keys()].sort()).toEqual([service.id, ...affected].map(nid).sort());
        // A tree: one edge into each affected node, from the one before it on its path.
        expect(chart.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(affected.map((id) => `${nid(impact.paths[id]!.at(-2)!)}>${nid(id)}`).sort());
        expect(chart.nodes.get(nid(service.id))!.classes).toEqual(["failed"]);
      }
    }
  });

  it("shows the stakeholders by role, and the offerings on request", async () => {
    const chart = await parsedFlowchart(11, toMermaidImpact(workplace, "identity").text);
    expect(chart.title).toBe("If Identity and directory fails");
    expect(chart.nodes.get("n_identity")!.label).toBe("Identity and directory\nfails (service)");
    expect(chart.nodes.get("n_bu_sales")).toMatchObject({ label: "Sales\ncustomer, sponsor", classes: ["customer"] });
    expect(chart.nodes.get("n_employees")).toMatchObject({ label: "Employees\nuser", classes: ["user"] });
    expect(chart.edges).toContainEqual({ from: "n_smart_collaboration", to: "n_bu_sales", stroke: "dotted", label: "" });
    expect(chart.subgraphs.map((s) => s.title)).toEqual(["Services", "Steps", "Value streams", "Journeys", "Stakeholders"]);
    expect(chart.nodes.has("n_collaboration_standard")).toBe(false);
    const withOfferings = await parsedFlowchart(12, toMermaidImpact(workplace, "identity", { offerings: true }).text);
    expect(withOfferings.edges).toContainEqual({ from: "n_smart_collaboration", to: "n_collaboration_standard", stroke: "normal", label: "" });
  });

  it("draws a failing element that nothing needs as a single node", async () => {
    for (const version of MERMAID_VERSIONS) {
      const chart = await parsedFlowchart(version, toMermaidImpact(workplace, "legacy-fax-machines").text);
      expect([...chart.nodes.keys()]).toEqual(["n_legacy_fax_machines"]);
      expect(chart.edges).toEqual([]);
    }
  });

  it("trims the farthest first when over the limits", async () => {
    const { text, warnings } = toMermaidImpact(workplace, "identity", { limits: { maxEdges: 5 } });
    expect(warnings).toHaveLength(1);
    const chart = await parsedFlowchart(11, text);
    expect(chart.edges.length).toBeLessThanOrEqual(5);
    // Direct dependents of identity come first.
    for (const e of chart.edges) expect(e.from).toBe("n_identity");
    expect(chart.nodes.has("x_more")).toBe(true);
  });

  it("refuses an unknown element with a suggestion", () => {
    try {
      toMermaidImpact(workplace, "identiy");
      expect.fail("expected an error");
    } catch (e) {
      expect((e as ModelError).code).toBe("not-found");
      expect((e as ModelError).issues[0]!.suggestion).toBe("identity");
    }
  });
});
