import { simulateParallel } from "../../io/workers/simulate-parallel.js";
import type { Model } from "../../model/schema/model.js";
import type { LossExceedance, Summary } from "../../risk/summary.js";
import { valueOfInformation } from "../../risk/value-of-information.js";
import { elementName } from "../../model/element-name.js";
import { estimateLabel } from "./estimate-label.js";

/** A distribution in a few numbers (see `Summary`); `probabilityNegative` only for net values. */
export interface SummaryJson {
  mean: number;
  p5: number;
  p50: number;
  p95: number;
  probabilityNegative?: number;
}

/** A simulated year's loss: its summary, the chance of any loss, and the loss exceeded with each probability. */
export interface LossJson {
  annualLoss: SummaryJson;
  probabilityOfLoss: number;
  exceedance: { probability: number; loss: number }[];
}

/** Value of information for the choice among the investments and doing nothing (see `valueOfInformation`). */
export interface ValueOfInformationJson {
  evpi: number;
  /** The investment chosen today (highest expected net value above 0); null when doing nothing is best. */
  decision: string | null;
  /** Expected (simulated) net value of each investment, in model order. */
  expectedNet: { id: string; net: number }[];
  /** Every uncertain estimate that bears on the choice, largest EVPPI first: measure the first one first. */
  byEstimate: { path: string; estimate: string; evppi: number }[];
}

/** The simulation section of `servicevalue analyze --iterations n`. Money in the model's currency. */
export interface SimulationSection {
  iterations: number;
  seed: number;
  /** Net value (PV) of each investment, in model order. */
  investments: { id: string; name: string; net: SummaryJson }[];
  /** TCO (undiscounted) and net value of the top-level services (or the `--service` one), in model order. */
  services: ({ id: string; name: string; tco: SummaryJson; net: SummaryJson })[];
  /** Each risk's simulated yearly loss, in model order. */
  risks: ({ id: string; name: string } & LossJson)[];
  /** All risks together. */
  overall: LossJson;
  /** Null when the model has no investments (there is no decision to inform). */
  valueOfInformation: ValueOfInformationJson | null;
}

/** Options of {@link simulationSection}. */
export interface SimulationSectionOptions {
  iterations: number;
  seed: number;
  /** Worker threads for the simulation (the result is the same for any number). */
  workers: number;
  /** Report this service's TCO instead of the top-level services'. */
  service?: string;
  onProgress?: (done: number, total: number) => void;
  /** Called when the simulation is done and the value of information (a second pass, without progress) starts. */
  onValueOfInformation?: () => void;
}

/**
 * Monte Carlo section: `simulateParallel` (net value per investment, TCO per top-level service, each risk's yearly
 * loss and exceedance points) and `valueOfInformation` (EVPI, EVPPI per estimate) with the same iterations and seed.
 * @example (await simulationSection(model, { iterations: 10_000, seed: 1, workers: 2 })).valueOfInformation?.byEstimate[0]
 */
export async function simulationSection(model: Model, options: SimulationSectionOptions): Promise<SimulationSection> {
  const { iterations, seed, workers } = options;
  const result = await simulateParallel(model, {
    iterations,
    seed,
    workers,
    services: options.service === undefined ? "top-level" : [options.service],
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const named = (id: string) => ({ id, name: elementName(model, id) });
  let voi: ValueOfInformationJson | null = null;
  if (model.investments.length > 0) {
    options.onValueOfInformation?.();
    const v = valueOfInformation(model, { iterations, seed });
    voi = {
      evpi: v.evpi,
      decision: v.decision ?? null,
      expectedNet: model.investments.map((i) => ({ id: i.id, net: v.expectedNet[i.id]! })),
      byEstimate: v.byEstimate.map((e) => ({ path: e.path, estimate: estimateLabel(model, e.path), evppi: e.evppi })),
    };
  }
  return {
    iterations,
    seed,
    // From the model's lists, not Object.entries: an id such as "2024" would jump ahead in a record's key order.
    investments: model.investments.map(({ id }) => ({ ...named(id), net: summaryJson(result.investments[id]!.net) })),
    services: model.services
      .filter(({ id }) => result.services[id] !== undefined)
      .map(({ id }) => ({ ...named(id), tco: summaryJson(result.services[id]!.tco), net: summaryJson(result.services[id]!.net) })),
    risks: model.risks.map(({ id }) => ({ ...named(id), ...lossJson(result.risks[id]!) })),
    overall: lossJson(result.overall),
    valueOfInformation: voi,
  };
}

function summaryJson(s: Summary): SummaryJson {
  const out: SummaryJson = { mean: s.mean, p5: s.p5, p50: s.p50, p95: s.p95 };
  if (s.probabilityNegative !== undefined) out.probabilityNegative = s.probabilityNegative;
  return out;
}

function lossJson(r: { annualLoss: Summary; exceedance: LossExceedance; probabilityOfLoss: number }): LossJson {
  return {
    annualLoss: summaryJson(r.annualLoss),
    probabilityOfLoss: r.probabilityOfLoss,
    exceedance: r.exceedance.probability.map((probability, i) => ({ probability, loss: r.exceedance.loss[i]! })),
  };
}
