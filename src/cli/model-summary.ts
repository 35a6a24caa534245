import { DIMENSION_IDS, STAKEHOLDER_ROLE_IDS, type DimensionId, type StakeholderRole } from "../reference/itil4.js";
import type { Model } from "../model/schema/model.js";

/** The counts `servicevalue validate` prints for a valid model. */
export interface ModelSummary {
  name: string;
  currency: string;
  horizonYears: number;
  /** Fraction per year. */
  discountRate: number;
  /** A stakeholder with two roles counts under both. */
  stakeholders: { total: number; byRole: Record<StakeholderRole, number> };
  services: { total: number; business: number; technical: number };
  resources: { total: number; byDimension: Record<DimensionId, number> };
  valueStreams: { total: number; steps: number };
  journeys: number;
  costs: number;
  benefits: number;
  risks: number;
  investments: number;
}

/**
 * Count what a model holds: stakeholders by role, business and technical services, resources per dimension, value
 * streams and their steps, journeys, costs, benefits, risks and investments.
 * @example modelSummary(model).services // { total: 12, business: 4, technical: 8 }
 */
export function modelSummary(model: Model): ModelSummary {
  const byRole = Object.fromEntries(STAKEHOLDER_ROLE_IDS.map((r) => [r, 0])) as Record<StakeholderRole, number>;
  for (const s of model.stakeholders) for (const role of new Set(s.roles)) byRole[role]++;
  const byDimension = Object.fromEntries(DIMENSION_IDS.map((d) => [d, 0])) as Record<DimensionId, number>;
  for (const r of model.resources) byDimension[r.dimension]++;
  const business = model.services.filter((s) => s.kind === "business").length;
  return {
    name: model.name,
    currency: model.currency,
    horizonYears: model.horizonYears,
    discountRate: model.discountRate,
    stakeholders: { total: model.stakeholders.length, byRole },
    services: { total: model.services.length, business, technical: model.services.length - business },
    resources: { total: model.resources.length, byDimension },
    valueStreams: { total: model.valueStreams.length, steps: model.valueStreams.reduce((n, v) => n + v.steps.length, 0) },
    journeys: model.journeys.length,
    costs: model.costs.length,
    benefits: model.benefits.length,
    risks: model.risks.length,
    investments: model.investments.length,
  };
}

/**
 * The summary as aligned lines of text (counts of zero left out of the breakdowns).
 * @example formatModelSummary(summary)[3] // "discount rate  8% per year"
 */
export function formatModelSummary(summary: ModelSummary): string[] {
  const breakdown = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(", ");
  const withBreakdown = (total: number, detail: string) => (total > 0 && detail ? `${total} (${detail})` : String(total));
  const s = summary;
  const rows: [string, string][] = [
    ["name", s.name],
    ["currency", s.currency],
    ["horizon", `${s.horizonYears} year${s.horizonYears === 1 ? "" : "s"}`],
    ["discount rate", `${Number((s.discountRate * 100).toFixed(6))}% per year`],
    ["stakeholders", withBreakdown(s.stakeholders.total, breakdown(s.stakeholders.byRole))],
    ["services", withBreakdown(s.services.total, breakdown({ business: s.services.business, technical: s.services.technical }))],
    ["resources", withBreakdown(s.resources.total, breakdown(s.resources.byDimension))],
    ["value streams", s.valueStreams.total > 0 ? `${s.valueStreams.total} (${s.valueStreams.steps} step${s.valueStreams.steps === 1 ? "" : "s"})` : "0"],
    ["journeys", String(s.journeys)],
    ["costs", String(s.costs)],
    ["benefits", String(s.benefits)],
    ["risks", String(s.risks)],
    ["investments", String(s.investments)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, value]) => `${label.padEnd(width)}${value}`);
}
