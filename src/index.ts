/**
 * servicevalue: model services the ITIL 4 way and answer what they cost, what value they create,
 * what is at risk and which investment is worth making. Named exports only.
 * @packageDocumentation
 */

// reference: the ITIL 4 catalog as data
export * from "./reference/itil4.js";
export { ITIL4_PRACTICES } from "./reference/itil4-practices.js";

// stats: seeded random streams, distributions, summaries (no ITIL words)
export { inverseNormalCdf } from "./stats/inverse-normal-cdf.js";
export { createRng } from "./stats/create-rng.js";
export type { Rng } from "./stats/create-rng.js";
export type { Sampler } from "./stats/sampler.js";
export { constant } from "./stats/constant.js";
export { uniform } from "./stats/uniform.js";
export { normal } from "./stats/normal.js";
export { lognormal } from "./stats/lognormal.js";
export { normalFromInterval } from "./stats/normal-from-interval.js";
export { lognormalFromInterval } from "./stats/lognormal-from-interval.js";
export { uniformFromInterval } from "./stats/uniform-from-interval.js";
export { triangular } from "./stats/triangular.js";
export { pert } from "./stats/pert.js";
export { beta } from "./stats/beta.js";
export { gamma } from "./stats/gamma.js";
export { poisson, poissonDraw } from "./stats/poisson.js";
export { standardNormal } from "./stats/standard-normal.js";
export { normalCdf } from "./stats/normal-cdf.js";
export { logGamma } from "./stats/log-gamma.js";
export { percentile } from "./stats/percentile.js";
export { percentiles } from "./stats/percentiles.js";
export { mean } from "./stats/mean.js";
export { sum } from "./stats/sum.js";
export { createSumAccumulator } from "./stats/sum-accumulator.js";
export type { SumAccumulator } from "./stats/sum-accumulator.js";

// model: schemas, parsing, errors
export { ModelError, MODEL_ERROR_CODES, formatIssues, formatPath } from "./model/errors.js";
export type { ModelErrorCode, ModelIssue } from "./model/errors.js";
export { parseModel, safeParseModel } from "./model/parse-model.js";
export type { SafeParseModelResult } from "./model/parse-model.js";
export { toModelInput, toElementInput } from "./model/to-model-input.js";
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
export { assertParsedModel, MODEL_COLLECTIONS } from "./model/assert-parsed-model.js";
export type { ModelCollection } from "./model/assert-parsed-model.js";
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

// model: edits (immutable; immer patches for undo/redo)
export { addStakeholder } from "./model/edits/add-stakeholder.js";
export { addResource } from "./model/edits/add-resource.js";
export { addService } from "./model/edits/add-service.js";
export { addValueStream } from "./model/edits/add-value-stream.js";
export { addJourney } from "./model/edits/add-journey.js";
export { addCost } from "./model/edits/add-cost.js";
export { addBenefit } from "./model/edits/add-benefit.js";
export { addRisk } from "./model/edits/add-risk.js";
export { addInvestment } from "./model/edits/add-investment.js";
export { addStep } from "./model/edits/add-step.js";
export type { AddStepOptions } from "./model/edits/add-step.js";
export { addDependency } from "./model/edits/add-dependency.js";
export type { AddDependencyOptions } from "./model/edits/add-dependency.js";
export { removeElement } from "./model/edits/remove-element.js";
export type { RemoveOptions } from "./model/edits/remove-element.js";
export { renameId } from "./model/edits/rename-id.js";
export { updateElement } from "./model/edits/update-element.js";
export type { ElementPatch } from "./model/edits/update-element.js";
export { updateModel } from "./model/edits/update-model.js";
export type { ModelSettingsPatch } from "./model/edits/update-model.js";
export { MODEL_SETTINGS } from "./model/edits/element-schemas.js";
export { applyModelPatches } from "./model/edits/apply-model-patches.js";
export type { EditOptions, EditResult } from "./model/edits/edit-result.js";
export type { Patch } from "immer";
export { idRecord } from "./model/id-record.js";
export type { IdRecord } from "./model/id-record.js";
export { meanAnnualLoss } from "./model/mean-annual-loss.js";

// graph: the model as a graphology graph, and dependency queries
export { toGraph } from "./graph/to-graph.js";
export type { ModelGraph, NodeAttributes, EdgeAttributes, NodeKind } from "./graph/model-graph.js";
export { catalogNodeKey } from "./graph/catalog-node-key.js";
export { dependenciesOf } from "./graph/dependencies-of.js";
export { dependentsOf } from "./graph/dependents-of.js";
export type { DependencyOptions } from "./graph/dependency-options.js";
export { impactOf } from "./graph/impact-of.js";
export type { Impact } from "./graph/impact-of.js";
export { topLevelServices } from "./graph/top-level-services.js";
export { serviceOrder } from "./graph/service-order.js";

// io: model files as text (browser-safe)
export { parseModelText } from "./io/parse-model-text.js";
export type { ParseModelTextOptions } from "./io/parse-model-text.js";
export { stringifyModel } from "./io/stringify-model.js";
export type { StringifyModelOptions } from "./io/stringify-model.js";
export { modelFormatOf, MODEL_FORMATS } from "./io/model-format-of.js";
export type { ModelFormat } from "./io/model-format-of.js";
export { modelJsonSchema, MODEL_SCHEMA_ID } from "./model/json-schema.js";

// economics: cash flows (numpy-financial conventions: first flow at t = 0)
export { npv } from "./economics/cash-flow/npv.js";
export { xnpv } from "./economics/cash-flow/xnpv.js";
export { irr } from "./economics/cash-flow/irr.js";
export type { IrrOptions } from "./economics/cash-flow/irr.js";
export { irrAll } from "./economics/cash-flow/irr-all.js";
export { xirr } from "./economics/cash-flow/xirr.js";
export { mirr } from "./economics/cash-flow/mirr.js";
export { pmt } from "./economics/cash-flow/pmt.js";
export { pv } from "./economics/cash-flow/pv.js";
export { fv } from "./economics/cash-flow/fv.js";
export { nper } from "./economics/cash-flow/nper.js";
export { rate } from "./economics/cash-flow/rate.js";
export { paybackPeriod } from "./economics/cash-flow/payback-period.js";
export { discountedPaybackPeriod } from "./economics/cash-flow/discounted-payback-period.js";
export { equivalentAnnualCost } from "./economics/cash-flow/equivalent-annual-cost.js";
export { annuityFactor } from "./economics/cash-flow/annuity-factor.js";
export type { PaymentTiming } from "./economics/cash-flow/payment-timing.js";
export type { DateInput } from "./economics/cash-flow/year-fractions.js";

// economics: costs over time, allocation, TCO, showback, value balance
export { flowSeries } from "./model/flow-series.js";
export { valueOfInvestment } from "./economics/value-of-investment.js";
export type { ValueOfInvestment } from "./economics/value-of-investment.js";
export { returnOnInvestment } from "./economics/return-on-investment.js";
export type { ReturnOnInvestment } from "./economics/return-on-investment.js";
export { entriesByYear } from "./economics/entries-by-year.js";
export { allocateCosts } from "./economics/allocate-costs.js";
export type { CostAllocation, ServiceAllocation } from "./economics/allocate-costs.js";
export { totalCostOfOwnership, NO_DIMENSION } from "./economics/total-cost-of-ownership.js";
export type { TotalCostOfOwnership } from "./economics/total-cost-of-ownership.js";
export { costPerConsumer, unchargedCosts } from "./economics/cost-per-consumer.js";
export type { Showback } from "./economics/cost-per-consumer.js";
export { valueBalance } from "./economics/value-balance.js";
export type { ValueBalance } from "./economics/value-balance.js";

// economics: portfolio choice
export { rankInvestments, RANK_INVESTMENTS_BY } from "./economics/portfolio/rank-investments.js";
export type { InvestmentRank, RankInvestmentsOptions } from "./economics/portfolio/rank-investments.js";
export { selectPortfolio, DEFAULT_PORTFOLIO_STEPS } from "./economics/portfolio/select-portfolio.js";
export type { Portfolio, PortfolioAlternative, DroppedInvestment, SelectPortfolioOptions } from "./economics/portfolio/select-portfolio.js";
export { portfolioValue } from "./economics/portfolio/portfolio-value.js";
export type { PortfolioValue } from "./economics/portfolio/portfolio-value.js";
export { netStandardDeviation } from "./economics/portfolio/net-standard-deviation.js";
export { estimateVariance } from "./economics/portfolio/estimate-variance.js";

// risk
export { expectedAnnualLoss } from "./risk/expected-annual-loss.js";
export { riskExposure } from "./risk/risk-exposure.js";
export type { RiskExposure, RiskExposureOptions } from "./risk/risk-exposure.js";
export { simulate } from "./risk/simulate.js";
export type { SimulateOptions, SimulationResult } from "./risk/simulate.js";
export type { ServiceSelection } from "./risk/simulation-plan.js";
export type { Summary, LossExceedance } from "./risk/summary.js";
export { EXCEEDANCE_PROBABILITIES } from "./risk/summary.js";
export { valueOfInformation } from "./risk/value-of-information.js";
export type { ValueOfInformation, ValueOfInformationOptions } from "./risk/value-of-information.js";
export { modelEstimates, samplerOf } from "./risk/model-estimates.js";
export type { ModelEstimate } from "./risk/model-estimates.js";

// flow: value streams, practice coverage, journeys
export { flowMetrics, DEFAULT_MAX_PATHS, MAX_PATHS_LIMIT } from "./flow/flow-metrics.js";
export type { FlowMetrics, FlowMetricsOptions, FlowPath, StepFlow } from "./flow/flow-metrics.js";
export { littlesLaw } from "./flow/littles-law.js";
export type { LittlesLaw, LittlesLawInput, LittlesLawOptions } from "./flow/littles-law.js";
export { compareValueStreams } from "./flow/compare-value-streams.js";
export type { ValueStreamComparison, MetricChange, StepChange, StepFieldChange, FlowSummary } from "./flow/compare-value-streams.js";
export { valueStreamCosts } from "./flow/value-stream-costs.js";
export type { ValueStreamCosts, StreamServiceCost } from "./flow/value-stream-costs.js";
export { practiceCoverage } from "./flow/practice-coverage.js";
export type { PracticeCoverage, StreamCoverage, AtypicalPracticeUse } from "./flow/practice-coverage.js";
export { journeySummary, DEFAULT_UNHAPPY_BELOW } from "./flow/journey-summary.js";
export type { JourneySummary, JourneySummaryOptions, StageSummary, TouchpointSummary, UnhappyService } from "./flow/journey-summary.js";

// flow: ITIL health checks
export { lintModel } from "./flow/lint/lint-model.js";
export type { LintOptions } from "./flow/lint/lint-options.js";
export { LINT_RULES } from "./flow/lint/lint-rules.js";
export { LINT_SEVERITIES } from "./flow/lint/lint-rule.js";
export type { LintFinding, LintRule, LintRuleFinding, LintContext, LintSeverity, LintLevel, LintOptionSpec, LintOptionValue } from "./flow/lint/lint-rule.js";
export { PROVIDER_METRIC_TERMS } from "./flow/lint/provider-metric-terms.js";

// mermaid: diagrams as Mermaid text (escaping of user text in one place)
export { toMermaidServiceMap } from "./mermaid/to-mermaid-service-map.js";
export type { ServiceMapOptions } from "./mermaid/to-mermaid-service-map.js";
export { toMermaidStakeholderMap } from "./mermaid/to-mermaid-stakeholder-map.js";
export type { StakeholderMapOptions } from "./mermaid/to-mermaid-stakeholder-map.js";
export { toMermaidValueStream } from "./mermaid/to-mermaid-value-stream.js";
export type { ValueStreamOptions } from "./mermaid/to-mermaid-value-stream.js";
export { toMermaidJourney, journeyScore } from "./mermaid/to-mermaid-journey.js";
export type { JourneyOptions } from "./mermaid/to-mermaid-journey.js";
export { toMermaidPortfolioQuadrant, portfolioPoints, quadrantCoordinate } from "./mermaid/to-mermaid-portfolio-quadrant.js";
export type { PortfolioQuadrantOptions, QuadrantPoint } from "./mermaid/to-mermaid-portfolio-quadrant.js";
export { toMermaidCostFlow, COST_FLOW_DETAILS } from "./mermaid/to-mermaid-cost-flow.js";
export type { CostFlowOptions } from "./mermaid/to-mermaid-cost-flow.js";
export { costFlows } from "./mermaid/cost-flows.js";
export type { CostFlows, CostFlowLink, CostFlowNode } from "./mermaid/cost-flows.js";
export { toMermaidDimensions } from "./mermaid/to-mermaid-dimensions.js";
export type { DimensionsOptions } from "./mermaid/to-mermaid-dimensions.js";
export { toMermaidImpact } from "./mermaid/to-mermaid-impact.js";
export type { ImpactOptions } from "./mermaid/to-mermaid-impact.js";
export { toMermaidView, MERMAID_VIEWS, MERMAID_VIEW_NAMES } from "./mermaid/to-mermaid-view.js";
export type { MermaidViewName } from "./mermaid/to-mermaid-view.js";
export { DEFAULT_MERMAID_LIMITS } from "./mermaid/mermaid-diagram.js";
export type { MermaidDiagram, MermaidLimits } from "./mermaid/mermaid-diagram.js";
export { FLOWCHART_DIRECTIONS } from "./mermaid/view-options.js";
export type { FlowchartDirection, FlowchartViewOptions, LinkTarget, MermaidViewOptions, TitledViewOptions } from "./mermaid/view-options.js";
export { mermaidNodeId } from "./mermaid/mermaid-node-id.js";
export { safeHref } from "./mermaid/safe-href.js";
export type { SafeHref } from "./mermaid/safe-href.js";
export { cleanLabel, DEFAULT_MAX_LABEL_LENGTH, MAX_TITLE_LENGTH } from "./mermaid/escape.js";

// report: markdown reports (diagrams passed in as data)
export { toMarkdownReport } from "./report/to-markdown-report.js";
export type { MarkdownReportOptions } from "./report/report-options.js";
export { REPORT_SECTIONS } from "./report/report-sections.js";
export type { ReportSection } from "./report/report-sections.js";
export { REPORT_DIAGRAM_VIEWS } from "./report/report-diagrams.js";
export type { ReportDiagram, ReportDiagramRequest, ReportDiagrams, ReportDiagramView } from "./report/report-diagrams.js";
export { escapeMarkdown } from "./report/escape-markdown.js";
