import type { Model } from "../../model/schema/model.js";
import type { MermaidDiagram } from "../../mermaid/mermaid-diagram.js";
import { MERMAID_VIEW_NAMES, toMermaidView, type MermaidViewName } from "../../mermaid/to-mermaid-view.js";

/** One diagram to draw of a model: a view, the element it is drawn for, view options, and its file name stem. */
export interface ModelDrawing {
  view: MermaidViewName;
  /** The element of a per-element view (`value-stream`, `journey`, `dimensions`, `impact`). */
  id?: string;
  /** Options passed to the view (`{ of: "investments" }`). */
  options?: Readonly<Record<string, unknown>>;
  /** `<view>[-<variant>][-<id>]`: unique within a model, safe as a file name (ids are kebab-case). */
  stem: string;
}

/** Which drawings {@link modelDrawings} lists: every element a view can be drawn for, or a smaller set for the gallery. */
export type DrawingSelection = "all" | "gallery";

/**
 * Every diagram of a model, in view order then model order: the whole-model views once (the portfolio quadrant of
 * services and of investments), then the per-element views: each value stream and journey, and the impact of each
 * resource failing (its diagram holds every kind of node an impact can reach: services, offerings, steps, value
 * streams, journeys, stakeholders); the dimensions of each service (`all`) or of each business service (`gallery`).
 * @example modelDrawings(model, "gallery").map((d) => d.stem) // ["service-map", ..., "impact-directory"]
 */
export function modelDrawings(model: Model, selection: DrawingSelection = "all"): ModelDrawing[] {
  const all = selection === "all";
  const out: ModelDrawing[] = [];
  const each = (view: MermaidViewName, ids: readonly { id: string }[]) => {
    for (const { id } of ids) out.push({ view, id, stem: `${view}-${id}` });
  };
  for (const view of MERMAID_VIEW_NAMES) {
    switch (view) {
      case "service-map":
      case "stakeholder-map":
      case "cost-flow":
        out.push({ view, stem: view });
        break;
      case "portfolio-quadrant":
        out.push({ view, options: { of: "services" }, stem: view });
        out.push({ view, options: { of: "investments" }, stem: `${view}-investments` });
        break;
      case "value-stream":
        each(view, model.valueStreams);
        break;
      case "journey":
        each(view, model.journeys);
        break;
      case "dimensions":
        each(view, all ? model.services : model.services.filter((s) => s.kind === "business"));
        break;
      case "impact":
        each(view, model.resources);
        break;
    }
  }
  return out;
}

/** Draw one of {@link modelDrawings}. */
export function drawModelDrawing(model: Model, drawing: ModelDrawing): MermaidDiagram {
  return toMermaidView(model, drawing.view, { ...drawing.options, ...(drawing.id === undefined ? {} : { id: drawing.id }) });
}
