import { flowSeries } from "../model/flow-series.js";
import type { CostAllocation } from "../economics/allocate-costs.js";
import { ModelError, describeValue, formatPath, invalidArgument } from "../model/errors.js";
import type { Benefit } from "../model/schema/cost.js";
import type { Model } from "../model/schema/model.js";
import type { Service } from "../model/schema/service.js";
import { entriesOf } from "../model/entries-of.js";
import { stepGraph } from "./step-graph.js";
import { streamServiceIndex } from "./stream-service-index.js";
import { valueStreamAt } from "./value-stream-at.js";

/** One service that a value stream's steps use, with its cost (model currency) and the part attributed to the stream. */
export interface StreamServiceCost {
  service: string;
  name: string;
  kind: Service["kind"];
  /** Whether no other service consumes it (it keeps its full cost, see `allocateCosts`). */
  topLevel: boolean;
  /** Steps of this stream that use it, in flow (document) order. */
  steps: string[];
  /** Steps of all the model's value streams that use it. */
  stepsInModel: number;
  /** Value streams that use it, in model order. */
  valueStreams: string[];
  /** Its full cost per year (year 0 first), from the allocation. */
  fullByYear: number[];
  /** Its TCO: Σ fullByYear over the horizon. */
  total: number;
  /** Σ fullByYear[t] / (1 + discountRate)^t. */
  presentValue: number;
  /** steps.length / stepsInModel: this stream's part of the service's use by value-stream steps, 0 to 1. */
  share: number;
  /** share x fullByYear. */
  attributedByYear: number[];
  /** share x total. */
  attributedTotal: number;
  /** share x presentValue. */
  attributedPresentValue: number;
  /**
   * Other services of this stream that consume this one (through `dependsOn` or `bundles`, transitively): part of this
   * service's cost is already inside their full cost, so adding both counts that part twice.
   */
  includedIn: string[];
}

/** The result of {@link valueStreamCosts}. Money in the model's currency over its horizon. */
export interface ValueStreamCosts {
  valueStream: string;
  name: string;
  currency: string;
  horizonYears: number;
  discountRate: number;
  /** The services the steps use, in order of first use. */
  services: StreamServiceCost[];
  /** Σ attributedByYear over the services. */
  attributedByYear: number[];
  /** Σ attributedTotal over the services. */
  attributedTotal: number;
  /** Σ attributedPresentValue over the services. */
  attributedPresentValue: number;
  /** Whether some service of the stream consumes another (see `includedIn`): the sums then count that cost more than once. */
  overlapping: boolean;
  /** Steps that use no service (their cost, people's time, is not in any service's TCO). */
  stepsWithoutService: string[];
  /**
   * The stream's own benefits (benefit entries whose `of` is the value stream), per year at their means, in total and
   * as PV; intangible ones apart. Set them against `attributedPresentValue` for the stream's value for money.
   */
  benefits: { tangibleByYear: number[]; tangiblePresentValue: number; intangibleByYear: number[]; intangiblePresentValue: number };
}

/**
 * The cost view of a value stream: every service its steps use, with that service's full cost (TCO, per year and
 * discounted) from `allocation` (pass `allocateCosts(model)`; this layer takes the economics' result, not its code), and
 * a part attributed to the stream by use: share = (steps of this stream that use the service) / (steps of all value
 * streams that use it); attributed cost = share x full cost. The full cost is the trustworthy figure; the attribution
 * only splits it among value streams by how many steps use it (the model records no cost driver for steps, and a
 * service is also used outside any value stream), so read it as an indication. A service inside another listed
 * service's full cost is flagged (`includedIn`, `overlapping`). Throws `ModelError`: `not-found` for an unknown stream,
 * `invalid-argument` for a stream with no steps or an allocation from another model.
 * @example
 * const view = valueStreamCosts(model, "onboard-employee", allocateCosts(model));
 * view.services.map((s) => [s.service, s.total, s.share]) // [["hr-portal", 270000, 1], ["identity", 180000, 0.667], ...]
 * view.attributedTotal // 950000 (docs/value-streams.md)
 */
export function valueStreamCosts(model: Model, valueStreamId: string, allocation: CostAllocation): ValueStreamCosts {
  const fn = "valueStreamCosts";
  const { stream, index } = valueStreamAt(model, valueStreamId, fn);
  stepGraph(stream, index, fn); // a stream with no steps, or steps parseModel would refuse, is an error with its path
  if (allocation === null || typeof allocation !== "object" || typeof allocation.services !== "object" || allocation.services === null) {
    invalidArgument(fn, "allocation must be the result of allocateCosts(model)", allocation);
  }
  const h = model.horizonYears;
  if (allocation.horizonYears !== h) {
    const message = `allocation covers ${describeValue(allocation.horizonYears)} years but the model's horizon is ${h} (pass allocateCosts(model) for this model)`;
    throw new ModelError("invalid-argument", `${fn}: ${message}`, [{ path: "allocation.horizonYears", code: "allocation-mismatch", message }]);
  }

  const { usedBy, serviceById, consumes } = streamServiceIndex(model);
  const stepsHere = new Map<string, string[]>();
  for (const step of stream.steps) for (const service of step.services) stepsHere.set(service, [...(stepsHere.get(service) ?? []), step.id]);
  const listed = [...stepsHere.keys()];
  const discount = Array.from({ length: h }, (_, t) => (1 + model.discountRate) ** -t);

  const services = listed.map((id): StreamServiceCost => {
    const row = Object.hasOwn(allocation.services, id) ? allocation.services[id] : undefined;
    const service = serviceById.get(id);
    if (!row || !service || !Array.isArray(row.fullByYear) || row.fullByYear.length !== h) {
      const message = `allocation has no costs for service "${id}" (pass allocateCosts(model) for this model)`;
      throw new ModelError("invalid-argument", `${fn}: ${message}`, [{ path: formatPath(["allocation", "services", id]), code: "allocation-mismatch", message }]);
    }
    const steps = stepsHere.get(id)!;
    const use = usedBy.get(id)!;
    const fullByYear = [...row.fullByYear];
    const total = fullByYear.reduce((s, v) => s + v, 0);
    const presentValue = fullByYear.reduce((s, v, t) => s + v * discount[t]!, 0);
    const share = steps.length / use.steps;
    return {
      service: id,
      name: service.name,
      kind: service.kind,
      topLevel: row.topLevel,
      steps,
      stepsInModel: use.steps,
      valueStreams: [...use.streams],
      fullByYear,
      total,
      presentValue,
      share,
      attributedByYear: fullByYear.map((v) => share * v),
      attributedTotal: share * total,
      attributedPresentValue: share * presentValue,
      includedIn: [],
    };
  });
  for (const consumer of services) {
    for (const provider of services) if (provider !== consumer && consumes(consumer.service, provider.service)) provider.includedIn.push(consumer.service);
  }
  const attributedByYear = new Array<number>(h).fill(0);
  for (const s of services) s.attributedByYear.forEach((v, t) => (attributedByYear[t]! += v));
  return {
    valueStream: stream.id,
    name: stream.name,
    currency: model.currency,
    horizonYears: h,
    discountRate: model.discountRate,
    services,
    attributedByYear,
    attributedTotal: services.reduce((s, x) => s + x.attributedTotal, 0),
    attributedPresentValue: services.reduce((s, x) => s + x.attributedPresentValue, 0),
    overlapping: services.some((s) => s.includedIn.length > 0),
    stepsWithoutService: stream.steps.filter((s) => s.services.length === 0).map((s) => s.id),
    benefits: streamBenefits(model, entriesOf(model, "benefits", stream.id), discount),
  };
}

function streamBenefits(model: Model, benefits: readonly Benefit[], discount: readonly number[]): ValueStreamCosts["benefits"] {
  const h = model.horizonYears;
  const tangibleByYear = new Array<number>(h).fill(0);
  const intangibleByYear = new Array<number>(h).fill(0);
  for (const b of benefits) flowSeries(b, h, b.amount.mean, b.kind === "tangible" ? tangibleByYear : intangibleByYear);
  const pv = (series: number[]) => series.reduce((s, v, t) => s + v * discount[t]!, 0);
  return { tangibleByYear, tangiblePresentValue: pv(tangibleByYear), intangibleByYear, intangiblePresentValue: pv(intangibleByYear) };
}
