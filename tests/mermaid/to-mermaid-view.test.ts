import { describe, expect, it } from "vitest";
import { ModelError, parseModel } from "../../src/index.js";
import { MERMAID_VIEWS, MERMAID_VIEW_NAMES, toMermaidView } from "../../src/mermaid/to-mermaid-view.js";
import { toMermaidJourney } from "../../src/mermaid/to-mermaid-journey.js";
import { toMermaidServiceMap } from "../../src/mermaid/to-mermaid-service-map.js";
import { example } from "./examples.js";

const workplace = example("modern-workplace").model;

function thrown(f: () => unknown): ModelError {
  try {
    f();
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error("expected a ModelError");
}

describe("toMermaidView", () => {
  it("names eight views, each with the Mermaid diagram type it writes", () => {
    expect(MERMAID_VIEW_NAMES).toEqual(["service-map", "stakeholder-map", "value-stream", "journey", "portfolio-quadrant", "cost-flow", "dimensions", "impact"]);
    for (const name of MERMAID_VIEW_NAMES) {
      const needs = MERMAID_VIEWS[name].needs;
      const id = needs === undefined ? undefined : name === "value-stream" ? "onboard-employee" : name === "journey" ? "sales-collaboration-journey" : "mail";
      const { text } = toMermaidView(workplace, name, id === undefined ? {} : { id });
      const header = text.replace(/^---\n[\s\S]*?\n---\n/, "").split("\n")[0]!.split(" ")[0];
      expect(header, name).toBe(MERMAID_VIEWS[name].diagram);
    }
  });

  it("passes the id and the options on to the view", () => {
    expect(toMermaidView(workplace, "journey", { id: "sales-collaboration-journey", title: false })).toEqual(
      toMermaidJourney(workplace, "sales-collaboration-journey", { title: false }),
    );
    expect(toMermaidView(workplace, "service-map", { focus: "mail", tco: true })).toEqual(toMermaidServiceMap(workplace, { focus: "mail", tco: true }));
  });

  it("refuses an unknown view with the closest name", () => {
    const error = thrown(() => toMermaidView(workplace, "servce-map"));
    expect(error.code).toBe("not-found");
    expect(error.issues[0]!.suggestion).toBe("service-map");
    expect(error.message).toMatch(/^toMermaidView: view "servce-map" not found \(did you mean "service-map"\?\)/);
    expect(thrown(() => toMermaidView(workplace, "constructor")).code).toBe("not-found");
    expect(thrown(() => toMermaidView(workplace, 42 as never)).code).toBe("not-found");
  });

  it("asks for an id where a view needs one, suggesting the first element of the right kind", () => {
    const error = thrown(() => toMermaidView(workplace, "journey"));
    expect(error.code).toBe("invalid-argument");
    expect(error.issues[0]).toMatchObject({ path: "options.id", suggestion: "sales-collaboration-journey" });
    expect(thrown(() => toMermaidView(workplace, "dimensions")).issues[0]!.suggestion).toBe("smart-collaboration");
    expect(thrown(() => toMermaidView(workplace, "impact")).issues[0]!.suggestion).toBe("it-department");
    const empty = thrown(() => toMermaidView(parseModel({ name: "Empty" }), "value-stream"));
    expect(empty.issues[0]!.suggestion).toBeUndefined();
    expect(empty.message).toMatch(/the model has none/);
    expect(thrown(() => toMermaidView(workplace, "service-map", { id: "mail" })).issues[0]!.path).toBe("options.id");
    expect(thrown(() => toMermaidView(workplace, "journey", { id: "mail" })).code).toBe("not-found");
  });
});
