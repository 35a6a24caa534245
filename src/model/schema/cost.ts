import type { Immutable } from "immer";
import { z } from "zod";
import { EstimateSchema } from "../estimate.js";
import { IdSchema, NameSchema, RefSchema, YearSchema, commonFields } from "../primitives.js";

/** Cost pools (TBM-style): where the money goes. */
export const COST_CATEGORIES = ["staffing", "outside-services", "hardware", "software", "facilities", "telecom", "other"] as const;
/** How often an amount is paid: `monthly` counts 12 times a year; `once` falls in `startYear`. */
export const RECURRENCES = ["once", "yearly", "monthly"] as const;

const GrowthSchema = z.number().gt(-1, { message: "must be greater than -1 (a yearly rate: 0.03 is 3%)" });

const flowFields = {
  amount: EstimateSchema,
  recurrence: z.enum(RECURRENCES).default("yearly"),
  startYear: YearSchema.default(0),
  /** Inclusive; absent means the last year of the horizon. */
  endYear: YearSchema.optional(),
  growth: GrowthSchema.default(0),
};

/**
 * A cost entry of a resource, a service or an investment. Year t pays amount x (1 + growth)^(t - startYear)
 * (x 12 when monthly) from `startYear` to `endYear`.
 */
export const CostSchema = z.strictObject({
  id: IdSchema.optional(),
  of: RefSchema,
  name: NameSchema.optional(),
  category: z.enum(COST_CATEGORIES),
  type: z.enum(["capex", "opex"]).default("opex"),
  ...flowFields,
  ...commonFields,
});

/** A benefit of a service, a value stream or an investment; intangible benefits are reported apart, never mixed in. */
export const BenefitSchema = z.strictObject({
  id: IdSchema.optional(),
  of: RefSchema,
  name: NameSchema,
  kind: z.enum(["tangible", "intangible"]).default("tangible"),
  ...flowFields,
  ...commonFields,
});

/** A cost entry, normalised. */
export type Cost = Immutable<z.output<typeof CostSchema>>;
/** A cost entry as written. */
export type CostInput = z.input<typeof CostSchema>;
/** A benefit entry, normalised. */
export type Benefit = Immutable<z.output<typeof BenefitSchema>>;
/** A benefit entry as written. */
export type BenefitInput = z.input<typeof BenefitSchema>;
