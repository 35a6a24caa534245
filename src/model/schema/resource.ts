import type { Immutable } from "immer";
import { z } from "zod";
import { DIMENSION_IDS } from "../../reference/itil4.js";
import { IdSchema, NameSchema, commonFields } from "../primitives.js";
import { ServiceRefSchema } from "./service-ref.js";

/** One of the four dimensions of service management. */
export const DimensionSchema = z.enum(DIMENSION_IDS);

/**
 * A resource of one of the four dimensions (a team, an application, a contract, a process) and the services it supports.
 * Its direct cost passes to those services, split by share.
 */
export const ResourceSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  dimension: DimensionSchema,
  kind: NameSchema.optional(),
  supports: z.array(ServiceRefSchema).default([]),
  ...commonFields,
});

/** A resource, normalised. */
export type Resource = Immutable<z.output<typeof ResourceSchema>>;
/** A resource as written. */
export type ResourceInput = z.input<typeof ResourceSchema>;
