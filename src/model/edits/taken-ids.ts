import { duplicateIdMessage, elementIndex } from "../element-index.js";
import { formatPath, type ModelIssue } from "../errors.js";
import type { Model } from "../schema/model.js";

type Path = readonly (string | number)[];

/**
 * A `duplicate-id` issue for each id of a new element (its own, its offerings' or steps') that the model already uses,
 * at the new element's path (`services[12].id`). `checkModel` would report the id wherever it comes second in the
 * model, which may be the existing element.
 */
export function takenIds(model: Model, element: unknown, at: Path): ModelIssue[] {
  const byId = elementIndex(model).byId;
  const issues: ModelIssue[] = [];
  const check = (e: unknown, path: Path) => {
    const id = (e as { id?: unknown } | null)?.id;
    if (typeof id !== "string") return;
    const taken = byId.get(id);
    if (!taken) return;
    issues.push({
      path: formatPath([...path, "id"]),
      code: "duplicate-id",
      message: duplicateIdMessage(id, taken),
    });
  };
  check(element, at);
  const nested = element as { offerings?: unknown; steps?: unknown };
  for (const key of ["offerings", "steps"] as const) {
    const list = nested[key];
    if (Array.isArray(list)) list.forEach((e, i) => check(e, [...at, key, i]));
  }
  return issues;
}
