// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { ModelError, parseModel, type Model } from "../../src/index.js";
import { toMermaidStakeholderMap } from "../../src/mermaid/to-mermaid-stakeholder-map.js";
import { example } from "./examples.js";
import { MERMAID_VERSIONS, parsedFlowchart } from "./mermaid-parser.js";

const workplace = example("modern-workplace").model;
const hospital = example("hospital").model;
const nid = (id: string) => `n_${id.replace(/-/g, "_")}`;

/** The relations the map must draw, from the model: owner, supplier, and each consumer with its consumer roles. */
function relations(model: Model): string[] {
  const roles = new Map(model.stakeholders.map((s) => [s.id, s.roles]));
  return model.services
    .flatMap((s) => [
      ...(s.owner ? [`${nid(s.owner)} ${nid(s.id)} provider`] : []),
      ...(s.supplier ? [`${nid(s.supplier)} ${nid(s.id)} supplier`] : []),
      ...s.consumers.map((c) => {
        const held = roles.get(c.stakeholder)!.filter((r) => r === "customer" || r === "user" || r === "sponsor");
        return `${nid(c.stakeholder)} ${nid(s.id)} ${held.join(", ")}`;
      }),
    ])
    .sort();
}

describe("toMermaidStakeholderMap", () => {
  it.each(MERMAID_VERSIONS)("draws who is customer, user, sponsor, supplier and provider of which service (Mermaid %i)", async (version) => {
    for (const model of [workplace, hospital]) {
      const { text, warnings } = toMermaidStakeholderMap(model);
      expect(warnings).toEqual([]);
      const chart = await parsedFlowchart(version, text);
      expect(chart.edges.map((e) => `${e.from} ${e.to} ${e.label}`).sort()).toEqual(relations(model));
      for (const s of model.stakeholders) {
        expect(chart.nodes.get(nid(s.id))).toMatchObject({ label: `${s.name}\n${s.roles.join(", ")}`, classes: [s.internal ? "internal" : "external"] });
      }
    }
  });

  it("shows the modern workplace's 10 stakeholders, 11 services and 21 relations", async () => {
    const chart = await parsedFlowchart(11, toMermaidStakeholderMap(workplace).text);
    expect(chart.title).toBe("Stakeholders: Modern workplace");
    expect(chart.nodes.size).toBe(21);
    expect(chart.edges).toHaveLength(21);
    expect(chart.edges).toContainEqual({ from: "n_bu_sales", to: "n_smart_collaboration", stroke: "normal", label: "customer, sponsor" });
    expect(chart.edges).toContainEqual({ from: "n_cloud_mail_provider", to: "n_mail", stroke: "normal", label: "supplier" });
    expect(chart.nodes.get("n_cloud_mail_provider")!.classes).toEqual(["external"]);
    expect(chart.nodes.get("n_employees")!.shape).toBe("round");
    expect(chart.subgraphs.map((s) => s.title)).toEqual(["Stakeholders", "Services"]);
  });

  it("draws only the roles asked for, and drops unrelated stakeholders on request", async () => {
    const sponsors = await parsedFlowchart(12, toMermaidStakeholderMap(workplace, { roles: ["sponsor"], unrelated: false }).text);
    expect(new Set(sponsors.edges.map((e) => e.label))).toEqual(new Set(["sponsor"]));
    expect(sponsors.edges).toHaveLength(8);
    expect([...sponsors.nodes.keys()].sort()).toEqual(["n_bu_hr", "n_bu_production", "n_bu_sales", "n_cfo_office", "n_smart_collaboration", "n_workplace_device"]);
  });

  it("gives an empty model a valid one-node diagram", async () => {
    const { text } = toMermaidStakeholderMap(parseModel({ name: "Empty" }));
    for (const version of MERMAID_VERSIONS) {
      const chart = await parsedFlowchart(version, text);
      expect([...chart.nodes.values()].map((n) => n.label)).toEqual(["No stakeholders in the model"]);
    }
  });

  it("says why the map is empty when stakeholders exist but none relates to a service", async () => {
    const loose = parseModel({ name: "Loose", stakeholders: [{ id: "cfo", name: "CFO", roles: ["sponsor"] }] });
    const none = await parsedFlowchart(11, toMermaidStakeholderMap(loose, { unrelated: false }).text);
    expect([...none.nodes.values()].map((n) => n.label)).toEqual(["No stakeholder relates to a service (the others are hidden)"]);
    const suppliers = await parsedFlowchart(11, toMermaidStakeholderMap(workplace, { roles: ["supplier"], unrelated: false }).text);
    expect(suppliers.nodes.size).toBeGreaterThan(1);
    const noUsers = await parsedFlowchart(11, toMermaidStakeholderMap(loose, { roles: ["user"], unrelated: false }).text);
    expect([...noUsers.nodes.values()].map((n) => n.label)).toEqual([
      "No stakeholder relates to a service in the roles asked for (the others are hidden)",
    ]);
  });

  it("refuses bad options", () => {
    for (const [options, path] of [
      [{ roles: ["boss"] }, "options.roles"],
      [{ roles: [] }, "options.roles"],
      [{ unrelated: "no" }, "options.unrelated"],
      [{ role: ["user"] }, "options.role"],
    ] as const) {
      let error: unknown;
      try {
        toMermaidStakeholderMap(workplace, options as never);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ModelError);
      expect((error as ModelError).code).toBe("invalid-argument");
      expect((error as ModelError).issues[0]!.path).toBe(path);
    }
  });
});
