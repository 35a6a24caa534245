import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mermaidNodeId } from "../../src/mermaid/mermaid-node-id.js";

const KEYWORDS = ["end", "style", "click", "class", "classDef", "subgraph", "graph", "flowchart", "linkStyle", "direction", "default"];

describe("mermaidNodeId", () => {
  it("prefixes element ids and writes - as _", () => {
    expect(mermaidNodeId("mail-security")).toBe("n_mail_security");
    expect(mermaidNodeId("end")).toBe("n_end");
    expect(mermaidNodeId("0-day")).toBe("n_0_day");
    expect(mermaidNodeId("constructor")).toBe("n_constructor");
  });

  it("writes any other string as hex code units, so no input makes a bad id", () => {
    expect(mermaidNodeId("Not an id")).toBe("h_004e006f007400200061006e002000690064");
    expect(mermaidNodeId("")).toBe("h_");
    expect(mermaidNodeId("a\uD800")).toBe("h_0061d800");
  });

  it("is one to one, and only ever gives [A-Za-z0-9_] ids that are not Mermaid keywords", () => {
    const kebab = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
    fc.assert(
      fc.property(fc.oneof(kebab, fc.string()), fc.oneof(kebab, fc.string()), (a, b) => {
        const x = mermaidNodeId(a);
        expect(x).toMatch(/^[nh]_[a-z0-9_]*$/);
        expect(KEYWORDS).not.toContain(x);
        if (a !== b) expect(mermaidNodeId(b)).not.toBe(x);
      }),
    );
  });
});
