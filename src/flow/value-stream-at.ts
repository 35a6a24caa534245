import { invalidArgument, notFound } from "../model/errors.js";
import type { Model } from "../model/schema/model.js";
import type { ValueStream } from "../model/schema/value-stream.js";
import { closestMatch } from "../model/suggest.js";

/**
 * The value stream with this id and its position in `model.valueStreams`, for the flow functions.
 * Throws `ModelError("invalid-argument")` when `model` is not a parsed model or the id is not a string, and
 * `ModelError("not-found")` with a "did you mean" suggestion for an unknown id.
 * @example valueStreamAt(model, "onboard-employee", "flowMetrics").index // 0
 */
export function valueStreamAt(model: Model, valueStreamId: string, fn: string): { stream: ValueStream; index: number } {
  if (model === null || typeof model !== "object" || !Array.isArray(model.valueStreams as unknown)) {
    invalidArgument(fn, "model must be a parsed model (see parseModel)", model);
  }
  if (typeof valueStreamId !== "string") invalidArgument(fn, "valueStreamId must be a value stream id (a string)", valueStreamId);
  const index = model.valueStreams.findIndex((v) => v?.id === valueStreamId);
  if (index < 0) {
    const ids = model.valueStreams.map((v) => v?.id).filter((id): id is string => typeof id === "string");
    notFound(fn, "value stream", valueStreamId, closestMatch(valueStreamId, ids));
  }
  return { stream: model.valueStreams[index]!, index };
}
