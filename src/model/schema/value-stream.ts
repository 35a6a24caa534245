import type { Immutable } from "immer";
import { z } from "zod";
import { ACTIVITY_IDS } from "../../reference/itil4.js";
import { DurationSchema, durationHours } from "../duration.js";
import { FractionSchema, IdSchema, NameSchema, RefSchema, TextSchema, commonFields } from "../primitives.js";
import { PracticeRefSchema } from "./practice-ref.js";

/** A value chain activity: plan, improve, engage, design-and-transition, obtain-build, deliver-and-support. */
export const ActivitySchema = z.enum(ACTIVITY_IDS);

/**
 * A step of a value stream. `processTime` and `waitTime` are kept as written; `processTimeHours` and
 * `waitTimeHours` are their values in hours (derived: computed at parse time, never read from input).
 */
export const StepSchema = z
  .strictObject({
    id: IdSchema,
    name: NameSchema,
    activity: ActivitySchema,
    practices: z.array(PracticeRefSchema).default([]),
    services: z.array(RefSchema).default([]),
    performer: RefSchema.optional(),
    processTime: DurationSchema,
    waitTime: DurationSchema.default(0),
    pctCompleteAccurate: FractionSchema.default(1),
    next: z.array(RefSchema).optional(),
    // Derived keys, accepted so that a parsed model parses again; recomputed from the durations.
    processTimeHours: z.number().optional(),
    waitTimeHours: z.number().optional(),
    ...commonFields,
  })
  .transform(({ processTimeHours: _p, waitTimeHours: _w, ...step }) => ({
    ...step,
    processTimeHours: durationHours(step.processTime) ?? 0,
    waitTimeHours: durationHours(step.waitTime) ?? 0,
  }));

/**
 * A value stream: the steps from a trigger (demand) to an outcome (value), each in a value chain activity.
 * Without `next`, steps run in the order listed; with `next` on any step they form a directed acyclic graph.
 */
export const ValueStreamSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  consumer: RefSchema.optional(),
  trigger: TextSchema,
  outcome: TextSchema,
  steps: z.array(StepSchema).default([]),
  ...commonFields,
});

/** A step, normalised. */
export type Step = Immutable<z.output<typeof StepSchema>>;
/** A step as written. */
export type StepInput = z.input<typeof StepSchema>;
/** A value stream, normalised. */
export type ValueStream = Immutable<z.output<typeof ValueStreamSchema>>;
/** A value stream as written. */
export type ValueStreamInput = z.input<typeof ValueStreamSchema>;
