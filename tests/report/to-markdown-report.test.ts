import { describe, expect, it } from "vitest";
import { ModelError, parseModel, simulate, valueOfInformation } from "../../src/index.js";
import { formatMoney, formatPercent } from "../../src/report/format-values.js";
import type { ReportDiagramRequest } from "../../src/report/report-diagrams.js";
import { REPORT_SECTIONS, REPORT_SECTION_TITLES } from "../../src/report/report-sections.js";
import { toMarkdownReport } from "../../src/report/to-markdown-report.js";
import { loadExample } from "../examples/load-example.js";
import { rawTableCellCounts, readReport } from "./report-tables.js";

const { model, input } = loadExample("modern-workplace.yaml");

/** The `##` headings of a report, in order. */
const sectionsOf = (markdown: string) => [...markdown.matchAll(/^## (.*)$/gm)].map((m) => m[1]);

/** The ModelError a call throws. */
function errorOf(call: () => unknown): ModelError {
  try {
    call();
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error("expected a ModelError");
}

describe("toMarkdownReport: sections", () => {
  it("writes every section but the simulation by default, in the documented order", () => {
    const titles = REPORT_SECTIONS.filter((s) => s !== "simulation").map((s) => REPORT_SECTION_TITLES[s]);
    expect(sectionsOf(toMarkdownReport(model))).toEqual(titles);
  });

  it("writes the chosen sections in the documented order, whatever order they are given in", () => {
    const md = toMarkdownReport(model, { sections: ["lint", "showback", "summary", "showback"] });
    expect(sectionsOf(md)).toEqual(["Summary", "Showback", "Health checks"]);
    expect(md.startsWith("# Modern workplace\n")).toBe(true);
    // The contents line links the other sections written, and only those.
    expect(md).toContain("Contents: [Showback](#showback) · [Health checks](#health-checks)");
  });

  it("refuses an unknown section with the closest one as a suggestion", () => {
    const e = errorOf(() => toMarkdownReport(model, { sections: ["summary", "risk" as never] }));
    expect(e.code).toBe("invalid-argument");
    expect(e.issues[0]).toMatchObject({ path: "options.sections[1]", suggestion: "risks" });
  });

  it("refuses an empty list, a list that is not one, and the simulation without its options", () => {
    expect(errorOf(() => toMarkdownReport(model, { sections: [] })).issues[0]!.path).toBe("options.sections");
    expect(errorOf(() => toMarkdownReport(model, { sections: "summary" as never })).issues[0]!.path).toBe("options.sections");
    expect(errorOf(() => toMarkdownReport(model, { sections: ["simulation"] })).issues[0]!.path).toBe("options.sections[0]");
  });
});

describe("toMarkdownReport: options", () => {
  it.each([
    [{ sectons: ["summary"] }, "options.sectons", "sections"],
    [{ budget: -1 }, "options.budget", undefined],
    [{ budget: Number.NaN }, "options.budget", undefined],
    [{ budget: "450000" }, "options.budget", undefined],
    [{ maxSteps: 0 }, "options.maxSteps", undefined],
    [{ maxSteps: 1.5 }, "options.maxSteps", undefined],
    [{ maxSteps: "all" }, "options.maxSteps", undefined],
    [{ maxStep: 10 }, "options.maxStep", "maxSteps"],
    [{ top: 0 }, "options.top", undefined],
    [{ top: 2.5 }, "options.top", undefined],
    [{ title: "  " }, "options.title", undefined],
    [{ date: 20250630 }, "options.date", undefined],
    [{ lint: "strict" }, "options.lint", undefined],
    [{ simulation: 1000 }, "options.simulation", undefined],
    [{ simulation: { iterations: 0 } }, "options.simulation.iterations", undefined],
    [{ simulation: { iterations: 1.5 } }, "options.simulation.iterations", undefined],
    [{ simulation: { iterations: 100, seed: Number.POSITIVE_INFINITY } }, "options.simulation.seed", undefined],
    [{ simulation: { iterations: 100, sed: 1 } }, "options.simulation.sed", "seed"],
    [{ diagrams: "all" }, "options.diagrams", undefined],
    [{ diagrams: { "service-mpa": "flowchart LR" } }, 'options.diagrams["service-mpa"]', "service-map"],
    [{ diagrams: { "value-stream-mail": "flowchart LR" } }, 'options.diagrams["value-stream-mail"]', "dimensions-mail"],
    [{ diagrams: { "service-map": 42 } }, 'options.diagrams["service-map"]', undefined],
    [{ diagrams: { "service-map": { text: "x", warnings: "none" } } }, 'options.diagrams["service-map"]', undefined],
  ])("refuses %j at %s", (options, path, suggestion) => {
    const e = errorOf(() => toMarkdownReport(model, options as never));
    expect(e.code).toBe("invalid-argument");
    expect(e.issues[0]!.path).toBe(path);
    expect(e.issues[0]!.suggestion).toBe(suggestion);
    expect(e.message.startsWith("toMarkdownReport: ")).toBe(true);
  });

  it("refuses options that are not an object, and a model that is not parsed", () => {
    expect(errorOf(() => toMarkdownReport(model, [] as never)).issues[0]!.path).toBe("options");
    for (const bad of [null, undefined, "model", {}, { name: "x", services: [] }, input]) {
      expect(errorOf(() => toMarkdownReport(bad as never)).code).toBe("invalid-argument");
    }
  });

  it("passes the lint options on to lintModel, whose errors say so", () => {
    const quiet = toMarkdownReport(model, { sections: ["lint"], lint: { severity: { "low-satisfaction": "off", "unallocated-cost": "off" } } });
    expect(quiet).toContain("The ITIL health checks find nothing to report.");
    expect(errorOf(() => toMarkdownReport(model, { lint: { severty: {} } as never })).message).toMatch(/^lintModel: /);
  });

  it("takes the title and the date, escaped, and shows the top rows asked for", () => {
    const md = toMarkdownReport(model, { sections: ["journeys"], title: "# IT | report", date: "<b>30 June</b>", top: 2 });
    expect(md.startsWith("# \\# IT \\| report\n\nCorporate IT")).toBe(true);
    expect(md).toContain("As of &lt;b&gt;30 June&lt;/b&gt;.");
    const [, worst] = readReport(md).tables("Journey: Sales adopts Smart Collaboration");
    expect(worst!.rows).toHaveLength(2);
    expect(md).toContain("Worst touchpoints (the 2 worst of 9):");
  });
});

describe("toMarkdownReport: determinism", () => {
  it("gives the same text for the same model, byte for byte, and holds no date unless given one", () => {
    const again = parseModel(input);
    expect(toMarkdownReport(again)).toBe(toMarkdownReport(model));
    expect(toMarkdownReport(model)).not.toMatch(/20\d\d-\d\d-\d\d|As of/);
  });

  it("gives the same simulation for the same seed, and another for another seed", () => {
    const a = toMarkdownReport(model, { sections: ["simulation"], simulation: { iterations: 2000, seed: 7 } });
    expect(toMarkdownReport(model, { sections: ["simulation"], simulation: { iterations: 2000, seed: 7 } })).toBe(a);
    expect(toMarkdownReport(model, { sections: ["simulation"], simulation: { iterations: 2000, seed: 8 } })).not.toBe(a);
  });
});

describe("toMarkdownReport: simulation", () => {
  it("reports the simulation and the value of information of simulate and valueOfInformation", () => {
    const md = toMarkdownReport(model, { simulation: { iterations: 2000, seed: 3 } });
    expect(sectionsOf(md)).toContain("Simulation");
    const r = simulate(model, { iterations: 2000, seed: 3, services: "top-level" });
    const v = valueOfInformation(model, { iterations: 2000, seed: 3 });
    const report = readReport(md);
    expect(report.text("Simulation")).toContain(`Loss of all risks in a year: mean ${formatMoney(r.overall.annualLoss.mean, "EUR")}`);
    const [exceedance, investments, services] = report.tables("Simulation");
    expect(exceedance!.rows[0]).toEqual({ "Once in": "2 years", "Chance in a year": "50.0%", "Loss exceeded (EUR)": formatMoney(r.overall.exceedance.loss[0]) });
    const mfa = investments!.rows.find((row) => row.Investment === "Multi-factor authentication for everyone")!;
    expect(mfa["Chance of a loss"]).toBe(formatPercent(r.investments["mfa-rollout"]!.net.probabilityNegative));
    expect(services!.rows).toHaveLength(Object.keys(r.services).length);
    expect(report.text("Value of information")).toContain(`worth ${formatMoney(v.evpi, "EUR")} (EVPI)`);
    const [voi] = report.tables("Value of information");
    expect(voi!.rows.map((row) => row.Estimate)).toEqual(v.byEstimate.slice(0, 10).map((e) => e.path));
  });
});

describe("toMarkdownReport: an empty model", () => {
  it("is a valid short report that says what is missing", () => {
    const md = toMarkdownReport(parseModel({ name: "Empty" }));
    expect(sectionsOf(md)).toEqual(REPORT_SECTIONS.filter((s) => s !== "simulation").map((s) => REPORT_SECTION_TITLES[s]));
    for (const line of ["The model has no services.", "The model has no value streams.", "The model has no customer journeys.", "The model has no risks.", "The model has no investments."]) {
      expect(md).toContain(line);
    }
    expect(md).toContain("The model holds 0 stakeholders, 0 services, 0 resources, 0 value streams");
    expect(md).toContain("- **Most expensive service**: none (the model has no services).");
    expect(md).not.toMatch(/undefined|NaN|Infinity/);
    for (const counts of rawTableCellCounts(md)) expect(new Set(counts).size).toBe(1);
    expect(md.split("\n").length).toBeLessThan(60);
  });

  it("reports a one-year horizon, a stream with no steps and a journey with no touchpoints", () => {
    const m = parseModel({
      name: "Edges",
      horizonYears: 1,
      stakeholders: [{ id: "me", name: "Me", roles: ["customer"] }],
      valueStreams: [{ id: "idea", name: "An idea", trigger: "", outcome: "", steps: [] }],
      journeys: [{ id: "j", name: "J", stakeholder: "me" }],
    });
    const md = toMarkdownReport(m);
    expect(md).toContain("over a horizon of 1 year (year 0);");
    expect(md).toContain("Not measured: the stream has no steps yet.");
    expect(md).toContain("Trigger: none. Outcome: none.");
    expect(md).not.toMatch(/undefined|NaN|Infinity/);
    const [journeys] = readReport(md).tables("Customer journeys");
    expect(journeys!.rows[0]!["Mean satisfaction"]).toBe("n/a");
  });
});

describe("toMarkdownReport: diagrams", () => {
  it("asks for each diagram where it shows it, and shows what it is given as a mermaid block", () => {
    const requests: ReportDiagramRequest[] = [];
    const md = toMarkdownReport(model, {
      diagrams: (r) => {
        requests.push(r);
        return r.view === "journey" ? undefined : `flowchart LR\n  n0["${r.key}"]\n`;
      },
    });
    expect(requests.map((r) => r.key)).toEqual([
      "service-map",
      "stakeholder-map",
      "portfolio-quadrant",
      "dimensions-smart-collaboration",
      "dimensions-workplace-device",
      "cost-flow",
      "value-stream-onboard-employee",
      "value-stream-fulfil-access-request",
      "journey-sales-collaboration-journey",
      "impact-mail",
      "impact-mail-security",
      "impact-identity",
      "portfolio-quadrant-investments",
    ]);
    expect(requests.find((r) => r.key === "portfolio-quadrant-investments")).toEqual({ view: "portfolio-quadrant", key: "portfolio-quadrant-investments", options: { of: "investments" } });
    expect(requests.find((r) => r.key === "value-stream-onboard-employee")).toEqual({ view: "value-stream", id: "onboard-employee", key: "value-stream-onboard-employee" });
    const blocks = [...md.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]);
    expect(blocks).toHaveLength(requests.length - 1);
    expect(blocks[0]).toBe('flowchart LR\n  n0["service-map"]');
    expect(md).not.toContain('"journey-sales-collaboration-journey"');
  });

  it("takes diagrams as a record by key, and shows a view's warnings as notes", () => {
    const md = toMarkdownReport(model, {
      sections: ["showback", "journeys"],
      diagrams: { "cost-flow": { text: "sankey-beta\n\na,b,1\n", warnings: ["toMermaidCostFlow: <b>pools</b> only"] }, "journey-sales-collaboration-journey": "journey\n  title J\n" },
    });
    expect(md).toContain("```mermaid\nsankey-beta\n\na,b,1\n```");
    expect(md).toContain("> Note: toMermaidCostFlow: &lt;b&gt;pools&lt;/b&gt; only");
    expect(md).toContain("```mermaid\njourney\n  title J\n```");
    expect(md.match(/```mermaid/g)).toHaveLength(2);
  });

  it("refuses a function that returns something else than a diagram, naming the request", () => {
    const e = errorOf(() => toMarkdownReport(model, { diagrams: () => 42 as never }));
    expect(e.code).toBe("invalid-argument");
    expect(e.issues[0]!.path).toBe("options.diagrams");
    expect(e.message).toContain('"service-map"');
  });

  it("keeps a diagram that holds a fence inside its block", () => {
    const md = toMarkdownReport(model, { sections: ["showback"], diagrams: { "cost-flow": "flowchart LR\n```\n# not a heading\n" } });
    expect(md).toContain("````mermaid\nflowchart LR\n```\n# not a heading\n````");
    expect(sectionsOf(md)).toEqual(["Showback"]);
  });
});
