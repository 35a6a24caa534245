import { propagateForwardInPlace } from "../graph/allocation-plan.js";
import type { Rng } from "../stats/create-rng.js";
import { poissonDraw } from "../stats/poisson.js";
import type { SimulationPlan } from "./simulation-plan.js";

/** Iterations per chunk. Chunk c always holds iterations [c x CHUNK_SIZE, ...), whatever the number of workers. */
export const CHUNK_SIZE = 256;

/** Most values of the services x iterations matrix held at once while allocating (2^21 doubles = 16 MB). */
const MAX_BLOCK_VALUES = 2 ** 21;

/** The outcomes of the iterations of one chunk, outcome-major (`values[o * length + b]`). */
export interface ChunkResult {
  chunk: number;
  length: number;
  /** Per reported service: TCO over the horizon (undiscounted) and net value (PV tangible benefits - PV full cost). */
  serviceTco: Float64Array;
  serviceNet: Float64Array;
  /** Per investment: net value (PV). */
  investmentNet: Float64Array;
  /** Per risk: simulated loss in one year (Poisson events, each with its own impact draw). */
  riskLoss: Float64Array;
  /** Per drawn estimate (plan.drawn order): its draws, kept only when asked (value of information). */
  draws?: Float64Array[];
}

/**
 * Run the iterations of chunk `chunk` (of `iterations` in all). Every draw comes from a stream named after the estimate
 * and the chunk (`root.fork(estimate.stream).fork(chunk)`), and each risk's events from `fork(risk + "/events")`, so a
 * chunk's outcome is the same whoever runs it and whatever else the model holds.
 */
export function simulateChunk(
  plan: SimulationPlan,
  streams: readonly Rng[],
  eventStreams: readonly Rng[],
  chunk: number,
  iterations: number,
  keepDraws = false,
): ChunkResult {
  const start = chunk * CHUNK_SIZE;
  const length = Math.min(CHUNK_SIZE, iterations - start);
  const { estimates, samplers, drawn, allocation } = plan;

  const scratch = workspaceOf(plan);
  // Draw: one value per drawn estimate per iteration; fixed estimates read as their value.
  const values: (Float64Array | number)[] = estimates.map((e) => e.estimate.mean);
  const draws: Float64Array[] = [];
  for (let k = 0; k < drawn.length; k++) {
    const e = drawn[k]!;
    const buffer = keepDraws ? new Float64Array(length) : scratch.draws[k]!.subarray(0, length);
    const out = samplers[e]!.fill(buffer, streams[k]!.fork(chunk));
    values[e] = out;
    draws.push(out);
  }
  const at = (e: number, b: number) => {
    const v = values[e]!;
    return typeof v === "number" ? v : v[b]!;
  };

  // Services: base costs (total and PV side by side), then allocation, a block of iterations at a time so that the
  // services x iterations matrix stays small on big models. Columns are independent: blocking changes no result.
  const n = allocation.serviceIds.length;
  const reported = plan.reportedServices;
  const serviceTco = new Float64Array(reported.length * length);
  const serviceNet = new Float64Array(reported.length * length);
  // Tangible benefits (PV) of the reported services.
  const benefits = new Float64Array(reported.length * length);
  reported.forEach((s, o) => benefits.fill(plan.benefitConstant[s]!, o * length, (o + 1) * length));
  for (const term of reported.length > 0 ? plan.benefitTerms : []) {
    const o = scratch.reportedPosition[term.service]!;
    if (o < 0) continue;
    for (let b = 0; b < length; b++) benefits[o * length + b]! += term.coefficient * at(term.estimate, b);
  }
  const block = scratch.block;
  // Nothing to allocate when no service is reported (value of information needs investments only).
  for (let first = 0; reported.length > 0 && first < length; first += block) {
    const width = Math.min(block, length - first);
    const k2 = 2 * width;
    const base = scratch.base.subarray(0, n * k2);
    for (let s = 0; s < n; s++) {
      base.fill(plan.baseTotal[s]!, s * k2, s * k2 + width);
      base.fill(plan.basePresentValue[s]!, s * k2 + width, (s + 1) * k2);
    }
    for (let k = 0; k < drawn.length; k++) {
      const d = draws[k]!;
      for (let f = plan.feedStart[k]!; f < plan.feedStart[k + 1]!; f++) {
        const row = plan.feedService[f]! * k2;
        const total = plan.feedTotal[f]!;
        const presentValue = plan.feedPresentValue[f]!;
        for (let b = 0; b < width; b++) {
          const x = d[first + b]!;
          base[row + b]! += total * x;
          base[row + width + b]! += presentValue * x;
        }
      }
    }
    const full = propagateForwardInPlace(allocation, base, k2);
    reported.forEach((s, o) => {
      for (let b = 0; b < width; b++) {
        serviceTco[o * length + first + b] = full[s * k2 + b]!;
        serviceNet[o * length + first + b] = benefits[o * length + first + b]! - full[s * k2 + width + b]!;
      }
    });
  }

  // Investments: net value is linear in the draws, plus frequency x impact for each risk reduction.
  const investmentNet = new Float64Array(plan.investmentIds.length * length);
  plan.investmentIds.forEach((_, i) => investmentNet.fill(plan.investmentConstant[i]!, i * length, (i + 1) * length));
  for (const term of plan.investmentLinear) {
    for (let b = 0; b < length; b++) investmentNet[term.investment * length + b]! += term.coefficient * at(term.estimate, b);
  }
  for (const term of plan.investmentProducts) {
    for (let b = 0; b < length; b++) {
      investmentNet[term.investment * length + b]! += term.coefficient * Math.max(0, at(term.frequency, b)) * at(term.impact, b);
    }
  }

  // Risks: a simulated year per iteration, N ~ Poisson(drawn frequency) events with independent impacts.
  const riskLoss = new Float64Array(plan.riskIds.length * length);
  for (let r = 0; r < plan.riskIds.length; r++) {
    const rng = eventStreams[r]!.fork(chunk);
    const impact = samplers[plan.riskImpact[r]!]!;
    for (let b = 0; b < length; b++) {
      const events = poissonDraw(at(plan.riskFrequency[r]!, b), rng);
      let loss = 0;
      for (let k = 0; k < events; k++) loss += impact.sample(rng);
      riskLoss[r * length + b] = loss;
    }
  }
  return { chunk, length, serviceTco, serviceNet, investmentNet, riskLoss, ...(keepDraws ? { draws } : {}) };
}

/** Buffers reused from chunk to chunk of one simulation (a plan is never shared between threads). */
interface Workspace {
  block: number;
  base: Float64Array;
  draws: Float64Array[];
  /** Position of each service among the reported ones, -1 when not reported. */
  reportedPosition: Int32Array;
}

const workspaces = new WeakMap<SimulationPlan, Workspace>();

function workspaceOf(plan: SimulationPlan): Workspace {
  let w = workspaces.get(plan);
  if (!w) {
    const n = plan.allocation.serviceIds.length;
    const block = Math.max(8, Math.min(CHUNK_SIZE, Math.floor(MAX_BLOCK_VALUES / Math.max(1, 2 * n))));
    const reportedPosition = new Int32Array(n).fill(-1);
    plan.reportedServices.forEach((s, o) => (reportedPosition[s] = o));
    w = {
      block,
      base: new Float64Array(n * 2 * block),
      draws: Array.from(plan.drawn, () => new Float64Array(CHUNK_SIZE)),
      reportedPosition,
    };
    workspaces.set(plan, w);
  }
  return w;
}
