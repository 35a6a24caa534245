import type { z } from "zod";
import type { ElementKind } from "../element-index.js";
import { BenefitSchema, CostSchema } from "../schema/cost.js";
import { JourneySchema } from "../schema/journey.js";
import { ModelSchema } from "../schema/model.js";
import { ResourceSchema } from "../schema/resource.js";
import { InvestmentSchema, RiskSchema } from "../schema/risk.js";
import { OfferingSchema, ServiceSchema } from "../schema/service.js";
import { StakeholderSchema } from "../schema/stakeholder.js";
import { StepSchema, ValueStreamSchema } from "../schema/value-stream.js";

/** The schema of each kind of element. */
export const ELEMENT_SCHEMAS: Readonly<Record<ElementKind, z.ZodType>> = {
  stakeholder: StakeholderSchema,
  resource: ResourceSchema,
  service: ServiceSchema,
  offering: OfferingSchema,
  "value-stream": ValueStreamSchema,
  step: StepSchema,
  journey: JourneySchema,
  cost: CostSchema,
  benefit: BenefitSchema,
  risk: RiskSchema,
  investment: InvestmentSchema,
};

/** The top-level settings of a model: the keys that are not element lists. */
export const MODEL_SETTINGS = ["$schema", "name", "description", "currency", "horizonYears", "discountRate", "lint", "meta"] as const;

let settingsSchema: ReturnType<typeof pickSettings> | undefined;
function pickSettings() {
  return ModelSchema.pick({ $schema: true, name: true, description: true, currency: true, horizonYears: true, discountRate: true, lint: true, meta: true });
}

/** The schema of the top-level settings (built on first use). */
export function settingsSchemaOf(): z.ZodType {
  return (settingsSchema ??= pickSettings());
}
