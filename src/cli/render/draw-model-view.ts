import { elementIndex } from "../../model/element-index.js";
import { ModelError, describeValue } from "../../model/errors.js";
import type { Model } from "../../model/schema/model.js";
import { closestMatch } from "../../model/suggest.js";
import type { MermaidDiagram } from "../../mermaid/mermaid-diagram.js";
import { MERMAID_VIEWS, MERMAID_VIEW_NAMES, toMermaidView, type MermaidViewName } from "../../mermaid/to-mermaid-view.js";

/**
 * Draw the view `name` of a model for the CLI, for element `id` when the view needs one, with the view's `options`
 * (`viewOptions`) (`toMermaidView`, with
 * messages in terms of `--view` and `--id`). An unknown view is a `ModelError("not-found")` at path `view` with the
 * closest name as a suggestion; a missing or needless id is `invalid-argument` at path `id`; an unknown id is the
 * view's own `not-found`.
 * @example drawModelView(model, "value-stream", "onboard-employee").text // "---\ntitle: ...\n---\nflowchart LR\n..."
 */
export function drawModelView(model: Model, name: string, id?: string, options: Readonly<Record<string, unknown>> = {}): MermaidDiagram {
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
  return toMermaidView(model, view, { ...options, ...(id === undefined ? {} : { id }) });
}
