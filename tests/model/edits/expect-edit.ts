import { expect } from "vitest";
import { ModelError } from "../../../src/model/errors.js";
import { parseModel } from "../../../src/model/parse-model.js";
import type { Model } from "../../../src/model/schema/model.js";
import { toModelInput } from "../../../src/model/to-model-input.js";

/** Whether a value and everything it holds is frozen. */
export function isDeepFrozen(value: unknown): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object") continue;
    if (!Object.isFrozen(v)) return false;
    stack.push(...Object.values(v));
  }
  return true;
}

/**
 * The checks every successful edit must pass: the input model is unchanged (deep-equal to a fresh copy) and still frozen,
 * the result is deeply frozen, and it parses again to an equal model.
 */
export function expectGoodEdit(before: Model, after: Model, pristine: Model): void {
  expect(before).toStrictEqual(pristine);
  expect(isDeepFrozen(before)).toBe(true);
  expect(after).not.toBe(before);
  expect(isDeepFrozen(after)).toBe(true);
  expect(parseModel(toModelInput(after))).toEqual(after);
}

/** Run `edit`, expect a ModelError, and return it (for its `code` and issue paths). */
export function catchModelError(edit: () => unknown): ModelError {
  try {
    edit();
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw new Error(`expected a ModelError, got ${String(e)}`);
  }
  throw new Error("expected a ModelError, but the edit succeeded");
}

/** The issue paths of a ModelError, in order. */
export const pathsOf = (e: ModelError): string[] => e.issues.map((i) => i.path);
