import { kindName } from "../element-index.js";
import { formatPath, invariant, ModelError } from "../errors.js";
import { modelReferences, removalPath, type ReferenceSite } from "../references.js";
import type { Model } from "../schema/model.js";
import { valueAt } from "../zod-issues.js";
import { parentAt } from "./draft-path.js";
import type { EditOptions, EditResult } from "./edit-result.js";
import { findElement, type FoundElement } from "./find-element.js";
import { checkArguments, runEdit } from "./run-edit.js";

/** Options of {@link removeElement}. */
export interface RemoveOptions extends EditOptions {
  /** Also remove what refers to the element (list items, optional fields, and costs, benefits and journeys of it). */
  cascade?: boolean;
}

type Path = readonly (string | number)[];
/** One change of a removal: drop a list item, or unset an optional field. */
interface RemovalOp {
  path: Path;
  op: "drop-item" | "unset";
}

/**
 * Remove an element by id, or a cost or benefit entry by its path (`costs[4]`, for entries without an id), with the
 * elements it contains (a service's offerings, a value stream's steps).
 *
 * While anything else refers to it, the removal is refused: a `ModelError` with code `referenced` whose issues list every
 * referring path (`services[3].dependsOn[0].service`). With `{ cascade: true }` those references go too, each as its
 * reference site says (`onRemove`): the list item is dropped (`services[3].dependsOn[0]`), the optional field unset
 * (`services[3].owner`), or the holder dropped (a cost or benefit `of` the element, a journey of a removed stakeholder).
 * Cascade is transitive: a dropped journey's id is removed in turn from the risks that affect it, and so on.
 * An empty list left behind stays (a step whose `next` becomes `[]` is a last step). The result must pass the semantic
 * checks: removing the only service that consumes a cycle of services leaves a trapped cycle and throws `invalid-model`.
 * @example
 * removeElement(model, "db") // throws ModelError "referenced": services[0].dependsOn[0].service, ...
 * removeElement(model, "db", { cascade: true }) // also drops those dependsOn items and the costs of "db"
 * removeElement(model, "costs[4]") // a cost entry without an id
 */
export function removeElement(model: Model, id: string, options: RemoveOptions & { withPatches: true }): EditResult;
export function removeElement(model: Model, id: string, options?: RemoveOptions & { withPatches?: false }): Model;
export function removeElement(model: Model, id: string, options?: RemoveOptions): Model | EditResult;
export function removeElement(model: Model, id: string, options?: RemoveOptions): Model | EditResult {
  const fn = "removeElement";
  checkArguments(fn, model, options, ["cascade", "withPatches"]);
  const target = findElement(fn, model, id);
  const { ops, blocking } = planRemoval(model, target, options?.cascade === true);
  if (blocking.length > 0) throw referencedError(fn, target, blocking);
  return runEdit(fn, model, options, (draft) => {
    for (const { path, op } of ops) {
      const [parent, key] = parentAt(draft, path);
      if (op === "unset") delete parent[key];
      else {
        invariant(Array.isArray(parent) && typeof key === "number", `removeElement: ${formatPath(path)} is not a list item`);
        parent.splice(key, 1);
      }
    }
  });
}

/**
 * What removing `target` changes, in an order that keeps every path valid while applying (deepest first, and in one
 * list the highest index first), or the references that block it when `cascade` is off.
 */
function planRemoval(model: Model, target: FoundElement, cascade: boolean): { ops: RemovalOp[]; blocking: ReferenceSite[] } {
  const sites = modelReferences(model);
  const byTarget = new Map<string, number[]>();
  sites.forEach((site, n) => {
    let list = byTarget.get(site.target);
    if (!list) byTarget.set(site.target, (list = []));
    list.push(n);
  });
  const ops = new Map<string, RemovalOp>();
  const dropped = new Set<string>();
  const removedIds = new Set<string>();
  const queue: string[] = [];
  const drop = (path: Path) => {
    const key = formatPath(path);
    if (dropped.has(key)) return;
    dropped.add(key);
    ops.set(key, { path, op: "drop-item" });
    for (const id of idsAt(model, path)) {
      if (!removedIds.has(id)) {
        removedIds.add(id);
        queue.push(id);
      }
    }
  };
  drop(target.path);
  const blocking: number[] = [];
  while (queue.length > 0) {
    const id = queue.pop()!;
    for (const n of byTarget.get(id) ?? []) {
      const site = sites[n]!;
      if (isInside(site.path, dropped)) continue;
      if (!cascade) blocking.push(n);
      else if (site.onRemove === "unset") ops.set(formatPath(site.path), { path: site.path, op: "unset" });
      else drop(removalPath(site));
    }
  }
  // A change inside something dropped later (an item of a dropped journey) is moot.
  const kept = [...ops.values()].filter((o) => !isInside(o.path, dropped));
  kept.sort((a, b) => b.path.length - a.path.length || lastIndex(b.path) - lastIndex(a.path));
  // Blocking references in document order.
  return { ops: kept, blocking: blocking.sort((a, b) => a - b).map((n) => sites[n]!) };
}

/** Whether a strict prefix of `path` is in `dropped` (formatted paths). */
function isInside(path: Path, dropped: ReadonlySet<string>): boolean {
  for (let k = 2; k < path.length; k++) if (dropped.has(formatPath(path.slice(0, k)))) return true;
  return false;
}

function lastIndex(path: Path): number {
  const last = path[path.length - 1];
  return typeof last === "number" ? last : -1;
}

/** The ids that go with the item at `path`: an element's own id and, for a service or value stream, its offerings or steps. */
function idsAt(model: Model, path: Path): string[] {
  const isElement = path.length === 2 || (path.length === 4 && (path[2] === "steps" || path[2] === "offerings"));
  if (!isElement) return [];
  const element = valueAt(model, path) as { id?: string; offerings?: readonly { id: string }[]; steps?: readonly { id: string }[] } | undefined;
  if (!element) return [];
  const ids = element.id !== undefined ? [element.id] : [];
  if (path.length === 2 && path[0] === "services") for (const o of element.offerings ?? []) ids.push(o.id);
  if (path.length === 2 && path[0] === "valueStreams") for (const s of element.steps ?? []) ids.push(s.id);
  return ids;
}

function referencedError(fn: string, target: FoundElement, sites: readonly ReferenceSite[]): ModelError {
  const n = sites.length;
  const what = `${kindName(target.kind)} ${target.label}`;
  return new ModelError(
    "referenced",
    `${fn}: the ${what} is still referenced in ${n} place${n === 1 ? "" : "s"}; remove those references first, or pass { cascade: true } to remove them with it`,
    sites.map((site) => ({
      path: formatPath(site.path),
      code: "referenced",
      message: `"${site.holder}" refers to "${site.target}" here (${site.relation}); with { cascade: true } this ${site.onRemove === "drop-holder" ? `removes "${site.holder}"` : site.onRemove === "unset" ? "field is unset" : "item is dropped"}`,
    })),
  );
}
