/**
 * servicevalue: model services the ITIL 4 way and answer what they cost, what value they create,
 * what is at risk and which investment is worth making. Named exports only.
 * @packageDocumentation
 */

// reference: the ITIL 4 catalog as data
export * from "./reference/itil4.js";
export { ITIL4_PRACTICES } from "./reference/itil4-practices.js";

// stats
export { inverseNormalCdf } from "./stats/inverse-normal-cdf.js";

// model: schemas, parsing, errors
export { ModelError, MODEL_ERROR_CODES, formatIssues, formatPath } from "./model/errors.js";
export type { ModelErrorCode, ModelIssue } from "./model/errors.js";
export { parseModel, safeParseModel } from "./model/parse-model.js";
export type { SafeParseModelResult } from "./model/parse-model.js";
export { toModelInput } from "./model/to-model-input.js";
export { closestMatch } from "./model/suggest.js";
export { durationHours, DURATION_UNITS } from "./model/duration.js";
export {
  estimateMean,
  fixedEstimate,
  toEstimateInput,
  DEFAULT_CONFIDENCE,
  INTERVAL_DISTRIBUTIONS,
  THREE_POINT_DISTRIBUTIONS,
} from "./model/estimate.js";
export type { Estimate, EstimateInput, FixedEstimate, IntervalEstimate, ThreePointEstimate } from "./model/estimate.js";
export { ID_PATTERN, MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, toKebabId } from "./model/primitives.js";
export { elementIndex, ELEMENT_KINDS } from "./model/element-index.js";
export type { ElementEntry, ElementIndex, ElementKind } from "./model/element-index.js";
export { modelReferences, removalPath, RELATIONS, AFFECTABLE_KINDS } from "./model/references.js";
export type { ReferenceSite, Relation } from "./model/references.js";
export { ModelSchema, LintSettingsSchema, LINT_LEVELS } from "./model/schema/model.js";
export type { Model, ModelInput, LintSettings } from "./model/schema/model.js";
export { StakeholderSchema, StakeholderRoleSchema, STAKEHOLDER_KINDS } from "./model/schema/stakeholder.js";
export type { Stakeholder, StakeholderInput } from "./model/schema/stakeholder.js";
export { ResourceSchema, DimensionSchema } from "./model/schema/resource.js";
export type { Resource, ResourceInput } from "./model/schema/resource.js";
export { ServiceRefSchema } from "./model/schema/service-ref.js";
export type { ServiceRef, ServiceRefInput } from "./model/schema/service-ref.js";
export {
  ServiceSchema,
  ConsumerSchema,
  OfferingSchema,
  AgreementSchema,
  TargetSchema,
  SERVICE_KINDS,
  LIFECYCLE_STATES,
} from "./model/schema/service.js";
export type { Service, ServiceInput, Consumer, Offering, Agreement } from "./model/schema/service.js";
export { ValueStreamSchema, StepSchema, ActivitySchema } from "./model/schema/value-stream.js";
export type { ValueStream, ValueStreamInput, Step, StepInput } from "./model/schema/value-stream.js";
export { JourneySchema, TouchpointSchema, JourneyStageSchema } from "./model/schema/journey.js";
export type { Journey, JourneyInput, Touchpoint } from "./model/schema/journey.js";
export { CostSchema, BenefitSchema, COST_CATEGORIES, RECURRENCES } from "./model/schema/cost.js";
export type { Cost, CostInput, Benefit, BenefitInput } from "./model/schema/cost.js";
export { RiskSchema, RiskReductionSchema, InvestmentSchema } from "./model/schema/risk.js";
export type { Risk, RiskInput, Investment, InvestmentInput } from "./model/schema/risk.js";
export { PracticeRefSchema } from "./model/schema/practice-ref.js";
