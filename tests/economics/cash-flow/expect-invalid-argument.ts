import { expect } from "vitest";
import { ModelError } from "../../../src/model/errors.js";

/** Expect `call` to throw `ModelError("invalid-argument")` (a NaN, an Infinity or a non-number as an argument). */
export function expectInvalidArgument(call: () => unknown): void {
  let error: unknown;
  try {
    call();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ModelError);
  expect((error as ModelError).code).toBe("invalid-argument");
}
