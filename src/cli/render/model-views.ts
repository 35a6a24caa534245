import { elementIndex } from "../../model/element-index.js";
import { ModelError, describeValue } from "../../model/errors.js";
import type { Model } from "../../model/schema/model.js";
import { closestMatch } from "../../model/suggest.js";
import type { MermaidDiagram } from "../../mermaid/mermaid-diagram.js";
import { MERMAID_VIEWS, MERMAID_VIEW_NAMES, toMermaidView, type MermaidViewName } from "../../mermaid/to-mermaid-view.js";

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
 * services and of investments), the per-element views for each element they are drawn for. `all`: each value
 * stream, journey and service (dimensions), and the impact of each service and resource failing. `gallery`: each
 * value stream and journey, the dimensions of each business service, the impact of each resource failing.
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
        each(view, all ? [...model.services, ...model.resources] : model.resources);
        break;
    }
  }
  return out;
}

/** Draw one of {@link modelDrawings}. */
export function drawModelDrawing(model: Model, drawing: ModelDrawing): MermaidDiagram {
  return toMermaidView(model, drawing.view, { ...drawing.options, ...(drawing.id === undefined ? {} : { id: drawing.id }) });
}

/**
 * Draw the view `name` of a model for the CLI, for element `id` when the view needs one (`toMermaidView`, with
 * messages in terms of `--view` and `--id`). An unknown view is a `ModelError("not-found")` at path `view` with the
 * closest name as a suggestion; a missing or needless id is `invalid-argument` at path `id`; an unknown id is the
 * view's own `not-found`.
 * @example drawModelView(model, "value-stream", "onboard-employee").text // "---\ntitle: ...\n---\nflowchart LR\n..."
 */
export function drawModelView(model: Model, name: string, id?: string): MermaidDiagram {
  if (!(MERMAID_VIEW_NAMES as readonly string[]).includes(name)) {
    const near = closestMatch(name, MERMAID_VIEW_NAMES);
    const message = `unknown view ${describeValue(name)}${near ? ` (did you mean "${near}"?)` : ""}; the views are ${MERMAID_VIEW_NAMES.join(", ")}`;
    throw new ModelError("not-found", `drawModelView: ${message}`, [{ path: "view", code: "not-found", message, ...(near ? { suggestion: near } : {}) }]);
  }
  const view = name as MermaidViewName;
  const needs: readonly string[] | undefined = MERMAID_VIEWS[view].needs;
  if (needs !== undefined && id === undefined) {
    const ids = [...elementIndex(model).byId.values()].filter((e) => needs.length === 0 || needs.includes(e.kind)).map((e) => e.id);
    const what = needs.length === 0 ? "element" : needs.join(" or ").replace(/-/g, " ");
    const some = ids.length > 0 ? ` (${ids.length > 10 ? "such as" : "one of"} ${ids.slice(0, 10).join(", ")})` : ` (the model has no ${what})`;
    const message = `the ${view} view is drawn for one ${what}: pass --id <${what.replace(/ /g, "-")}>${some}`;
    throw new ModelError("invalid-argument", `drawModelView: ${message}`, [{ path: "id", code: "required", message, ...(ids[0] ? { suggestion: ids[0] } : {}) }]);
  }
  if (needs === undefined && id !== undefined) {
    const message = `the ${view} view is of the whole model and takes no --id, got ${describeValue(id)}`;
    throw new ModelError("invalid-argument", `drawModelView: ${message}`, [{ path: "id", code: "invalid-argument", message }]);
  }
  return toMermaidView(model, view, id === undefined ? {} : { id });
}
