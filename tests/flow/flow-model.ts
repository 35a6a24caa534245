import { expect } from "vitest";
import { ModelError } from "../../src/model/errors.js";
import { parseModel } from "../../src/model/parse-model.js";
import type { Model } from "../../src/model/schema/model.js";

/** A step as written: id (also its name), process and wait hours, and `next` when given. */
export function step(id: string, processTime: number | string, waitTime: number | string = 0, next?: string[], extra: Record<string, unknown> = {}) {
  return { id, name: id, activity: "deliver-and-support", processTime, waitTime, ...(next ? { next } : {}), ...extra };
}

/** A parsed model with one value stream `vs` of these steps (and more streams when given). */
export function streamModel(steps: object[], more: object[] = []): Model {
  return parseModel({
    name: "Flow test",
    valueStreams: [{ id: "vs", name: "VS", trigger: "demand", outcome: "value", steps }, ...more],
  });
}

/** A model-shaped object that `parseModel` would refuse, to check that the flow functions refuse it too. */
export function rawModel(streams: object[]): Model {
  return { name: "Raw", valueStreams: streams, journeys: [], services: [] } as unknown as Model;
}

/** The ModelError that `run` throws (fails the test when it throws something else or nothing). */
export function modelError(run: () => unknown): ModelError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ModelError);
    return e as ModelError;
  }
  throw new Error("expected a ModelError, but nothing was thrown");
}
