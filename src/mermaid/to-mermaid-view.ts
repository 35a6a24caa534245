import { elementIndex, type ElementKind } from "../model/element-index.js";
import { ModelError, notFound } from "../model/errors.js";
import type { Model } from "../model/schema/model.js";
import { closestMatch } from "../model/suggest.js";
import type { MermaidDiagram } from "./mermaid-diagram.js";
import { toMermaidCostFlow } from "./to-mermaid-cost-flow.js";
import { toMermaidDimensions } from "./to-mermaid-dimensions.js";
import { toMermaidImpact } from "./to-mermaid-impact.js";
import { toMermaidJourney } from "./to-mermaid-journey.js";
import { toMermaidPortfolioQuadrant } from "./to-mermaid-portfolio-quadrant.js";
import { toMermaidServiceMap } from "./to-mermaid-service-map.js";
import { toMermaidStakeholderMap } from "./to-mermaid-stakeholder-map.js";
import { toMermaidValueStream } from "./to-mermaid-value-stream.js";

/** The Mermaid views by name, each with the kind of element its `id` names (none for views of the whole model). */
export const MERMAID_VIEWS = {
  "service-map": { needs: undefined, diagram: "flowchart" },
  "stakeholder-map": { needs: undefined, diagram: "flowchart" },
  "value-stream": { needs: ["value-stream"], diagram: "flowchart" },
  journey: { needs: ["journey"], diagram: "journey" },
  "portfolio-quadrant": { needs: undefined, diagram: "quadrantChart" },
  "cost-flow": { needs: undefined, diagram: "sankey-beta" },
  dimensions: { needs: ["service"], diagram: "mindmap" },
  impact: { needs: [] as ElementKind[], diagram: "flowchart" },
} as const satisfies Record<string, { needs: readonly ElementKind[] | undefined; diagram: string }>;

/** A view name: `service-map`, `stakeholder-map`, `value-stream`, `journey`, `portfolio-quadrant`, `cost-flow`, `dimensions`, `impact`. */
export type MermaidViewName = keyof typeof MERMAID_VIEWS;

/** The view names, in the order of {@link MERMAID_VIEWS}. */
export const MERMAID_VIEW_NAMES = Object.keys(MERMAID_VIEWS) as MermaidViewName[];

/**
 * Any view by name (for a CLI `--view` flag or a docs generator): `id` names the element of the views that draw one
 * (`value-stream`, `journey`, `dimensions`: a service, `impact`: any element); the other options go to the view.
 * Throws `ModelError("not-found")` for an unknown view (with the closest name as a suggestion) or id, and
 * `ModelError("invalid-argument")` (path `options.id`) when a view that needs an id gets none, suggesting the first
 * element of the right kind.
 * @example toMermaidView(model, "journey", { id: "sales-collaboration-journey" }).text
 * @example toMermaidView(model, "service-map", { focus: "mail" })
 */
export function toMermaidView(model: Model, view: string, options: { id?: string; [option: string]: unknown } = {}): MermaidDiagram {
  const fn = "toMermaidView";
  if (typeof view !== "string" || !Object.hasOwn(MERMAID_VIEWS, view)) {
    return notFound(fn, "view", String(view), typeof view === "string" ? closestMatch(view, MERMAID_VIEW_NAMES) : undefined);
  }
  const name = view as MermaidViewName;
  const { id, ...rest } = options ?? {};
  const needs: readonly ElementKind[] | undefined = MERMAID_VIEWS[name].needs;
  if (needs !== undefined && id === undefined) {
    const first = [...elementIndex(model).byId.values()].find((e) => needs.length === 0 || needs.includes(e.kind))?.id;
    const what = needs.length === 0 ? "an element" : `a ${needs.join(" or ").replace(/-/g, " ")}`;
    const message = `the ${name} view needs options.id, the id of ${what}${first !== undefined ? ` (for example "${first}")` : " (the model has none)"}`;
    throw new ModelError("invalid-argument", `${fn}: ${message}`, [
      { path: "options.id", code: "invalid-argument", message, ...(first !== undefined ? { suggestion: first } : {}) },
    ]);
  }
  if (needs === undefined && id !== undefined) {
    throw new ModelError("invalid-argument", `${fn}: the ${name} view takes no id`, [
      { path: "options.id", code: "invalid-argument", message: `the ${name} view takes no id` },
    ]);
  }
  switch (name) {
    case "service-map":
      return toMermaidServiceMap(model, rest);
    case "stakeholder-map":
      return toMermaidStakeholderMap(model, rest);
    case "value-stream":
      return toMermaidValueStream(model, id!, rest);
    case "journey":
      return toMermaidJourney(model, id!, rest);
    case "portfolio-quadrant":
      return toMermaidPortfolioQuadrant(model, rest);
    case "cost-flow":
      return toMermaidCostFlow(model, rest);
    case "dimensions":
      return toMermaidDimensions(model, id!, rest);
    case "impact":
      return toMermaidImpact(model, id!, rest);
  }
}
