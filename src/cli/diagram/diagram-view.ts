import { MERMAID_VIEWS, MERMAID_VIEW_NAMES, type MermaidViewName } from "../../mermaid/to-mermaid-view.js";
import { elementIndex, kindName, type ElementKind } from "../../model/element-index.js";
import type { Model } from "../../model/schema/model.js";
import { closestMatch } from "../../model/suggest.js";
import { UsageError } from "../usage-error.js";

/** How many ids a message lists before "and N more". */
const LISTED_IDS = 20;

/**
 * The `--view` name of `servicevalue diagram`, checked: an unknown name is a {@link UsageError} (exit 2) with the
 * closest view as a suggestion and the list of views.
 * @example diagramViewName("servce-map") // throws: unknown view "servce-map" (did you mean "service-map"?)
 */
export function diagramViewName(name: string | undefined): MermaidViewName {
  if (name === undefined || name.trim() === "") throw new UsageError(`--view <name> is needed: ${MERMAID_VIEW_NAMES.join(", ")}`, { command: "diagram" });
  if ((MERMAID_VIEW_NAMES as readonly string[]).includes(name)) return name as MermaidViewName;
  const near = closestMatch(name, MERMAID_VIEW_NAMES);
  throw new UsageError(`unknown view ${JSON.stringify(name)}${near ? ` (did you mean "${near}"?)` : ""}; the views are ${MERMAID_VIEW_NAMES.join(", ")}`, {
    command: "diagram",
    ...(near ? { suggestion: near } : {}),
  });
}

/**
 * Check `--id` against the view: a view of one element without `--id` is a {@link UsageError} that lists the ids it
 * can be drawn for; a view of the whole model with `--id` is one too. An unknown id is left to the view, which says
 * "not found" with the closest id.
 */
export function checkDiagramId(model: Model, view: MermaidViewName, id: string | undefined): void {
  const needs: readonly ElementKind[] | undefined = MERMAID_VIEWS[view].needs;
  if (needs === undefined) {
    if (id !== undefined) throw new UsageError(`the ${view} view is of the whole model and takes no --id`, { command: "diagram" });
    return;
  }
  if (id !== undefined && id.trim() !== "") return;
  const ids: string[] = [];
  for (const e of elementIndex(model).byId.values()) if (needs.length === 0 || needs.includes(e.kind)) ids.push(e.id);
  const what = needs.length === 0 ? "element" : needs.map(kindName).join(" or ");
  const list =
    ids.length === 0
      ? `; the model has no ${what}`
      : `: ${ids.slice(0, LISTED_IDS).join(", ")}${ids.length > LISTED_IDS ? `, and ${ids.length - LISTED_IDS} more` : ""}`;
  throw new UsageError(`the ${view} view is drawn for one ${what}: add --id <id>${list}`, { command: "diagram", ...(ids[0] ? { suggestion: ids[0] } : {}) });
}
