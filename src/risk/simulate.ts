import { checkOptionKeys } from "./check-option-keys.js";
import { assertParsedModel } from "../model/assert-parsed-model.js";
import { invalidArgument, notFound } from "../model/errors.js";
import { idRecord, type IdRecord } from "../model/id-record.js";
import type { Model } from "../model/schema/model.js";
import { closestMatch } from "../model/suggest.js";
import { createRng, type Rng } from "../stats/create-rng.js";
import { sum } from "../stats/sum.js";
import { CHUNK_SIZE, simulateChunk, type ChunkResult } from "./simulate-chunk.js";
import { simulationPlan, type ServiceSelection, type SimulationPlan } from "./simulation-plan.js";
import { summarise, summariseLosses, type LossExceedance, type Summary } from "./summary.js";

/** One summary to compute at the end of a simulation: a cost, a net value (with its chance of a loss) or a loss. @internal */
export interface SummaryJob {
  kind: "cost" | "net" | "loss";
  values: Float64Array;
  sum: number;
}
type LossSummary = { annualLoss: Summary; exceedance: LossExceedance; probabilityOfLoss: number };
/** The summary of a job. @internal */
export type JobSummary = Summary | LossSummary;

/** Compute one summary job (reorders its values). @internal */
export function summariseJob(job: SummaryJob): JobSummary {
  return job.kind === "loss" ? summariseLosses(job.values, job.sum) : summarise(job.values, job.sum, job.kind === "net");
}

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** Number of simulated iterations (positive integer, at most 10,000,000). */
  iterations: number;
  /** Seed of every random stream (default 1). Same seed, same result. */
  seed?: number | string;
  /**
   * Services whose TCO and net value are reported: `"all"`, `"top-level"` or a list of ids. Default: all, unless that
   * would hold more than 10 million values (services x iterations x 2), then the top-level services.
   */
  services?: ServiceSelection;
  /**
   * Must be 1 (or absent) here: this entry point runs in browsers too. For parallel runs on Node.js, use
   * `simulateParallel` from `servicevalue/node`, which gives the very same result.
   */
  workers?: number;
  /** Called after each chunk of iterations with the number done so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

/** The result of {@link simulate}. Money in the model's currency. */
export interface SimulationResult {
  iterations: number;
  seed: number | string;
  /** Per reported service: TCO over the horizon (undiscounted), and net value = PV tangible benefits - PV full cost. */
  services: IdRecord<{ tco: Summary; net: Summary }>;
  /** Per investment: net value (PV tangible + intangible + risk reduction - costs), with the probability of a loss. */
  investments: IdRecord<{ net: Summary }>;
  /** Per risk: the loss in a simulated year, its exceedance curve, and the chance of any loss in a year. */
  risks: IdRecord<{ annualLoss: Summary; exceedance: LossExceedance; probabilityOfLoss: number }>;
  /** All risks together. */
  overall: { annualLoss: Summary; exceedance: LossExceedance; probabilityOfLoss: number };
  /** Services left out of `services` (see the `services` option). */
  omittedServices: number;
}

/** The most iterations a simulation takes. */
export const MAX_ITERATIONS = 10_000_000;
const MAX_DEFAULT_SERVICE_VALUES = 10_000_000;
const OPTION_KEYS = ["iterations", "seed", "services", "workers", "onProgress"];

/**
 * Monte Carlo simulation over every estimate in the model: cost and benefit amounts, risk frequencies and impacts.
 * Each iteration draws every uncertain estimate once (one value per estimate for the whole horizon: uncertainty about
 * its level) and allocates the costs as `allocateCosts` does, giving each service's TCO and net value and each
 * investment's net value (its risk reductions valued at drawn frequency x drawn impact); each risk also gets a simulated
 * year: N ~ Poisson(drawn frequency) events, each with its own impact draw, for the loss exceedance curves.
 * Streams are seeded per estimate and per chunk of 256 iterations, so the result depends only on the seed, never on
 * the number of workers, and adding an estimate does not change the draws of the others.
 * @example
 * const r = simulate(model, { iterations: 10_000, seed: 42 });
 * r.investments["mfa-rollout"].net.probabilityNegative; r.risks.phishing.exceedance
 */
export function simulate(model: Model, options: SimulateOptions): SimulationResult {
  const prepared = prepareSimulation(model, options, "simulate");
  if (options.workers !== undefined && options.workers !== 1) {
    if (!Number.isInteger(options.workers) || options.workers < 1) invalidArgument("simulate", "workers must be a whole number >= 1", options.workers);
    invalidArgument("simulate", "workers > 1 need Node.js worker threads: use simulateParallel from servicevalue/node (same result)", options.workers);
  }
  return runSimulation(prepared, options.onProgress);
}

/** The simulation of a prepared plan in this thread, chunk by chunk (shared with `simulateParallel`). @internal */
export function runSimulation(
  { plan, iterations, seed, omitted }: ReturnType<typeof prepareSimulation>,
  onProgress: SimulateOptions["onProgress"],
): SimulationResult {
  const streams = simulationStreams(plan, seed);
  const collector = createCollector(plan, iterations);
  const chunks = Math.ceil(iterations / CHUNK_SIZE);
  for (let c = 0; c < chunks; c++) {
    collector.add(simulateChunk(plan, streams.estimates, streams.events, c, iterations));
    onProgress?.(Math.min(iterations, (c + 1) * CHUNK_SIZE), iterations);
  }
  return collector.finish(seed, omitted);
}

/** Validate the options and build the plan (shared with `simulateParallel` and `valueOfInformation`). @internal */
export function prepareSimulation(model: Model, options: SimulateOptions, fn: string, scope: "all" | "investments" = "all") {
  assertParsedModel(fn, model);
  checkOptionKeys(fn, options, OPTION_KEYS);
  const { iterations, seed = 1 } = options;
  if (!Number.isInteger(iterations) || iterations <= 0 || iterations > MAX_ITERATIONS) {
    invalidArgument(fn, `iterations must be a whole number from 1 to ${MAX_ITERATIONS}`, iterations);
  }
  if (!(typeof seed === "string" || (typeof seed === "number" && Number.isFinite(seed)))) {
    invalidArgument(fn, "seed must be a finite number or a string", seed);
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== "function") invalidArgument(fn, "onProgress must be a function", options.onProgress);
  let services = options.services;
  if (Array.isArray(services)) {
    const ids = new Set(model.services.map((s) => s.id));
    for (const id of services) {
      if (typeof id !== "string" || !ids.has(id)) notFound(fn, "service", String(id), closestMatch(String(id), [...ids]));
    }
  } else if (services !== undefined && services !== "all" && services !== "top-level") {
    invalidArgument(fn, 'services must be "all", "top-level" or a list of service ids', services);
  }
  services ??= 2 * model.services.length * iterations <= MAX_DEFAULT_SERVICE_VALUES ? "all" : "top-level";
  const plan = simulationPlan(model, services, scope);
  return { plan, iterations, seed, omitted: model.services.length - plan.reportedServices.length };
}

/** The random streams of a simulation: one per drawn estimate, one per risk's events. @internal */
export function simulationStreams(plan: SimulationPlan, seed: number | string): { estimates: Rng[]; events: Rng[] } {
  const root = createRng(seed);
  return {
    estimates: Array.from(plan.drawn, (e) => root.fork(plan.estimates[e]!.stream)),
    events: plan.riskIds.map((id) => root.fork(`risk:${id}/events`)),
  };
}

/**
 * Gathers chunk results (in any order) into full outcome arrays, and per-chunk sums that are added in chunk order at
 * the end, so the result is the same however the chunks were shared out. @internal
 */
export function createCollector(plan: SimulationPlan, iterations: number) {
  const chunks = Math.ceil(iterations / CHUNK_SIZE);
  const outcome = (count: number) => ({
    values: Array.from({ length: count }, () => new Float64Array(iterations)),
    sums: new Float64Array(count * chunks),
  });
  const tco = outcome(plan.reportedServices.length);
  const serviceNet = outcome(plan.reportedServices.length);
  const investmentNet = outcome(plan.investmentIds.length);
  const riskLoss = outcome(plan.riskIds.length);
  const totalLoss = new Float64Array(iterations);
  const put = (target: ReturnType<typeof outcome>, source: Float64Array, chunk: ChunkResult) => {
    const start = chunk.chunk * CHUNK_SIZE;
    target.values.forEach((values, o) => {
      const slice = source.subarray(o * chunk.length, (o + 1) * chunk.length);
      values.set(slice, start);
      target.sums[o * chunks + chunk.chunk] = sum(slice);
    });
  };
  return {
    add(chunk: ChunkResult) {
      put(tco, chunk.serviceTco, chunk);
      put(serviceNet, chunk.serviceNet, chunk);
      put(investmentNet, chunk.investmentNet, chunk);
      put(riskLoss, chunk.riskLoss, chunk);
      const start = chunk.chunk * CHUNK_SIZE;
      for (let b = 0; b < chunk.length; b++) {
        let year = 0;
        for (let r = 0; r < plan.riskIds.length; r++) year += chunk.riskLoss[r * chunk.length + b]!;
        totalLoss[start + b] = year;
      }
    },
    /**
     * The summaries still to compute: one job per outcome (its draws and its exact-order sum). They are independent,
     * so `simulateParallel` shares them out among its workers; `finish` does them here.
     */
    jobs(): SummaryJob[] {
      const total = (target: ReturnType<typeof outcome>, o: number) => sum(target.sums.subarray(o * chunks, (o + 1) * chunks));
      const out: SummaryJob[] = [];
      plan.reportedServices.forEach((_, o) => {
        out.push({ kind: "cost", values: tco.values[o]!, sum: total(tco, o) });
        out.push({ kind: "net", values: serviceNet.values[o]!, sum: total(serviceNet, o) });
      });
      plan.investmentIds.forEach((_, o) => out.push({ kind: "net", values: investmentNet.values[o]!, sum: total(investmentNet, o) }));
      let overallSum = 0;
      plan.riskIds.forEach((_, o) => {
        const riskSum = total(riskLoss, o);
        overallSum += riskSum;
        out.push({ kind: "loss", values: riskLoss.values[o]!, sum: riskSum });
      });
      out.push({ kind: "loss", values: totalLoss, sum: overallSum });
      return out;
    },
    /** The result from the jobs' summaries, in the order `jobs` gave them. */
    assemble(summaries: readonly JobSummary[], seed: number | string, omittedServices: number): SimulationResult {
      let next = 0;
      const take = () => summaries[next++]!;
      const services = idRecord<{ tco: Summary; net: Summary }>();
      plan.reportedServices.forEach((s) => (services[plan.allocation.serviceIds[s]!] = { tco: take() as Summary, net: take() as Summary }));
      const investments = idRecord<{ net: Summary }>();
      plan.investmentIds.forEach((id) => (investments[id] = { net: take() as Summary }));
      const risks = idRecord<LossSummary>();
      plan.riskIds.forEach((id) => (risks[id] = take() as LossSummary));
      return { iterations, seed, services, investments, risks, overall: take() as LossSummary, omittedServices };
    },
    finish(seed: number | string, omittedServices: number): SimulationResult {
      return this.assemble(this.jobs().map(summariseJob), seed, omittedServices);
    },
  };
}
