import type { Immutable } from "immer";
import { z } from "zod";
import { MetaSchema, NameSchema, TextSchema } from "../primitives.js";
import { BenefitSchema, CostSchema } from "./cost.js";
import { JourneySchema } from "./journey.js";
import { InvestmentSchema, RiskSchema } from "./risk.js";
import { ResourceSchema } from "./resource.js";
import { ServiceSchema } from "./service.js";
import { StakeholderSchema } from "./stakeholder.js";
import { ValueStreamSchema } from "./value-stream.js";

/** Severities of health-check findings, and `off`. */
export const LINT_LEVELS = ["off", "info", "warning", "error"] as const;

/** Settings for the model's health checks: a rule's level, or `{ level, options }`. */
export const LintSettingsSchema = z.strictObject({
  rules: z
    .record(
      z.string(),
      z.union([z.enum(LINT_LEVELS), z.strictObject({ level: z.enum(LINT_LEVELS).optional(), options: MetaSchema.optional() })]),
    )
    .default({}),
});

/**
 * The model document, version 1 (`../shared/spec/model-format.md`): stakeholders, resources, services, value streams,
 * journeys, costs, benefits, risks and investments, over a horizon of `horizonYears` discounted at `discountRate`.
 */
export const ModelSchema = z.strictObject({
  $schema: z.string().optional(),
  name: NameSchema,
  description: TextSchema.optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { message: "must be an ISO 4217 code of three capital letters, such as EUR or USD" })
    .default("EUR"),
  horizonYears: z
    .number()
    .int({ message: "must be a whole number of years" })
    .min(1, { message: "must be between 1 and 50" })
    .max(50, { message: "must be between 1 and 50" })
    .default(5),
  discountRate: z
    .number()
    .min(0, { message: "must be a fraction per year, 0 <= rate < 1 (0.08 is 8%)" })
    .lt(1, { message: "must be a fraction per year, 0 <= rate < 1 (0.08 is 8%)" })
    .default(0.08),
  stakeholders: z.array(StakeholderSchema).default([]),
  resources: z.array(ResourceSchema).default([]),
  services: z.array(ServiceSchema).default([]),
  valueStreams: z.array(ValueStreamSchema).default([]),
  journeys: z.array(JourneySchema).default([]),
  costs: z.array(CostSchema).default([]),
  benefits: z.array(BenefitSchema).default([]),
  risks: z.array(RiskSchema).default([]),
  investments: z.array(InvestmentSchema).default([]),
  lint: LintSettingsSchema.default({ rules: {} }),
  meta: MetaSchema.optional(),
});

/** A model, normalised and deeply frozen: what `parseModel` returns. */
export type Model = Immutable<z.output<typeof ModelSchema>>;
/** A model as written in a file or built in code. */
export type ModelInput = z.input<typeof ModelSchema>;
/** Health-check settings. */
export type LintSettings = Immutable<z.output<typeof LintSettingsSchema>>;
