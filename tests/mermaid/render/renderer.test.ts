import { describe, expect, it } from "vitest";
import { openMermaidRenderer } from "../../../src/cli/render/mermaid-renderer.js";
import { RenderError } from "../../../src/cli/render/render-error.js";
import { MERMAID_MAJORS, resolveMermaidBundle } from "../../../src/cli/render/resolve-mermaid-bundle.js";
import { useMermaidBrowser } from "./mermaid-browser.js";
import { missingLabels } from "./missing-labels.js";
import { mountAndProbe } from "./xss-trap.js";

/** Hand-written diagrams of every type our views emit, with escaped labels, as the views are meant to write them. */
const DIAGRAMS: Record<string, string> = {
  flowchart: [
    "---",
    'title: "Service map #35;1"',
    "---",
    "flowchart LR",
    '  subgraph g0 ["Business #amp; technical"]',
    '    n0["Mail #quot;Exchange#quot; #lt;EU#gt;"]',
    "  end",
    '  n1(["end"]) -->|"depends #40;50%#41;"| n0',
    '  n2[("Datenbank #246;ffentlich 😀")]',
    "  n0 --> n2",
    "  classDef business fill:#eef,stroke:#99f;",
    "  class n0 business",
  ].join("\n"),
  journey: ["journey", "  title Onboarding", "  section Day one", "    Get a laptop #40;fast#41;: 4: Employee, Service desk", "    Log in: 2: Employee"].join("\n"),
  quadrant: [
    "quadrantChart",
    "  title Portfolio",
    '  x-axis "Low risk" --> "High risk"',
    '  y-axis "Low value" --> "High value"',
    "  quadrant-1 Watch",
    "  quadrant-2 Invest",
    '  "Mail #lt;core#gt;": [0.250, 0.750]',
    '  "SMS gateway": [0.800, 0.100]',
  ].join("\n"),
  sankey: ["sankey-beta", "", '"Licences, yearly",Mail,120', 'Mail,"Sales ""BU""",70', "Mail,HR,50"].join("\n"),
  mindmap: ["mindmap", '  root(("Mail"))', '    d0["Organizations #amp; people"]', '      r0["Messaging team"]', '    d1["Value streams #38; processes"]'].join("\n"),
};

const mermaid = useMermaidBrowser();

describe.each(MERMAID_MAJORS)("the render harness in Mermaid %i", (major) => {
  it("renders every diagram type with every label shown", async () => {
    const renderer = mermaid.renderer(major);
    const results = await renderer.renderAll(Object.entries(DIAGRAMS).map(([id, text]) => ({ id, text })));
    for (const [i, [name, text]] of Object.entries(DIAGRAMS).entries()) {
      const result = results[i]!;
      expect(result, name).toMatchObject({ ok: true, id: name });
      if (!result.ok) continue;
      expect(result.svg, name).toMatch(/^<svg [^>]*id="/);
      expect(await missingLabels(renderer.page, text, result.visibleText), name).toEqual([]);
    }
    expect(results.map((r) => (r.ok ? r.diagramType : r.error))).toEqual(["flowchart-v2", "journey", "quadrantChart", "sankey", "mindmap"]);
  });

  it("reports a label the SVG does not show", async () => {
    const renderer = mermaid.renderer(major);
    const [result] = await renderer.renderAll(['flowchart LR\n  n0["Mail"]']);
    expect(result?.ok).toBe(true);
    const text = 'flowchart LR\n  n0["Mail"]\n  n1["Missing #35;1"]';
    expect(await missingLabels(renderer.page, text, result!.ok ? result!.visibleText : "")).toEqual(["Missing #1"]);
  });

  it("turns a syntax error into a failed result with Mermaid's message, and renders the next diagram", async () => {
    const renderer = mermaid.renderer(major);
    const [bad, good] = await renderer.renderAll(["flowchart LR\n  a[[[ -->", "flowchart LR\n  a --> b"]);
    expect(bad).toMatchObject({ ok: false, id: "mermaid-0" });
    expect(bad!.ok ? "" : bad!.error).toMatch(/^Parse error on line 2/);
    expect(good).toMatchObject({ ok: true, id: "mermaid-1" });
    // Nothing of the failed render is left in the page.
    expect(await renderer.page.evaluate("document.body.children.length")).toBe(0);
    await expect(renderer.render("flowchart LR\n  a[[[ -->")).rejects.toMatchObject({ name: "RenderError", code: "diagram-error" });
  });

  it("detects Mermaid's error diagram (drawn without a thrown error)", async () => {
    const [result] = await mermaid.renderer(major).renderAll(["error"]);
    expect(result).toMatchObject({ ok: false });
    expect(result!.ok ? "" : result!.error).toMatch(/^Mermaid drew its error diagram: Syntax error in text/);
  });

  it("fails a diagram over maxTextSize (Mermaid draws a placeholder, no error)", async () => {
    const renderer = mermaid.renderer(major);
    const nodes = Array.from({ length: 3000 }, (_, i) => `  n${i}["Node number ${i} of a very large diagram"]`).join("\n");
    const [result] = await renderer.renderAll([`flowchart LR\n${nodes}`]);
    expect(result).toMatchObject({ ok: false });
    expect(result!.ok ? "" : result!.error).toMatch(/over Mermaid's maxTextSize/);
  });

  it("returns well-formed standalone XML, even with HTML labels and line breaks", async () => {
    const renderer = mermaid.renderer(major);
    const svg = await renderer.render('flowchart LR\n  n0["line one<br>line two #amp; more"]', "xml-test");
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('id="xml-test"');
    const errors = await renderer.page.evaluate(
      `new DOMParser().parseFromString(${JSON.stringify(svg)}, "image/svg+xml").getElementsByTagName("parsererror").length`,
    );
    expect(errors).toBe(0);
  });

  it("turns an unusable id into a valid one", async () => {
    const [result] = await mermaid.renderer(major).renderAll([{ text: "flowchart LR\n  a --> b", id: "1 bad id!" }]);
    expect(result).toMatchObject({ ok: true, id: "mermaid-1-bad-id-" });
  });

  it("runs no label as code under securityLevel strict, and the trap catches code that does run", async () => {
    const renderer = mermaid.renderer(major);
    const hostile = [
      'flowchart LR\n  n0["#lt;img src=x onerror=alert(1)#gt;"] --> n1["#lt;script#gt;alert(2)#lt;/script#gt;"]',
      // Raw markup in a label (what a view must never emit): strict mode still has to neutralise it.
      'flowchart LR\n  n0["<img src=x onerror=alert(3)>"] --> n1["<script>alert(4)</script>"]\n  n2["<a href=javascript:alert(5)>x</a>"]',
      'flowchart LR\n  n0["a"]\n  click n0 "javascript:alert(6)"',
      "journey\n  title <img src=x onerror=alert(7)>\n  section <script>alert(8)</script>\n    t: 3: me",
    ];
    const probe = await mountAndProbe(renderer.page, hostile);
    expect(probe.errors).toEqual([]);
    expect(probe.calls).toEqual([]);
    expect(probe.dangerous).toEqual([]);
    expect(mermaid.dialogs()).toEqual([]);
    // The control: the same trap records markup that does run (in a fresh page, so the shared pages stay clean).
    const page = await mermaid.browser().newPage();
    try {
      const { installXssTrap } = await import("./xss-trap.js");
      await installXssTrap(page);
      await page.evaluate(`document.body.innerHTML = '<img src=x onerror="alert(1)">'`);
      await page.waitForFunction("window.__xss.length > 0", undefined, { timeout: 10_000 });
      expect(await page.evaluate("window.__xss")).toEqual(["alert(1)"]);
    } finally {
      await page.close();
    }
  });
});

describe("openMermaidRenderer", () => {
  it("gives up on a diagram that takes longer than timeoutMs", async () => {
    const renderer = await openMermaidRenderer(mermaid.browser(), resolveMermaidBundle(11), { timeoutMs: 1 });
    try {
      const failure = await renderer.render("flowchart LR\n  a --> b").catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(RenderError);
      expect(failure).toMatchObject({ code: "timeout" });
    } finally {
      await renderer.close();
    }
  });

  it("rounds path coordinates to the precision asked for, and refuses a bad precision", async () => {
    const text = 'flowchart LR\n  a(["stadium"]) --> b(["another"])';
    const raw = await mermaid.renderer(11).render(text, "raw");
    const renderer = await openMermaidRenderer(mermaid.browser(), resolveMermaidBundle(11), { precision: 0 });
    try {
      const rounded = await renderer.render(text, "raw");
      const decimals = (svg: string) => [...svg.matchAll(/ d="([^"]*)"/g)].flatMap((m) => m[1]!.match(/\d\.\d/g) ?? []).length;
      expect(decimals(raw)).toBeGreaterThan(100);
      expect(decimals(rounded)).toBe(0);
      expect(rounded.length).toBeLessThan(raw.length / 2);
    } finally {
      await renderer.close();
    }
    for (const precision of [-1, 1.5, 11, Number.NaN]) {
      const failure = await openMermaidRenderer(mermaid.browser(), resolveMermaidBundle(11), { precision }).catch((e: unknown) => e);
      expect(failure).toMatchObject({ name: "ModelError", code: "invalid-argument" });
    }
  });

  it("reports a bundle that does not define mermaid", async () => {
    const failure = await openMermaidRenderer(mermaid.browser(), { path: new URL(import.meta.url).pathname.replace(/renderer\.test\.ts$/, "diagram-labels.ts"), version: "0.0.0" }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RenderError);
    expect(failure).toMatchObject({ code: "no-mermaid" });
  });
});
