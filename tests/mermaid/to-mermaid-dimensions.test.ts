// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { ModelError, parseModel } from "../../src/index.js";
import { toMermaidDimensions } from "../../src/mermaid/to-mermaid-dimensions.js";
import { example } from "./examples.js";
import { MERMAID_VERSIONS, displayed, parsed } from "./mermaid-parser.js";

const workplace = example("modern-workplace").model;
const hospital = example("hospital").model;

interface MindmapNode {
  nodeId: string;
  descr: string;
  children: MindmapNode[];
}

/** The mindmap as nested [text, children] pairs, decoded. */
function tree(node: MindmapNode): unknown {
  return node.children.length === 0 ? displayed(node.descr) : [displayed(node.descr), node.children.map(tree)];
}

describe("toMermaidDimensions", () => {
  it.each(MERMAID_VERSIONS)("draws the four dimensions of every service of both examples (Mermaid %i)", async (version) => {
    for (const model of [workplace, hospital]) {
      for (const service of model.services) {
        const { text, warnings } = toMermaidDimensions(model, service.id);
        expect(warnings).toEqual([]);
        const root = (await parsed(version, text)).db.getMindmap() as MindmapNode;
        expect(displayed(root.descr)).toBe(service.name);
        expect(root.children.slice(0, 4).map((c) => displayed(c.descr))).toEqual([
          "Organizations and people",
          "Information and technology",
          "Partners and suppliers",
          "Value streams and processes",
        ]);
        // Every resource that supports the service sits under its dimension.
        for (const r of model.resources.filter((r) => r.supports.some((s) => s.service === service.id))) {
          const branch = root.children[["organizations-and-people", "information-and-technology", "partners-and-suppliers", "value-streams-and-processes"].indexOf(r.dimension)]!;
          expect(branch.children.map((c) => displayed(c.descr))).toContain(r.name);
        }
      }
    }
  });

  it("shows what Mail is made of, who owns and supplies it, where it is used and what threatens it", async () => {
    const root = (await parsed(11, toMermaidDimensions(workplace, "mail").text)).db.getMindmap() as MindmapNode;
    expect(tree(root)).toEqual([
      "Mail",
      [
        ["Organizations and people", ["Messaging team", "Owner: Corporate IT"]],
        ["Information and technology", ["Depends on: Identity and directory", "Risk: An account is taken over through phishing"]],
        ["Partners and suppliers", ["Cloud mail subscription", "Supplier: CloudMail Ltd.", "Risk: The cloud mail provider has a long outage"]],
        [
          "Value streams and processes",
          [
            ["Onboard a new employee", ["Create the account, mailbox and file shares"]],
            ["Practices", ["Service request management", "Service configuration management"]],
            "Risk: Mail needed in a lawsuit cannot be found in time",
          ],
        ],
      ],
    ]);
  });

  it("gives each node a stable id, and a repeated element its own", () => {
    const { text } = toMermaidDimensions(workplace, "smart-collaboration");
    expect(text.split("\n")[1]).toBe('  n_smart_collaboration(("Smart Collaboration"))');
    const ids = [...text.matchAll(/^ +(\w+)[([]/gm)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives a service with nothing around it the centre and four empty branches", async () => {
    const { text } = toMermaidDimensions(parseModel({ name: "m", services: [{ id: "lonely", name: "Self-service portal" }] }), "lonely");
    for (const version of MERMAID_VERSIONS) {
      const root = (await parsed(version, text)).db.getMindmap() as MindmapNode;
      expect(tree(root)).toEqual([
        "Self-service portal",
        ["Organizations and people", "Information and technology", "Partners and suppliers", "Value streams and processes"],
      ]);
    }
  });

  it("refuses an unknown service or an element of another kind, with a suggestion", () => {
    for (const [id, suggestion] of [
      ["mial", "mail"],
      ["messaging-team", undefined],
    ] as const) {
      try {
        toMermaidDimensions(workplace, id);
        expect.fail("expected an error");
      } catch (e) {
        expect((e as ModelError).code).toBe("not-found");
        expect((e as ModelError).issues[0]!.suggestion).toBe(suggestion);
        expect((e as ModelError).message).toMatch(new RegExp(`^toMermaidDimensions: service "${id}" not found`));
      }
    }
  });
});
