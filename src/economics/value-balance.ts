import { assertParsedModel } from "../model/assert-parsed-model.js";
import { invalidArgument, notFound } from "../model/errors.js";
import type { Model } from "../model/schema/model.js";
import { closestMatch } from "../model/suggest.js";
import { allocateCosts } from "./allocate-costs.js";
import { allocationPlan } from "../graph/allocation-plan.js";
import { npv } from "./cash-flow/npv.js";
import { entriesByYear } from "./entries-by-year.js";
import { servicePositionOrThrow } from "./total-cost-of-ownership.js";

/** The result of {@link valueBalance}; the last five are present values. */
export interface ValueBalance {
  /** Net value to the consumer per year: benefits + costs removed - costs imposed - showback (tangible only). */
  byYear: number[];
  /** Present value of `byYear`. */
  presentValue: number;
  /** The consumer's share of the service's tangible benefits. */
  benefits: number;
  /** What the consumer no longer spends because of the service. */
  costsRemoved: number;
  /** What consuming the service costs the consumer beyond the charge (effort, training, own tools). */
  costsImposed: number;
  /** The consumer's share of the service's full cost (0 when other services consume it: they carry its cost). */
  showback: number;
  /** The consumer's share of the service's intangible benefits: reported apart, never in `byYear`. */
  intangibleBenefits: number;
}

/**
 * The ITIL 4 value balance of a service for one consumer: its share (by consumer share) of the service's tangible
 * benefits, plus the costs the service removes for it, minus the costs it imposes, minus its showback cost, per year and
 * as present values. A relationship is worth having when what it removes and enables outweighs what it imposes.
 * `costsRemoved` and `costsImposed` are yearly estimates on the consumer reference, counted in every year at their mean.
 * @example valueBalance(model, "smart-collaboration", "sales").presentValue
 */
export function valueBalance(model: Model, serviceId: string, stakeholderId: string): ValueBalance {
  assertParsedModel("valueBalance", model);
  const fn = "valueBalance";
  const service = model.services[servicePositionOrThrow(allocationPlan(model), serviceId, fn)]!;
  if (typeof stakeholderId !== "string") invalidArgument(fn, "stakeholderId must be a stakeholder id (a string)", stakeholderId);
  const consumer = service.consumers.find((c) => c.stakeholder === stakeholderId);
  if (!consumer) {
    const known = model.stakeholders.some((s) => s.id === stakeholderId);
    notFound(
      fn,
      known ? `consumer of service "${serviceId}": stakeholder` : "stakeholder",
      stakeholderId,
      closestMatch(stakeholderId, service.consumers.map((c) => c.stakeholder)),
    );
  }
  const h = model.horizonYears;
  const rate = model.discountRate;
  const fraction = consumer.share / service.consumers.reduce((s, c) => s + c.share, 0);
  const benefits = entriesByYear(model, "benefits", serviceId, "tangible").map((v) => v * fraction);
  const intangible = entriesByYear(model, "benefits", serviceId, "intangible").map((v) => v * fraction);
  const removed = new Array<number>(h).fill(consumer.costsRemoved?.mean ?? 0);
  const imposed = new Array<number>(h).fill(consumer.costsImposed?.mean ?? 0);
  // Showback is charged by top-level services only (costPerConsumer): a service consumed by other services passes its
  // cost on to them, and charging its consumers as well would count that cost twice.
  const allocated = allocateCosts(model).services[serviceId]!;
  const showback = allocated.fullByYear.map((v) => (allocated.topLevel ? v * fraction : 0));
  const byYear = benefits.map((b, y) => b + removed[y]! - imposed[y]! - showback[y]!);
  return {
    byYear,
    presentValue: npv(rate, byYear),
    benefits: npv(rate, benefits),
    costsRemoved: npv(rate, removed),
    costsImposed: npv(rate, imposed),
    showback: npv(rate, showback),
    intangibleBenefits: npv(rate, intangible),
  };
}
