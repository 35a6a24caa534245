import { formatPath, type ModelIssue } from "./errors.js";

/** Deepest nesting a model document may have; real models stay far below (about 8 levels). */
export const MAX_DEPTH = 64;
/** Most values a document may hold (a guard against expanded alias bombs and runaway generators). */
export const MAX_NODES = 5_000_000;

const FORBIDDEN_KEYS = new Set(["__proto__"]);

/**
 * Check that an input is plain JSON-shaped data before the schema sees it: no `__proto__` key (prototype pollution),
 * no nesting deeper than {@link MAX_DEPTH}, no cycles, no functions, symbols, bigints, dates or class instances,
 * no NaN or Infinity. Iterative, so deep junk cannot overflow the stack.
 */
export function checkInputShape(input: unknown): ModelIssue[] {
  const issues: ModelIssue[] = [];
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    issues.push({
      path: "",
      code: "invalid-type",
      message: `a model must be an object with at least a name, got ${input === null ? "null" : Array.isArray(input) ? "a list" : typeof input === "undefined" ? "nothing (an empty document?)" : typeof input}`,
    });
    return issues;
  }
  type Node = { value: unknown; key: PropertyKey; parent: Node | undefined; depth: number; exit?: boolean };
  const pathOf = (node: Node): PropertyKey[] => {
    const keys: PropertyKey[] = [];
    for (let n: Node | undefined = node; n && n.parent; n = n.parent) keys.push(n.key);
    return keys.reverse();
  };
  const stack: Node[] = [{ value: input, key: "", parent: undefined, depth: 0 }];
  const ancestors = new Set<object>();
  let nodes = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    const value = node.value;
    if (node.exit) {
      ancestors.delete(value as object);
      continue;
    }
    if (++nodes > MAX_NODES) {
      issues.push({ path: "", code: "too-large", message: `the document holds more than ${MAX_NODES} values` });
      break;
    }
    switch (typeof value) {
      case "string":
      case "boolean":
      case "undefined":
        continue;
      case "number":
        if (!Number.isFinite(value)) issues.push({ path: formatPath(pathOf(node)), code: "not-finite", message: `must be a finite number, got ${value}` });
        continue;
      case "object":
        break;
      default:
        issues.push({ path: formatPath(pathOf(node)), code: "invalid-type", message: `a model holds only JSON data, got a ${typeof value}` });
        continue;
    }
    if (value === null) continue;
    if (node.depth >= MAX_DEPTH) {
      issues.push({ path: `${formatPath(pathOf(node).slice(0, 6))}...`, code: "too-deep", message: `nesting is deeper than ${MAX_DEPTH} levels` });
      continue;
    }
    const proto = Object.getPrototypeOf(value);
    if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
      issues.push({ path: formatPath(pathOf(node)), code: "invalid-type", message: `a model holds only JSON data, got ${(value as object).constructor?.name ?? "an object"}` });
      continue;
    }
    // NOTE: a shared (non-cyclic) sub-object is fine; only an object that contains itself is rejected.
    if (ancestors.has(value)) {
      issues.push({ path: formatPath(pathOf(node)), code: "cycle-in-input", message: "the object contains itself" });
      continue;
    }
    ancestors.add(value);
    stack.push({ value, key: node.key, parent: node.parent, depth: node.depth, exit: true });
    const depth = node.depth + 1;
    const keys = Array.isArray(value) ? undefined : Object.keys(value);
    const count = keys ? keys.length : (value as unknown[]).length;
    for (let i = count - 1; i >= 0; i--) {
      const key = keys ? keys[i]! : i;
      if (keys && FORBIDDEN_KEYS.has(key as string)) {
        issues.push({ path: formatPath([...pathOf(node), key]), code: "forbidden-key", message: `the key "${String(key)}" is not allowed anywhere in a model` });
        continue;
      }
      const child = (value as Record<PropertyKey, unknown>)[key];
      // Strings and booleans need no visit: skip the stack for them (most values of a model).
      if (typeof child === "string" || typeof child === "boolean" || child === null || child === undefined) continue;
      if (typeof child === "number" && Number.isFinite(child)) continue;
      stack.push({ value: child, key, parent: node, depth });
    }
  }
  return issues;
}
