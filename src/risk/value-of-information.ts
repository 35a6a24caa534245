import { checkOptionKeys } from "./check-option-keys.js";
import { assertParsedModel } from "../model/assert-parsed-model.js";
import { invalidArgument, notFound } from "../model/errors.js";
import { idRecord, type IdRecord } from "../model/id-record.js";
import type { Model } from "../model/schema/model.js";
import { closestMatch } from "../model/suggest.js";
import { CHUNK_SIZE, simulateChunk } from "./simulate-chunk.js";
import { prepareSimulation, simulationStreams } from "./simulate.js";

/** Options of {@link valueOfInformation}. */
export interface ValueOfInformationOptions {
  /** The investments to choose among (besides "do nothing"); default: every investment of the model. */
  investments?: readonly string[];
  /** Number of iterations (positive integer). */
  iterations: number;
  /** Seed (default 1). */
  seed?: number | string;
  /** Bins per estimate for EVPPI (default: the square root of the iterations, between 10 and 200). */
  bins?: number;
}

/** The result of {@link valueOfInformation}. Money in the model's currency (present values). */
export interface ValueOfInformation {
  /** Expected value of perfect information: E[max over options of net] - max over options of E[net]. */
  evpi: number;
  /**
   * Expected value of partial perfect information per uncertain estimate that bears on the decision, largest first:
   * what knowing that one estimate exactly would be worth. Measure the first one first.
   */
  byEstimate: { path: string; evppi: number }[];
  /** The investment chosen today (highest expected net value above 0), or `undefined` when doing nothing is best. */
  decision: string | undefined;
  /** Expected net value of each investment considered (doing nothing is worth 0). */
  expectedNet: IdRecord<number>;
  iterations: number;
}

const OPTION_KEYS = ["investments", "iterations", "seed", "bins"];

/**
 * Value of information for a decision among investments and "do nothing" (net value 0), chosen by the highest expected
 * net value (spec): EVPI = E[max_k net_k] - max_k E[net_k], by seeded Monte Carlo; and per uncertain estimate the EVPPI,
 * in the same simulation pass, by sorting the iterations on that estimate's draw into bins of equal size and averaging
 * max_k (bin mean of net_k) over the bins (Strong & Oakley's "binning" estimator of E_x[max_k E[net_k | x]]).
 * Only estimates that enter some option's net value are listed: the others are worth nothing for this decision.
 * @example
 * const v = valueOfInformation(model, { iterations: 20_000, seed: 7 });
 * v.evpi; v.byEstimate[0] // { path: "risks[0].frequency", evppi: 41000 }: measure that first
 */
export function valueOfInformation(model: Model, options: ValueOfInformationOptions): ValueOfInformation {
  const fn = "valueOfInformation";
  assertParsedModel(fn, model);
  checkOptionKeys(fn, options, OPTION_KEYS);
  const known = model.investments.map((i) => i.id);
  const chosen = options.investments ?? known;
  if (!Array.isArray(chosen)) invalidArgument(fn, "investments must be a list of investment ids", chosen);
  for (const id of chosen) if (!known.includes(id)) notFound(fn, "investment", String(id), closestMatch(String(id), known));
  const { iterations } = options;
  const { plan, seed } = prepareSimulation(model, { iterations, ...(options.seed !== undefined ? { seed: options.seed } : {}), services: [] }, fn, "investments");
  const bins = options.bins ?? Math.min(200, Math.max(10, Math.round(Math.sqrt(iterations))));
  if (!Number.isInteger(bins) || bins < 1 || bins > iterations) invalidArgument(fn, `bins must be a whole number from 1 to the iterations (${iterations})`, bins);

  const options_ = chosen.map((id) => plan.investmentIds.indexOf(id));
  const relevant = new Set<number>();
  for (const t of plan.investmentLinear) if (options_.includes(t.investment)) relevant.add(t.estimate);
  for (const t of plan.investmentProducts) {
    if (options_.includes(t.investment)) {
      relevant.add(t.frequency);
      relevant.add(t.impact);
    }
  }
  const drawnPosition = new Map(Array.from(plan.drawn, (e, k) => [e, k]));
  const estimates = [...relevant].filter((e) => drawnPosition.has(e)).sort((a, b) => a - b);

  // One pass: each option's net value per iteration, and the draws of the relevant estimates.
  const net = options_.map(() => new Float64Array(iterations));
  const draws = estimates.map(() => new Float64Array(iterations));
  const streams = simulationStreams(plan, seed);
  for (let c = 0; c < Math.ceil(iterations / CHUNK_SIZE); c++) {
    const chunk = simulateChunk(plan, streams.estimates, streams.events, c, iterations, true);
    const start = c * CHUNK_SIZE;
    options_.forEach((i, k) => net[k]!.set(chunk.investmentNet.subarray(i * chunk.length, (i + 1) * chunk.length), start));
    estimates.forEach((e, k) => draws[k]!.set(chunk.draws![drawnPosition.get(e)!]!, start));
  }

  const meanOf = (values: Float64Array, order?: Uint32Array, from = 0, to = values.length) => {
    let s = 0;
    for (let i = from; i < to; i++) s += values[order ? order[i]! : i]!;
    return s / (to - from);
  };
  const expected = net.map((values) => meanOf(values));
  const best = Math.max(0, ...expected);
  let perfect = 0;
  for (let i = 0; i < iterations; i++) {
    let m = 0;
    for (const values of net) if (values[i]! > m) m = values[i]!;
    perfect += m;
  }
  const evpi = Math.max(0, perfect / iterations - best);

  const byEstimate = estimates.map((e, k) => {
    const x = draws[k]!;
    const order = Uint32Array.from({ length: iterations }, (_, i) => i).sort((a, b) => x[a]! - x[b]! || a - b);
    let value = 0;
    for (let bin = 0; bin < bins; bin++) {
      const from = Math.floor((bin * iterations) / bins);
      const to = Math.floor(((bin + 1) * iterations) / bins);
      if (to <= from) continue;
      let m = 0;
      for (const values of net) m = Math.max(m, meanOf(values, order, from, to));
      value += (m * (to - from)) / iterations;
    }
    return { path: plan.estimates[e]!.path, evppi: Math.max(0, value - best) };
  });
  byEstimate.sort((a, b) => b.evppi - a.evppi || a.path.localeCompare(b.path));

  const expectedNet = idRecord(chosen.map((id, k) => [id, expected[k]!] as const));
  const top = expected.reduce((bestK, v, k) => (v > (bestK < 0 ? 0 : expected[bestK]!) ? k : bestK), -1);
  return { evpi, byEstimate, decision: top < 0 ? undefined : chosen[top], expectedNet, iterations };
}
