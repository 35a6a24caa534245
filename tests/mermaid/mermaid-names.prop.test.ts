// @vitest-environment jsdom
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanLabel } from "../../src/mermaid/escape.js";
import { toMermaidView } from "../../src/mermaid/to-mermaid-view.js";
import { labelledModel } from "./labelled-model.js";
import { parseErrors, parsedFlowchart } from "./mermaid-parser.js";

const VIEWS: [string, Record<string, unknown>][] = [
  ["service-map", { tco: true }],
  ["stakeholder-map", {}],
  ["value-stream", { id: "flow" }],
  ["journey", { id: "trip" }],
  ["portfolio-quadrant", {}],
  ["cost-flow", {}],
  ["dimensions", { id: "graph" }],
  ["impact", { id: "click" }],
];

/** Names as users type them (any graphemes), and as broken input can hold them (any UTF-16 code units). */
const graphemeName = fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 });
const codeUnitName = fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 1, maxLength: 40 }).map((units) => String.fromCharCode(...units));
const names = (name: fc.Arbitrary<string>) => fc.array(name.filter((s) => /\S/.test(s)), { minLength: 8, maxLength: 8 });

async function check(list: string[]) {
  // Position p gets one of the names, so each model mixes them across positions.
  let i = 0;
  const model = labelledModel(() => list[i++ % list.length]!);
  for (const [view, options] of VIEWS) {
    const { text } = toMermaidView(model, view, options);
    expect([view, await parseErrors(text)]).toEqual([view, []]);
  }
  const chart = await parsedFlowchart(12, toMermaidView(model, "service-map").text);
  expect(chart.nodes.get("n_end")!.label).toBe(cleanLabel(model.services.find((s) => s.id === "end")!.name, 60, "end"));
}

describe("every view with generated names", () => {
  it("parses in Mermaid 11 and 12 with any graphemes", async () => {
    await fc.assert(fc.asyncProperty(names(graphemeName), check), { numRuns: 8 });
  });

  it("parses in Mermaid 11 and 12 with any UTF-16 code units, lone surrogates and controls included", async () => {
    await fc.assert(fc.asyncProperty(names(codeUnitName), check), { numRuns: 8 });
  });
});
