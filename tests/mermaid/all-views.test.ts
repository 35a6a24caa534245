// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { allViews } from "./all-views.js";
import { example } from "./examples.js";
import { parseErrors } from "./mermaid-parser.js";

describe.each(["modern-workplace", "hospital"] as const)("every view of %s", (name) => {
  const { model } = example(name);
  const views = allViews(model);

  it("parses in Mermaid 11 and 12, without warnings", async () => {
    expect(views.length).toBeGreaterThan(20);
    for (const { name: view, diagram } of views) {
      expect([view, await parseErrors(diagram.text)]).toEqual([view, []]);
      expect([view, diagram.warnings]).toEqual([view, []]);
      expect(diagram.text.endsWith("\n")).toBe(true);
      expect(diagram.text.length).toBeLessThanOrEqual(50_000);
    }
  });

  it("is the same text, byte for byte, for the same model and for the same file read again", () => {
    const again = allViews(example(name).model);
    expect(again.map((v) => v.diagram.text)).toEqual(views.map((v) => v.diagram.text));
    expect(allViews(model).map((v) => v.diagram.text)).toEqual(views.map((v) => v.diagram.text));
  });

  it("writes no markup and no directive, whatever the names", () => {
    for (const { diagram } of views) {
      const body = diagram.text.replace(/<br\/>/g, "");
      expect(body).not.toMatch(/<|%%|javascript:/);
    }
  });
});
