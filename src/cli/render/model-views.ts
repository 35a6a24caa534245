import { ModelError, describeValue } from "../../model/errors.js";
import type { Model } from "../../model/schema/model.js";
import { closestMatch } from "../../model/suggest.js";
import type { MermaidDiagram } from "../../mermaid/mermaid-diagram.js";
import { toMermaidServiceMap } from "../../mermaid/to-mermaid-service-map.js";

/** One diagram a model can be drawn as, by the name the CLI and the gallery use. */
export interface ModelView {
  /** Kebab-case, as in `--view service-map` and in gallery file names. */
  name: string;
  /** What the view shows, for help texts. */
  summary: string;
  /** What `--id` names when the view is drawn for one element (`"value stream"`); undefined for a whole-model view. */
  idOf?: string;
  /** The ids the view can be drawn for, in model order (empty for a whole-model view). */
  ids: (model: Model) => string[];
  /** Draw it; `id` is required exactly when `idOf` is set. */
  draw: (model: Model, id: string | undefined) => MermaidDiagram;
}

const whole = (draw: (model: Model) => MermaidDiagram) => ({ ids: () => [], draw: (model: Model) => draw(model) });

/** Every view of a model, in the order help texts and the gallery list them. */
export const MODEL_VIEWS: readonly ModelView[] = [
  { name: "service-map", summary: "business and technical services, resources by dimension, suppliers", ...whole((m) => toMermaidServiceMap(m)) },
];

/** The names of {@link MODEL_VIEWS}. */
export const MODEL_VIEW_NAMES: readonly string[] = MODEL_VIEWS.map((v) => v.name);

/**
 * Draw the view `name` of a model, for element `id` when the view needs one. An unknown view is a
 * `ModelError("not-found")` at path `view` with the closest name as a suggestion; a missing or needless id is
 * `invalid-argument` at path `id`; an unknown id is the view's own `not-found`.
 * @example drawModelView(model, "value-stream", "onboard-employee").text // "---\ntitle: ...\n---\nflowchart LR\n..."
 */
export function drawModelView(model: Model, name: string, id?: string): MermaidDiagram {
  const view = MODEL_VIEWS.find((v) => v.name === name);
  if (!view) {
    const near = closestMatch(name, MODEL_VIEW_NAMES);
    const message = `unknown view ${describeValue(name)}${near ? ` (did you mean "${near}"?)` : ""}; the views are ${MODEL_VIEW_NAMES.join(", ")}`;
    throw new ModelError("not-found", `drawModelView: ${message}`, [{ path: "view", code: "not-found", message, ...(near ? { suggestion: near } : {}) }]);
  }
  if (view.idOf !== undefined && id === undefined) {
    const ids = view.ids(model);
    const some = ids.length > 0 ? ` (${ids.length > 10 ? "such as" : "one of"} ${ids.slice(0, 10).join(", ")})` : ` (the model has no ${view.idOf})`;
    const message = `the ${name} view is drawn for one ${view.idOf}: pass --id <${view.idOf.replace(/ /g, "-")}>${some}`;
    throw new ModelError("invalid-argument", `drawModelView: ${message}`, [{ path: "id", code: "required", message, ...(ids[0] ? { suggestion: ids[0] } : {}) }]);
  }
  if (view.idOf === undefined && id !== undefined) {
    const message = `the ${name} view is of the whole model and takes no --id, got ${describeValue(id)}`;
    throw new ModelError("invalid-argument", `drawModelView: ${message}`, [{ path: "id", code: "invalid-argument", message }]);
  }
  return view.draw(model, id);
}
