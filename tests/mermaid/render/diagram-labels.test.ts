import { describe, expect, it } from "vitest";
import { diagramLabels, parseCsvRow } from "./diagram-labels.js";

describe("diagramLabels", () => {
  it("takes the quoted labels of a flowchart, its subgraph titles, edge labels and front-matter title", () => {
    const text = [
      "---",
      'title: "Map #1"',
      "---",
      "flowchart LR",
      "  %% a comment with \"quotes\"",
      '  subgraph g0 ["Group #quot;A#quot;"]',
      '    n0["Mail"] -->|"50%"| n1(["DNS<br/>provider<br>x"])',
      "  end",
      '  n2@{ shape: cyl, label: "Database" }',
      '  click n0 "https://example.org/mail" "Open the docs"',
      "  classDef tech fill:#eee;",
      "  style n1 fill:#f9f",
    ].join("\n");
    expect(diagramLabels(text)).toEqual(["Map #35;1", "Group #quot;A#quot;", "Mail", "50%", "DNS", "provider", "x", "Database"]);
  });

  it("takes a journey's title, sections, task names and actors", () => {
    const text = "journey\n  title Onboarding\n  section Day one\n    Get a laptop: 4: Employee, Service desk\n    Log in: 2: Employee";
    expect(diagramLabels(text)).toEqual(["Onboarding", "Day one", "Get a laptop", "Employee", "Service desk", "Log in"]);
  });

  it("takes a quadrant chart's title, axes, quadrants and point names, quoted or not", () => {
    const text = [
      "quadrantChart",
      "  title Portfolio",
      '  x-axis "Low risk" --> "High risk"',
      "  y-axis Low value --> High value",
      "  quadrant-1 Watch",
      '  "Mail #lt;core#gt;": [0.250, 0.750]',
      "  SMS:::legacy: [0.800, 0.100] radius: 10",
    ].join("\n");
    expect(diagramLabels(text)).toEqual(["Portfolio", "Low risk", "High risk", "Low value", "High value", "Watch", "Mail #lt;core#gt;", "SMS"]);
    expect(() => diagramLabels("quadrantChart\n  what is this")).toThrow(/unrecognised quadrantChart line/);
  });

  it("takes the node names of a sankey diagram from its CSV rows", () => {
    expect(diagramLabels('sankey-beta\n\n"Licences, yearly",Mail,120\nMail,"Sales ""BU""",70')).toEqual(["Licences, yearly", "Mail", 'Sales "BU"']);
  });

  it("takes every node of a mindmap, whatever its shape", () => {
    const text = ["mindmap", '  root(("Mail"))', "    a[Square]", "    b(Rounded)", "    c))Bang((", "    d)Cloud(", "    e{{Hexagon}}", "    Plain text", "    ::icon(fa fa-book)", "    :::urgent"].join("\n");
    expect(diagramLabels(text)).toEqual(["Mail", "Square", "Rounded", "Bang", "Cloud", "Hexagon", "Plain text"]);
  });

  it("refuses a diagram type it does not know, so no view goes unchecked", () => {
    expect(() => diagramLabels("sequenceDiagram\n  a->>b: hi")).toThrow(/unknown diagram type "sequenceDiagram"/);
  });
});

describe("parseCsvRow", () => {
  it("splits quoted and plain fields", () => {
    expect(parseCsvRow('a,"b, c","d ""e""",')).toEqual(["a", "b, c", 'd "e"', ""]);
    expect(parseCsvRow("x")).toEqual(["x"]);
  });
});
