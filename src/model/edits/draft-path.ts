import { invariant } from "../errors.js";

type Container = Record<string | number, unknown>;

/**
 * The object or list that holds the last key of `path` inside `root` (a draft or a model), and that key.
 * @example parentAt(draft, ["services", 3, "owner"]) // [draft.services[3], "owner"]
 */
export function parentAt(root: object, path: readonly (string | number)[]): [Container, string | number] {
  invariant(path.length > 0, "parentAt: empty path");
  let cur: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    invariant(cur !== null && typeof cur === "object", `parentAt: no object at ${String(path[i])}`);
    cur = (cur as Container)[path[i]!];
  }
  invariant(cur !== null && typeof cur === "object", "parentAt: the parent is not an object");
  return [cur as Container, path[path.length - 1]!];
}

/** The value at `path` inside `root`. */
export function getAt(root: object, path: readonly (string | number)[]): unknown {
  const [parent, key] = parentAt(root, path);
  return parent[key];
}
