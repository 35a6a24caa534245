import type { Immutable } from "immer";
import { z } from "zod";
import { JOURNEY_STAGE_IDS } from "../../reference/itil4.js";
import { IdSchema, NameSchema, RefSchema, commonFields } from "../primitives.js";

/** A customer journey stage: explore, engage, offer, agree, onboard, co-create, realize. */
export const JourneyStageSchema = z.enum(JOURNEY_STAGE_IDS);

/** A touchpoint: where the stakeholder meets the provider, with its satisfaction (1 = awful, 5 = delighted). */
export const TouchpointSchema = z.strictObject({
  name: NameSchema,
  actors: z.array(RefSchema).default([]),
  satisfaction: z.number().min(1, { message: "must be between 1 and 5" }).max(5, { message: "must be between 1 and 5" }),
  service: RefSchema.optional(),
  ...commonFields,
});

/** A customer journey of one stakeholder through the stages of the relationship. */
export const JourneySchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  stakeholder: RefSchema,
  stages: z
    .array(z.strictObject({ stage: JourneyStageSchema, touchpoints: z.array(TouchpointSchema).default([]), ...commonFields }))
    .default([]),
  ...commonFields,
});

/** A journey, normalised. */
export type Journey = Immutable<z.output<typeof JourneySchema>>;
/** A journey as written. */
export type JourneyInput = z.input<typeof JourneySchema>;
/** A touchpoint. */
export type Touchpoint = Immutable<z.output<typeof TouchpointSchema>>;
