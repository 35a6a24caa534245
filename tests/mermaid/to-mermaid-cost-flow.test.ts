// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { ModelError, allocateCosts, costPerConsumer, parseModel, totalCostOfOwnership, type Model } from "../../src/index.js";
import { costFlows } from "../../src/mermaid/cost-flows.js";
import { toMermaidCostFlow } from "../../src/mermaid/to-mermaid-cost-flow.js";
import { example } from "./examples.js";
import { labelledModel } from "./labelled-model.js";
import { MERMAID_VERSIONS, parsed } from "./mermaid-parser.js";

const workplace = example("modern-workplace").model;
const hospital = example("hospital").model;

interface Graph {
  nodes: { id: string }[];
  links: { source: string; target: string; value: number }[];
}

const sum = (values: number[]) => values.reduce((a, v) => a + v, 0);
const inflow = (g: Graph, name: string) => sum(g.links.filter((l) => l.target === name).map((l) => l.value));
const outflow = (g: Graph, name: string) => sum(g.links.filter((l) => l.source === name).map((l) => l.value));
const horizonTotal = (model: Model) => sum(allocateCosts(model).totalByYear);

describe("costFlows", () => {
  it("conserves money: sinks receive every running cost, each node passes on what it gets", () => {
    for (const model of [workplace, hospital, labelledModel((p) => p)]) {
      const flows = costFlows(model);
      expect(flows.total).toBeCloseTo(horizonTotal(model), 4);
      for (const level of [flows.links, flows.byTopLevel, flows.bySink]) {
        expect(sum(level.filter((l) => /^(stakeholder:|uncharged|unallocated)/.test(l.to)).map((l) => l.value))).toBeCloseTo(flows.total, 4);
        for (const l of level) expect(sum([...l.byCategory])).toBeCloseTo(l.value, 6);
      }
      const balance = new Map<string, number>();
      for (const l of flows.links) {
        balance.set(l.from, (balance.get(l.from) ?? 0) - l.value);
        balance.set(l.to, (balance.get(l.to) ?? 0) + l.value);
      }
      for (const [key, b] of balance) if (/^(resource|service):/.test(key)) expect(b, key).toBeCloseTo(0, 6);
    }
  });

  it("splits each top-level service's TCO by cost pool exactly as totalCostOfOwnership, through cycles too", () => {
    for (const model of [workplace, hospital]) {
      const flows = costFlows(model);
      for (const id of allocateCosts(model).topLevel) {
        const tco = totalCostOfOwnership(model, id);
        for (const [category, amount] of Object.entries(tco.byCategory)) {
          const flow = flows.byTopLevel.find((l) => l.from === `category:${category}` && l.to === `service:${id}`);
          expect(flow?.value ?? 0).toBeCloseTo(amount, 4);
        }
      }
    }
  });

  it("refuses a year outside the horizon or not whole, and an unparsed model", () => {
    for (const year of [5, -1, 1.5, Number.NaN]) {
      expect(() => costFlows(workplace, year)).toThrow(/^costFlows: year must be a year index from 0 to 4/);
    }
    expect(() => costFlows({ name: "x" } as never)).toThrow(ModelError);
  });

  it("charges consumers what costPerConsumer shows them, year by year", () => {
    for (const year of [0, 4]) {
      const flows = costFlows(workplace, year);
      expect(flows.total).toBeCloseTo(allocateCosts(workplace).totalByYear[year]!, 4);
      for (const [id, showback] of Object.entries(costPerConsumer(workplace))) {
        expect(sum(flows.bySink.filter((l) => l.to === `stakeholder:${id}`).map((l) => l.value))).toBeCloseTo(showback.byYear[year]!, 4);
      }
    }
  });

  it("makes services that consume each other one node", () => {
    const keys = costFlows(workplace).nodes.map((n) => n.key);
    expect(keys).toContain("service:network");
    expect(keys).not.toContain("service:service-desk");
    expect(costFlows(workplace).nodes.find((n) => n.key === "service:network")!.ids).toEqual(["network", "service-desk"]);
  });
});

describe("toMermaidCostFlow", () => {
  it.each(MERMAID_VERSIONS)("draws both examples with totals equal to the allocation (Mermaid %i)", async (version) => {
    for (const model of [workplace, hospital]) {
      const { text, warnings } = toMermaidCostFlow(model);
      expect(warnings).toEqual([]);
      const d = await parsed(version, text);
      expect(d.type).toBe("sankey");
      const graph = d.db.getGraph() as Graph;
      const names = graph.nodes.map((n) => n.id);
      expect(new Set(names).size).toBe(names.length);
      for (const n of names) expect(n).toMatch(/^[\x20-\x7E]+$/);
      // Values are whole units: the sinks add up to the total within half a unit per flow.
      const sinks = sum(graph.links.filter((l) => !graph.links.some((o) => o.source === l.target)).map((l) => l.value));
      expect(Math.abs(sinks - horizonTotal(model))).toBeLessThanOrEqual(graph.links.length * 0.5);
      for (const l of graph.links) expect(l.value).toBeGreaterThan(0);
    }
  });

  it("shows the modern workplace from pools through resources and services to the business units", async () => {
    const { text } = toMermaidCostFlow(workplace);
    const graph = (await parsed(11, text)).db.getGraph() as Graph;
    // The legacy fax machines support no service: 9,000 a year for two years.
    expect(inflow(graph, "Unallocated (supports no service)")).toBe(18_000);
    expect(outflow(graph, "Legacy fax machines in the plants")).toBe(18_000);
    expect(graph.nodes.map((n) => n.id)).toContain("Network + Service desk");
    const smart = sum(allocateCosts(workplace).services["smart-collaboration"]!.fullByYear);
    expect(Math.abs(outflow(graph, "Smart Collaboration") - smart)).toBeLessThanOrEqual(4 * 0.5);
    expect(text).toMatch(/^---\nconfig:\n {2}sankey:\n {4}width: 900\n {4}height: \d+\n {4}suffix: " EUR"\n---\nsankey-beta\n\n/);
    expect(text).toContain('"Staffing","Messaging team",1353830\n');
  });

  it("has coarser levels of detail, and picks one that fits maxTextSize", async () => {
    const services = (await parsed(12, toMermaidCostFlow(workplace, { detail: "services" }).text)).db.getGraph() as Graph;
    expect(services.nodes.map((n) => n.id).sort()).toEqual(
      ["Facilities", "Hardware", "Other", "Outside services", "Software", "Staffing", "Telecom", "Smart Collaboration", "Workplace Device",
        "Unallocated (supports no service)", "CFO's office (Finance and Controlling)", "Sales", "Human Resources", "Production"].sort(),
    );
    const pools = (await parsed(12, toMermaidCostFlow(workplace, { detail: "pools" }).text)).db.getGraph() as Graph;
    expect(pools.links.every((l) => ["Facilities", "Hardware", "Other", "Outside services", "Software", "Staffing", "Telecom"].includes(l.source))).toBe(true);
    const { text, warnings } = toMermaidCostFlow(workplace, { limits: { maxTextSize: 3000 } });
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(warnings).toEqual(['toMermaidCostFlow: the full cost flow is over maxTextSize 3000: showing detail "services". Raise the limit on the site and here, or pick a year.']);
    const tiny = toMermaidCostFlow(workplace, { limits: { maxTextSize: 100 } });
    expect(tiny.warnings.at(-1)).toMatch(/^toMermaidCostFlow: the diagram text has \d+ characters, over maxTextSize 100: Mermaid will not show it\.$/);
  });

  it("draws one year, with the decimals asked for", async () => {
    const { text } = toMermaidCostFlow(workplace, { year: 0, decimals: 2 });
    const rows = text.split("\n").filter((l) => l.startsWith('"'));
    for (const row of rows) expect(row).toMatch(/,\d+\.\d{2}$/);
    const graph = (await parsed(11, text)).db.getGraph() as Graph;
    expect(inflow(graph, "Unallocated (supports no service)")).toBe(9000);
  });

  it("transliterates names to ASCII and tells equal names apart by id", async () => {
    const model = parseModel({
      name: "m",
      stakeholders: [{ id: "bu", name: "Bürger", roles: ["customer"] }],
      resources: [{ id: "r", name: "Müller", dimension: "organizations-and-people", supports: ["s"] }],
      services: [{ id: "s", name: "Mueller", consumers: ["bu"] }],
      costs: [{ of: "r", category: "staffing", amount: 100 }],
    });
    const { text } = toMermaidCostFlow(model);
    expect(text).toContain('"Staffing","Mueller",500\n"Mueller","Mueller (s)",500\n"Mueller (s)","Buerger",500\n');
    for (const version of MERMAID_VERSIONS) expect(((await parsed(version, text)).db.getGraph() as Graph).nodes).toHaveLength(4);
  });

  it("gives a model without running costs a placeholder flow with values hidden", async () => {
    const { text, warnings } = toMermaidCostFlow(parseModel({ name: "Empty" }));
    expect(warnings).toEqual([]);
    expect(text).toContain('"No running costs in the model","Nothing to allocate",1\n');
    expect(text).toContain("showValues: false");
    for (const version of MERMAID_VERSIONS) expect(((await parsed(version, text)).db.getGraph() as Graph).links).toHaveLength(1);
  });

  it("refuses bad options", () => {
    for (const [options, path, suggestion] of [
      [{ year: 5 }, "options.year", undefined],
      [{ year: 1.5 }, "options.year", undefined],
      [{ decimals: 7 }, "options.decimals", undefined],
      [{ detail: "ful" }, "options.detail", "full"],
      [{ title: "x" }, "options.title", undefined],
    ] as const) {
      try {
        toMermaidCostFlow(workplace, options as never);
        expect.fail("expected an error");
      } catch (e) {
        expect((e as ModelError).code).toBe("invalid-argument");
        expect((e as ModelError).issues[0]!.path).toBe(path);
        expect((e as ModelError).issues[0]!.suggestion).toBe(suggestion);
      }
    }
  });
});
