// The worker thread of `simulateParallel`: receives the simulation plan the main thread built (everything but the
// samplers, which are functions and are rebuilt here from the estimates), simulates the chunks it is sent, one message
// per chunk, and sends their results back (buffers transferred); at the end it summarises its share of the outcomes.
import { parentPort, workerData } from "node:worker_threads";
import { samplerOf } from "../../risk/model-estimates.js";
import { simulateChunk } from "../../risk/simulate-chunk.js";
import { simulationStreams, summariseJob, type SummaryJob } from "../../risk/simulate.js";
import type { SimulationPlan } from "../../risk/simulation-plan.js";

interface WorkerInput {
  plan: Omit<SimulationPlan, "samplers">;
  iterations: number;
  seed: number | string;
}

const input = workerData as WorkerInput;
const plan: SimulationPlan = { ...input.plan, samplers: input.plan.estimates.map((e) => samplerOf(e.estimate)) };
const streams = simulationStreams(plan, input.seed);
const port = parentPort!;
// A number asks for a chunk; a list of jobs, at the end, for their summaries (in the same order).
port.on("message", (message: number | SummaryJob[]) => {
  if (typeof message === "number") {
    const r = simulateChunk(plan, streams.estimates, streams.events, message, input.iterations);
    port.postMessage(r, [r.serviceTco.buffer, r.serviceNet.buffer, r.investmentNet.buffer, r.riskLoss.buffer] as ArrayBuffer[]);
  } else {
    port.postMessage(message.map(summariseJob));
  }
});
