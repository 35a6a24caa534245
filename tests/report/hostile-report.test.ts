import { describe, expect, it } from "vitest";
import { parseModel, type Model, type ModelInput } from "../../src/index.js";
import { toMermaidView } from "../../src/mermaid/to-mermaid-view.js";
import { REPORT_SECTIONS, REPORT_SECTION_TITLES } from "../../src/report/report-sections.js";
import { toMarkdownReport } from "../../src/report/to-markdown-report.js";
import { HOSTILE_LABELS } from "../fixtures/hostile-labels.js";
import { FOREIGN_ELEMENTS, shownText } from "./render-markdown.js";
import { rawTableCellCounts, readReport } from "./report-tables.js";

/** The hostile labels a model accepts as names (a name must not be blank). */
const LABELS = HOSTILE_LABELS.filter((l) => l.text.trim() !== "");

/**
 * A model whose every name is a hostile label: the model, a stakeholder, a service, a resource, a value stream and its
 * step, a journey touchpoint, a risk and an investment per label, all tied together so that every section lists them.
 */
function hostileModel(): Model {
  const ids = LABELS.map((_, i) => i);
  const input: ModelInput = {
    name: "Report <script>alert(1)</script> | # `x`",
    description: LABELS.map((l) => l.text).join("\n"),
    stakeholders: [
      { id: "provider", name: "Provider", roles: ["provider"] },
      ...ids.map((i) => ({ id: `sh-${i}`, name: LABELS[i]!.text, roles: ["customer" as const, "user" as const, "sponsor" as const] })),
    ],
    resources: ids.map((i) => ({ id: `res-${i}`, name: LABELS[i]!.text, dimension: "information-and-technology" as const, supports: [`svc-${i}`] })),
    services: ids.map((i) => ({
      id: `svc-${i}`,
      name: LABELS[i]!.text,
      kind: i % 2 === 0 ? ("business" as const) : ("technical" as const),
      owner: "provider",
      consumers: [`sh-${i}`],
      ...(i % 2 === 0 && i + 1 < LABELS.length ? { bundles: [`svc-${i + 1}`] } : {}),
    })),
    valueStreams: ids.map((i) => ({
      id: `vs-${i}`,
      name: LABELS[i]!.text,
      consumer: `sh-${i}`,
      trigger: LABELS[i]!.text,
      outcome: LABELS[i]!.text,
      steps: [{ id: `step-${i}`, name: LABELS[i]!.text, activity: "engage" as const, services: [`svc-${i}`], processTime: "1h", waitTime: "2h" }],
    })),
    journeys: [
      {
        id: "journey",
        name: "Journey | <b>",
        stakeholder: "sh-0",
        stages: [{ stage: "onboard", touchpoints: ids.map((i) => ({ name: LABELS[i]!.text, actors: [`sh-${i}`], satisfaction: 1 + (i % 5), service: `svc-${i}` })) }],
      },
    ],
    costs: ids.map((i) => ({ of: `res-${i}`, name: LABELS[i]!.text, category: "software" as const, amount: 1000 + i })),
    benefits: ids.map((i) => ({ of: `svc-${i}`, name: LABELS[i]!.text, amount: 500 + i })),
    risks: ids.map((i) => ({ id: `risk-${i}`, name: LABELS[i]!.text, affects: [`svc-${i}`], frequency: 0.1, impact: 10_000 + i })),
    investments: ids.slice(0, 8).map((i) => ({ id: `inv-${i}`, name: LABELS[i]!.text, reduces: [{ risk: `risk-${i}`, by: 0.5 }] })),
  };
  return parseModel(input);
}

describe("toMarkdownReport with hostile names", () => {
  const model = hostileModel();
  const markdown = toMarkdownReport(model, {
    top: LABELS.length,
    diagrams: (r) => toMermaidView(model, r.view, { ...r.options, ...(r.id === undefined ? {} : { id: r.id }) }),
    simulation: { iterations: 300, seed: 1 },
  });
  const report = readReport(markdown);

  it("keeps every table row to its columns", () => {
    const tables = rawTableCellCounts(markdown);
    expect(tables.length).toBeGreaterThan(10);
    for (const counts of tables) expect(new Set(counts).size).toBe(1);
  });

  it("lets no markup through: no script, image, link or heading a name brought", () => {
    expect(report.document.querySelectorAll(FOREIGN_ELEMENTS)).toHaveLength(0);
    expect(report.document.querySelectorAll("h1")).toHaveLength(1);
    expect([...markdown.matchAll(/^## (.*)$/gm)].map((m) => m[1])).toEqual(REPORT_SECTIONS.map((s) => REPORT_SECTION_TITLES[s]));
    expect(report.document.querySelector("h1")!.textContent).toBe("Report <script>alert(1)</script> | # `x`");
    // Outside the mermaid blocks, the only tag is the report's own line break.
    const prose = markdown.replace(/^(`{3,})mermaid\n[\s\S]*?\n\1$/gm, "");
    expect(prose.replace(/<br>/g, "")).not.toMatch(/<[A-Za-z/!?]/);
  });

  it("shows every name as written, in full, in the tables", () => {
    const [services] = report.tables("Service portfolio");
    const [risks] = report.tables("Risks");
    LABELS.forEach((label, i) => {
      const shown = shownText(label.text).trim();
      expect(services!.rows.find((r) => r.Id === `svc-${i}`)!.Service!.trim(), label.name).toBe(shown);
      expect(risks!.rows.find((r) => r.Id === `risk-${i}`)!.Risk!.trim(), label.name).toBe(shown);
    });
    const long = LABELS.find((l) => l.name === "very long")!.text;
    expect(markdown).toContain(long);
  });

  it("gives each value stream its own heading, whatever its name", () => {
    const streams = report.headings.filter((h) => h.startsWith("Value stream: "));
    expect(streams).toHaveLength(LABELS.length);
    LABELS.forEach((label, i) => expect(streams[i]!.trim()).toBe(`Value stream: ${shownText(label.text)}`.trim()));
  });

  it("puts each diagram in a block of its own", () => {
    const blocks = [...markdown.matchAll(/^(`{3,})mermaid\n[\s\S]*?\n\1$/gm)];
    expect(blocks.length).toBeGreaterThan(LABELS.length);
    expect(report.document.querySelectorAll("pre code.language-mermaid")).toHaveLength(blocks.length);
    // Each block has its caption: one paragraph that is all emphasis, whatever the name in it.
    const captions = Array.from(report.document.querySelectorAll("pre")).map((pre) => pre.previousElementSibling);
    for (const caption of captions) {
      expect(caption!.tagName).toBe("P");
      expect(caption!.children).toHaveLength(1);
      expect(caption!.firstElementChild!.tagName).toBe("EM");
      expect(caption!.textContent).toBe(caption!.firstElementChild!.textContent);
    }
  });
});
