import type { Immutable } from "immer";
import { z } from "zod";
import { EstimateSchema } from "../estimate.js";
import { FractionSchema, IdSchema, NameSchema, RefSchema, YearSchema, commonFields } from "../primitives.js";
import { DimensionSchema } from "./resource.js";

/**
 * A risk (FAIR-style): loss events per year (`frequency`) times loss per event (`impact`).
 * Expected annual loss = mean(frequency) x mean(impact).
 */
export const RiskSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  affects: z.array(RefSchema).default([]),
  dimension: DimensionSchema.optional(),
  frequency: EstimateSchema,
  impact: EstimateSchema,
  ...commonFields,
});

/** How much an investment reduces a risk's expected loss (`by`, 0..1), from which year (default 1). */
export const RiskReductionSchema = z.strictObject({
  risk: RefSchema,
  by: FractionSchema,
  fromYear: YearSchema.default(1),
  ...commonFields,
});

/**
 * An investment (a project, a change): its costs and benefits are the entries whose `of` is its id,
 * apart from the running costs of services.
 */
export const InvestmentSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  affects: z.array(RefSchema).default([]),
  reduces: z.array(RiskReductionSchema).default([]),
  ...commonFields,
});

/** A risk, normalised. */
export type Risk = Immutable<z.output<typeof RiskSchema>>;
/** A risk as written. */
export type RiskInput = z.input<typeof RiskSchema>;
/** An investment, normalised. */
export type Investment = Immutable<z.output<typeof InvestmentSchema>>;
/** An investment as written. */
export type InvestmentInput = z.input<typeof InvestmentSchema>;
