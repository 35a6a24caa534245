/**
 * Make `target` (an immer draft) equal to `next`, writing only what differs: keys missing from `next` are deleted,
 * objects with the same keys are updated key by key, anything else that differs is replaced. When nothing differs,
 * nothing is written, so immer returns the very same model and no patches. With `keys`, only those keys are compared
 * (the others of `target` stay as they are).
 */
export function assignChanged(target: Record<string, unknown>, next: Readonly<Record<string, unknown>>, keys?: readonly string[]): void {
  for (const key of keys ?? Object.keys(target)) {
    if (target[key] !== undefined && !Object.prototype.hasOwnProperty.call(next, key)) delete target[key];
  }
  for (const [key, value] of Object.entries(next)) {
    if (keys && !keys.includes(key)) continue;
    const old = target[key];
    if (isDeepEqual(old, value)) continue;
    if (isRecord(old) && isRecord(value) && sameKeys(old, value)) assignChanged(old, value);
    else target[key] = value;
  }
}

/** Structural equality of JSON-shaped data (key order ignored). */
export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((v, i) => isDeepEqual(v, bs[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return sameKeys(ra, rb) && Object.keys(ra).every((k) => isDeepEqual(ra[k], rb[k]));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function sameKeys(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const ka = Object.keys(a).filter((k) => a[k] !== undefined);
  const kb = Object.keys(b).filter((k) => b[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && b[k] !== undefined);
}
