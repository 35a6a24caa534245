import { assertParsedModel } from "../model/assert-parsed-model.js";
import { idRecord, type IdRecord } from "../model/id-record.js";
import type { Model } from "../model/schema/model.js";
import { allocateCosts } from "./allocate-costs.js";
import { allocationPlan } from "../graph/allocation-plan.js";
import { npv } from "./cash-flow/npv.js";
import { servicePositionOrThrow } from "./total-cost-of-ownership.js";

/** One consumer's showback: its share of a service's full cost, per year, in total and discounted. */
export interface Showback {
  byYear: number[];
  total: number;
  presentValue: number;
}

/**
 * Showback: a service's full cost split across its consumers (stakeholders) by their shares.
 * Without `serviceId`, the sum over every top-level service (a service consumed by other services passes its cost on
 * to them, so only top-level services are charged to people; counting the others too would count costs twice).
 * With `serviceId`, that service's full cost split among its own consumers, top-level or not.
 * A top-level service with no consumers charges nobody: {@link unchargedCosts} reports that cost.
 * @example costPerConsumer(model, "smart-collaboration")["finance"].total
 */
export function costPerConsumer(model: Model, serviceId?: string): IdRecord<Showback> {
  assertParsedModel("costPerConsumer", model);
  const allocation = allocateCosts(model);
  const h = model.horizonYears;
  const out = idRecord<Showback>();
  const services =
    serviceId === undefined
      ? model.services.filter((s) => allocation.services[s.id]!.topLevel)
      : [model.services[servicePositionOrThrow(allocationPlan(model), serviceId, "costPerConsumer")]!];
  for (const service of services) {
    const totalShare = service.consumers.reduce((s, c) => s + c.share, 0);
    if (totalShare === 0) continue;
    const full = allocation.services[service.id]!.fullByYear;
    for (const consumer of service.consumers) {
      const row = (out[consumer.stakeholder] ??= { byYear: new Array<number>(h).fill(0), total: 0, presentValue: 0 });
      for (let y = 0; y < h; y++) row.byYear[y]! += (full[y]! * consumer.share) / totalShare;
    }
  }
  for (const row of Object.values(out)) {
    row.total = row.byYear.reduce((s, v) => s + v, 0);
    row.presentValue = npv(model.discountRate, row.byYear);
  }
  return out;
}

/**
 * The full cost per year of top-level services that have no consumers: cost that no stakeholder is shown.
 * With {@link costPerConsumer} (no service id) and the unallocated costs it completes the conservation identity.
 * @example unchargedCosts(model) // [0, 0, 0, 0, 0] when every top-level service has consumers
 */
export function unchargedCosts(model: Model): number[] {
  const allocation = allocateCosts(model);
  const out = new Array<number>(model.horizonYears).fill(0);
  for (const s of model.services) {
    const a = allocation.services[s.id]!;
    if (!a.topLevel || s.consumers.length > 0) continue;
    a.fullByYear.forEach((v, y) => (out[y]! += v));
  }
  return out;
}
