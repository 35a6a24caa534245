import type { Immutable } from "immer";
import { z } from "zod";
import { EstimateSchema } from "../estimate.js";
import { IdSchema, NameSchema, RefSchema, ShareSchema, TextSchema, commonFields } from "../primitives.js";
import { ServiceRefSchema } from "./service-ref.js";

/** Business services are what customers see (products); technical services support them. */
export const SERVICE_KINDS = ["business", "technical"] as const;
/** Where a service is in its life. */
export const LIFECYCLE_STATES = ["pipeline", "live", "retired"] as const;

/**
 * A consumer of a service, with its share of the cost (showback) and the ITIL 4 value balance terms:
 * `costsRemoved` (what it no longer spends) and `costsImposed` (what consuming costs it beyond the charge), yearly.
 */
export const ConsumerSchema = z
  .union([
    RefSchema,
    z.strictObject({
      stakeholder: RefSchema,
      share: ShareSchema.default(1),
      costsRemoved: EstimateSchema.optional(),
      costsImposed: EstimateSchema.optional(),
    }),
  ])
  .transform((c) => (typeof c === "string" ? { stakeholder: c, share: 1 } : c));

/** An offering: ITIL 4's goods, access to resources and service actions, with an optional price. */
export const OfferingSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  goods: z.array(NameSchema).default([]),
  access: z.array(NameSchema).default([]),
  actions: z.array(NameSchema).default([]),
  price: z.number().min(0, { message: "must be 0 or more" }).optional(),
  ...commonFields,
});

/** A service level target. */
export const TargetSchema = z.strictObject({
  metric: NameSchema,
  target: z.number(),
  unit: NameSchema.optional(),
  direction: z.enum(["at-least", "at-most"]).default("at-least"),
  ...commonFields,
});

/** An outcome-based agreement: the outcome in the customer's words, and the targets that show it. */
export const AgreementSchema = z.strictObject({
  outcome: TextSchema.optional(),
  targets: z.array(TargetSchema).default([]),
  ...commonFields,
});

/**
 * A service: business (a product customers see, often bundling technical services) or technical.
 * @example { id: "smart-collaboration", name: "Smart Collaboration", kind: "business", bundles: ["mail", "file-sharing"] }
 */
export const ServiceSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  kind: z.enum(SERVICE_KINDS).default("technical"),
  owner: RefSchema.optional(),
  supplier: RefSchema.optional(),
  consumers: z.array(ConsumerSchema).default([]),
  bundles: z.array(ServiceRefSchema).default([]),
  dependsOn: z.array(ServiceRefSchema).default([]),
  lifecycle: z.enum(LIFECYCLE_STATES).default("live"),
  offerings: z.array(OfferingSchema).default([]),
  agreement: AgreementSchema.optional(),
  ...commonFields,
});

/** A service, normalised. */
export type Service = Immutable<z.output<typeof ServiceSchema>>;
/** A service as written. */
export type ServiceInput = z.input<typeof ServiceSchema>;
/** A consumer reference, normalised. */
export type Consumer = Immutable<z.output<typeof ConsumerSchema>>;
/** An offering. */
export type Offering = Immutable<z.output<typeof OfferingSchema>>;
/** An agreement. */
export type Agreement = Immutable<z.output<typeof AgreementSchema>>;
