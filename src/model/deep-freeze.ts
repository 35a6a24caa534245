/**
 * Freeze a value and everything it holds (iteratively; shared sub-objects are frozen once).
 * @example Object.isFrozen(deepFreeze({ a: [1] }).a) // true
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object" || Object.isFrozen(v)) continue;
    Object.freeze(v);
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === "object") stack.push(item);
    } else {
      for (const key in v) {
        const item = (v as Record<string, unknown>)[key];
        if (item !== null && typeof item === "object") stack.push(item);
      }
    }
  }
  return value;
}
