// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { ModelError, allocateCosts, parseModel, type Model } from "../../src/index.js";
import { formatMoney } from "../../src/mermaid/format-quantity.js";
import { toMermaidServiceMap } from "../../src/mermaid/to-mermaid-service-map.js";
import { generateModel } from "../fixtures/generate-model.js";
import { example } from "./examples.js";
import { MERMAID_VERSIONS, parseErrors, parsedFlowchart } from "./mermaid-parser.js";

const workplace = example("modern-workplace").model;
const hospital = example("hospital").model;
const nid = (id: string) => `n_${id.replace(/-/g, "_")}`;

function thrown(f: () => unknown): ModelError {
  try {
    f();
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error("expected a ModelError");
}

/** What the full map must hold, counted from the model itself. */
function expected(model: Model) {
  const suppliers = new Set(model.services.flatMap((s) => (s.supplier ? [s.supplier] : [])));
  return {
    nodes: [...model.services.map((s) => nid(s.id)), ...model.resources.map((r) => nid(r.id)), ...[...suppliers].map(nid)].sort(),
    thick: model.services.reduce((n, s) => n + s.bundles.length, 0),
    normal: model.services.reduce((n, s) => n + s.dependsOn.length, 0),
    dotted: model.resources.reduce((n, r) => n + r.supports.length, 0) + model.services.filter((s) => s.supplier).length,
  };
}

describe("toMermaidServiceMap", () => {
  it.each(MERMAID_VERSIONS)("draws every service, resource and supplier of both examples, with every relation (Mermaid %i)", async (version) => {
    for (const model of [workplace, hospital]) {
      const { text, warnings } = toMermaidServiceMap(model);
      expect(warnings).toEqual([]);
      const chart = await parsedFlowchart(version, text);
      const want = expected(model);
      expect([...chart.nodes.keys()].sort()).toEqual(want.nodes);
      expect(chart.edges.filter((e) => e.stroke === "thick")).toHaveLength(want.thick);
      expect(chart.edges.filter((e) => e.stroke === "normal")).toHaveLength(want.normal);
      expect(chart.edges.filter((e) => e.stroke === "dotted")).toHaveLength(want.dotted);
      for (const s of model.services) {
        const node = chart.nodes.get(nid(s.id))!;
        expect(node.classes).toContain(s.kind);
        expect(node.label).toBe(s.lifecycle === "live" ? s.name : `${s.name} (${s.lifecycle})`);
        if (s.lifecycle !== "live") expect(node.classes).toContain(s.lifecycle);
      }
    }
  });

  it("shows the modern workplace as 32 nodes and 46 edges, grouped by kind and dimension", async () => {
    const chart = await parsedFlowchart(11, toMermaidServiceMap(workplace).text);
    expect(chart.title).toBe("Service map: Modern workplace");
    expect(chart.nodes.size).toBe(32);
    expect(chart.edges).toHaveLength(46);
    const group = (title: string) => chart.subgraphs.find((s) => s.title === title)?.nodes.sort();
    expect(group("Business services")).toEqual(["n_smart_collaboration", "n_workplace_device"]);
    expect(group("Partners and suppliers")).toEqual(["n_cloud_mail_contract", "n_sms_carrier_contract", "n_wan_contract"]);
    expect(group("Suppliers")).toEqual(["n_cloud_mail_provider", "n_wan_carrier"]);
    expect(chart.nodes.get("n_self_service_portal")).toMatchObject({ label: "Self-service portal (pipeline)", classes: ["technical", "pipeline"] });
    expect(chart.nodes.get("n_messaging_team")?.classes).toEqual(["people"]);
    expect(chart.edges).toContainEqual({ from: "n_smart_collaboration", to: "n_mail", stroke: "thick", label: "" });
    expect(chart.edges).toContainEqual({ from: "n_mail", to: "n_cloud_mail_provider", stroke: "dotted", label: "" });
    expect(chart.classDefs).toEqual(expect.arrayContaining(["business", "technical", "people", "technology", "partners", "processes", "supplier", "pipeline"]));
  });

  it("puts each service's TCO over the horizon on its node", async () => {
    const { text } = toMermaidServiceMap(workplace, { tco: true });
    const chart = await parsedFlowchart(12, text);
    const allocation = allocateCosts(workplace);
    for (const s of workplace.services) {
      const total = allocation.services[s.id]!.fullByYear.reduce((a, v) => a + v, 0);
      expect(chart.nodes.get(nid(s.id))!.label.split("\n")[1]).toBe(`TCO ${formatMoney(total, "EUR")} / 5 y`);
    }
    expect(chart.nodes.get("n_smart_collaboration")!.label).toBe("Smart Collaboration\nTCO 8.88M EUR / 5 y");
  });

  it("keeps only what the focus element touches, marked", async () => {
    const { text } = toMermaidServiceMap(workplace, { focus: "mail" });
    const chart = await parsedFlowchart(11, text);
    const services = workplace.services.map((s) => nid(s.id)).filter((id) => chart.nodes.has(id));
    // mail needs identity; smart collaboration and mail security need mail.
    expect(services).toEqual(["n_smart_collaboration", "n_mail", "n_mail_security", "n_identity"]);
    expect(chart.nodes.get("n_mail")!.classes).toContain("focus");
    expect(chart.nodes.has("n_cloud_mail_provider")).toBe(true);
    expect(chart.nodes.has("n_network")).toBe(false);
    expect(chart.title).toBe("Service map around Mail");
    // Focus on a stakeholder shows it even when it supplies nothing.
    const salesMap = toMermaidServiceMap(workplace, { focus: "bu-sales" });
    const sales = await parsedFlowchart(11, salesMap.text);
    expect([...sales.nodes.keys()]).toEqual(["n_bu_sales"]);
    // ... among the Stakeholders, not the Suppliers.
    expect(salesMap.text).toContain('subgraph x_stakeholders ["Stakeholders"]');
    expect(salesMap.text).not.toContain("x_suppliers");
    expect(salesMap.warnings).toEqual([]);
  });

  it("counts only the kept edges of a focus map when it decides to aggregate", () => {
    const model = parseModel(generateModel({ services: 600 }));
    const unlimited = { maxEdges: Number.POSITIVE_INFINITY, maxTextSize: Number.POSITIVE_INFINITY };
    const full = toMermaidServiceMap(model, { focus: "svc-450", aggregate: false, limits: unlimited });
    const edges = full.text.split("\n").filter((line) => /(-->|==>|-\.->)/.test(line)).length;
    expect(edges).toBeGreaterThan(100);
    // Exactly at the limit: drawn in full; one edge over: aggregated, with the count of the focus map.
    const fits = toMermaidServiceMap(model, { focus: "svc-450", limits: { ...unlimited, maxEdges: edges } });
    expect(fits).toEqual({ text: full.text, warnings: [] });
    const over = toMermaidServiceMap(model, { focus: "svc-450", limits: { ...unlimited, maxEdges: edges - 1 } });
    expect(over.warnings[0]).toContain(`the full map (${edges} edges) is over the site's limits`);
  });

  it("aggregates rather than trims the full map, links included, and calls href once per element", () => {
    const model = parseModel(generateModel({ services: 300 }));
    let calls = 0;
    const href = ({ id }: { id: string }) => (calls++, `../elements/${id}.md`);
    const full = toMermaidServiceMap(model, { aggregate: false, href, limits: { maxEdges: Number.POSITIVE_INFINITY, maxTextSize: Number.POSITIVE_INFINITY } });
    const clicks = full.text.split("\n").filter((line) => line.startsWith("  click ")).length;
    expect(calls).toBe(clicks);
    let aggregated = 0;
    for (let maxTextSize = full.text.length - 20_000; maxTextSize <= full.text.length + 1_000; maxTextSize += 500) {
      calls = 0;
      const map = toMermaidServiceMap(model, { href, limits: { maxEdges: Number.POSITIVE_INFINITY, maxTextSize } });
      const collapsed = map.warnings.some((w) => w.includes("collapsed into one node per business service"));
      // The full map is either written whole or replaced by the aggregated one: never trimmed to its first nodes.
      if (collapsed) aggregated++;
      else {
        expect(map).toEqual({ text: full.text, warnings: [] });
        // Measured with its links, then written: still one call per element.
        expect(calls).toBe(clicks);
      }
    }
    expect(aggregated).toBeGreaterThan(10);
  });

  it("centres a focus the map does not draw on what it is attached to, and says so", async () => {
    // A cost of the messaging team: the map around the team. A risk or an investment: around what they affect.
    const byCost = toMermaidServiceMap(workplace, { focus: "messaging-team-salaries" });
    const aroundTeam = await parsedFlowchart(11, toMermaidServiceMap(workplace, { focus: "messaging-team" }).text);
    expect(aroundTeam.nodes.size).toBeGreaterThan(3);
    expect([...(await parsedFlowchart(11, byCost.text)).nodes.keys()].sort()).toEqual([...aroundTeam.nodes.keys()].sort());
    expect(byCost.warnings).toEqual([
      `toMermaidServiceMap: focus "messaging-team-salaries" is a cost, which a service map does not draw (it draws services, resources ` +
        "and the stakeholders that supply them): the map shows the services it is linked to.",
    ]);
    for (const focus of ["phishing-compromise", "mfa-rollout", "onboard-employee"]) {
      const map = toMermaidServiceMap(workplace, { focus });
      const chart = await parsedFlowchart(11, map.text);
      expect(chart.nodes.size, focus).toBeGreaterThan(3);
      expect(chart.nodes.has(nid(focus))).toBe(false);
      expect(map.warnings[0]).toMatch(new RegExp(`^toMermaidServiceMap: focus "${focus}" is (a risk|an investment|a value stream), which`));
    }
    // In an aggregated map a technical service has no node of its own.
    expect(toMermaidServiceMap(workplace, { focus: "mail", aggregate: true }).warnings).toEqual([
      'toMermaidServiceMap: focus "mail" has no node of its own: the map is aggregated, one node per business service (aggregate: false, --aggregate false, shows it).',
    ]);
    // Left out by an option, not by aggregation: the option is named.
    expect(toMermaidServiceMap(workplace, { focus: "cloud-mail-provider", suppliers: false }).warnings).toEqual([
      'toMermaidServiceMap: focus "cloud-mail-provider" has no node of its own: suppliers are left out (suppliers: false, --no-suppliers).',
    ]);
    expect(toMermaidServiceMap(workplace, { focus: "directory", resources: false }).warnings).toEqual([
      'toMermaidServiceMap: focus "directory" has no node of its own: resources are left out (resources: false, --no-resources).',
    ]);
  });

  it("collapses technical services and resources into counts per business service", async () => {
    const { text, warnings } = toMermaidServiceMap(workplace, { aggregate: true });
    expect(warnings).toEqual([]);
    const chart = await parsedFlowchart(12, text);
    expect([...chart.nodes.keys()].sort()).toEqual(
      ["n_cloud_mail_provider", "n_wan_carrier", "n_smart_collaboration", "n_workplace_device", "x_all_partners", "x_all_people", "x_all_processes", "x_all_technology", "x_other_technical"].sort(),
    );
    // Smart Collaboration bundles mail, file sharing, mail security and SMS/fax; 8 resources support those four.
    expect(chart.nodes.get("n_smart_collaboration")!.label).toBe("Smart Collaboration\n4 technical services, 8 resources");
    expect(chart.nodes.get("x_other_technical")!.label).toBe("Not bundled in a business service\n5 technical services, 10 resources");
    expect(chart.nodes.get("x_all_technology")!.label).toBe("9 resources");
    expect(chart.edges).toContainEqual({ from: "n_smart_collaboration", to: "x_other_technical", stroke: "normal", label: "" });
    expect(chart.edges).toContainEqual({ from: "n_smart_collaboration", to: "n_cloud_mail_provider", stroke: "dotted", label: "" });
    expect(chart.edges).toContainEqual({ from: "x_other_technical", to: "n_wan_carrier", stroke: "dotted", label: "" });
  });

  it("aggregates and trims a big model to what a default site shows, with warnings", async () => {
    const big = parseModel(generateModel({ services: 400, seed: 3 }));
    const { text, warnings } = toMermaidServiceMap(big);
    expect(text.length).toBeLessThanOrEqual(50_000);
    expect(warnings.join("\n")).toMatch(/collapsed into one node per business service/);
    expect(await parseErrors(text)).toEqual([]);
    const chart = await parsedFlowchart(11, text);
    expect(chart.edges.length).toBeLessThanOrEqual(500);
    // Raised limits: everything, unaggregated.
    const full = toMermaidServiceMap(big, { limits: { maxEdges: Infinity, maxTextSize: Infinity } });
    expect(full.warnings).toEqual([]);
    // (Mermaid's maxEdges cannot be raised from the text: count the node lines instead of parsing.)
    expect(full.text.match(/^ {4}n_svc_\d+[([]/gm)).toHaveLength(400);
    expect(full.text.length).toBeGreaterThan(50_000);
  });

  it("trims to the first nodes that fit and says so in a note node and a warning", async () => {
    const { text, warnings } = toMermaidServiceMap(workplace, { aggregate: false, limits: { maxEdges: 10 } });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^toMermaidServiceMap: the full diagram has 32 nodes, 46 edges .* showing the first \d+ nodes and \d+ edges/);
    const chart = await parsedFlowchart(11, text);
    expect(chart.edges.length).toBeLessThanOrEqual(10);
    expect(chart.nodes.get("x_more")!.label).toMatch(/^… and \d+ more not shown \(Mermaid limits\)$/);
    expect(chart.nodes.has("n_smart_collaboration")).toBe(true);
  });

  it("writes click links from href for safe URLs only, and refuses the rest with a warning", async () => {
    const links: Record<string, string> = {
      mail: "javascript:alert(1)",
      "file-sharing": "//evil.example/x",
      identity: "https://wiki.example.com/services/identity?tab=1#costs",
      network: "services/network.md",
      "service-desk": "data:text/html,<script>alert(1)</script>",
      "messaging-team": "https://ok.example/a b",
    };
    const { text, warnings } = toMermaidServiceMap(workplace, { href: ({ id }) => links[id] });
    expect(warnings).toHaveLength(4);
    expect(warnings.join("\n")).toMatch(/link of "mail" refused: only http\(s\) and relative URLs are allowed, not "javascript:"/);
    expect(warnings.join("\n")).toMatch(/link of "file-sharing" refused/);
    expect(text).not.toMatch(/javascript|evil|data:/);
    const clicks = text.split("\n").filter((l) => l.includes("click"));
    expect(clicks).toEqual([
      '  click n_identity href "https://wiki.example.com/services/identity?tab=1#costs"',
      '  click n_network href "services/network.md"',
    ]);
    for (const version of MERMAID_VERSIONS) {
      const chart = await parsedFlowchart(version, text);
      expect(chart.nodes.get("n_network")!.link).toBe("services/network.md");
      expect(chart.nodes.get("n_mail")!.link).toBeUndefined();
    }
    // The callback gets the element id and kind.
    const seen: string[] = [];
    toMermaidServiceMap(workplace, { focus: "mail", href: ({ id, kind }) => void seen.push(`${kind}:${id}`) });
    expect(seen).toEqual(expect.arrayContaining(["service:mail", "resource:messaging-team", "stakeholder:cloud-mail-provider"]));
  });

  it("is deterministic, and follows model order", () => {
    expect(toMermaidServiceMap(workplace, { tco: true }).text).toBe(toMermaidServiceMap(workplace, { tco: true }).text);
    const input = example("modern-workplace").input as { services: unknown[] };
    const reordered = parseModel({ ...input, services: [...input.services].reverse() });
    const a = toMermaidServiceMap(workplace).text;
    const b = toMermaidServiceMap(reordered).text;
    expect(b).not.toBe(a);
    // The same lines in another order (class lines list their nodes in model order too).
    const lines = (text: string) =>
      text
        .split("\n")
        .map((l) => (l.startsWith("  class ") ? `  class ${l.split(" ")[3]!.split(",").sort().join(",")} ${l.split(" ")[4]}` : l))
        .sort();
    expect(lines(b)).toEqual(lines(a));
    const services = (text: string) => [...text.matchAll(/^ {4}(n_\w+)[([]/gm)].map((m) => m[1]).filter((id) => reordered.services.some((s) => nid(s.id) === id));
    expect(services(b)).toEqual(services(a).slice(0, 2).reverse().concat(services(a).slice(2).reverse()));
  });

  it("gives an empty model a valid one-node diagram", async () => {
    const { text, warnings } = toMermaidServiceMap(parseModel({ name: "Empty" }));
    expect(warnings).toEqual([]);
    for (const version of MERMAID_VERSIONS) {
      const chart = await parsedFlowchart(version, text);
      expect([...chart.nodes.entries()]).toEqual([["x_empty", { label: "No services in the model", classes: [], shape: "square", link: undefined }]]);
    }
  });

  it("cuts a 10,000-character name and drops control characters", async () => {
    const model = parseModel({ name: "Long", services: [{ id: "a", name: `${"Very long name ".repeat(700)}` }, { id: "b", name: "Tab\tand\nnewline\u0000" }] });
    const chart = await parsedFlowchart(11, toMermaidServiceMap(model).text);
    const long = chart.nodes.get("n_a")!.label;
    expect([...new Intl.Segmenter().segment(long)]).toHaveLength(60);
    expect(long.endsWith("…")).toBe(true);
    expect(chart.nodes.get("n_b")!.label).toBe("Tab and newline");
    expect(toMermaidServiceMap(model, { maxLabelLength: 10 }).text).toContain('n_a["Very long…"]');
  });

  it("refuses bad options and unknown ids with the path and a suggestion", () => {
    const cases: [unknown, string, string, string | undefined][] = [
      ["yes", "invalid-argument", "options", undefined],
      [null, "invalid-argument", "options", undefined],
      [[], "invalid-argument", "options", undefined],
      [{ limits: 5 }, "invalid-argument", "options.limits", undefined],
      [{ limits: { maxTextSize: 1.5 } }, "invalid-argument", "options.limits.maxTextSize", undefined],
      [{ focuss: "mail" }, "invalid-argument", "options.focuss", "focus"],
      [{ direction: "lr" }, "invalid-argument", "options.direction", "LR"],
      [{ aggregate: "yes" }, "invalid-argument", "options.aggregate", undefined],
      [{ tco: 1 }, "invalid-argument", "options.tco", undefined],
      [{ limits: { maxEdges: 0 } }, "invalid-argument", "options.limits.maxEdges", undefined],
      [{ limits: { maxEdge: 10 } }, "invalid-argument", "options.limits.maxEdge", "maxEdges"],
      [{ maxLabelLength: 0 }, "invalid-argument", "options.maxLabelLength", undefined],
      [{ href: "https://x" }, "invalid-argument", "options.href", undefined],
      [{ title: 5 }, "invalid-argument", "options.title", undefined],
      [{ focus: "mial" }, "not-found", "", "mail"],
      [{ focus: 42 }, "invalid-argument", "", undefined],
    ];
    for (const [options, code, path, suggestion] of cases) {
      const error = thrown(() => toMermaidServiceMap(workplace, options as never));
      expect(error.code, JSON.stringify(options)).toBe(code);
      expect(error.issues[0]!.path).toBe(path);
      expect(error.issues[0]!.suggestion).toBe(suggestion);
      expect(error.message.startsWith("toMermaidServiceMap: ")).toBe(true);
    }
  });

  it("takes a title, none, and a direction", async () => {
    const titled = await parsedFlowchart(11, toMermaidServiceMap(workplace, { title: 'Our "map" <b>' }).text);
    expect(titled.title).toBe('Our "map" ＜b＞');
    const plain = toMermaidServiceMap(workplace, { title: false, direction: "TB" }).text;
    expect(plain.startsWith("flowchart TB\n")).toBe(true);
    // A blank title means none (Mermaid would draw "(empty)").
    for (const title of ["", "  \t"]) expect(toMermaidServiceMap(workplace, { title }).text.startsWith("flowchart LR\n")).toBe(true);
  });
});
