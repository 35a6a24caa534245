// The worker thread of `simulateParallel`: builds the same plan as the main thread from the model it is given, then
// simulates the chunks it is sent, one message per chunk, and sends their results back (buffers transferred).
import { parentPort, workerData } from "node:worker_threads";
import { deepFreeze } from "../../model/deep-freeze.js";
import type { Model } from "../../model/schema/model.js";
import { simulateChunk } from "../../risk/simulate-chunk.js";
import { prepareSimulation, simulationStreams } from "../../risk/simulate.js";

interface WorkerInput {
  model: Model;
  iterations: number;
  seed: number | string;
  services: string[];
}

const input = workerData as WorkerInput;
// The model was parsed and checked by the main thread; a structured clone of it only needs freezing again.
const model = deepFreeze(input.model);
const { plan } = prepareSimulation(model, { iterations: input.iterations, seed: input.seed, services: input.services }, "simulateParallel");
const streams = simulationStreams(plan, input.seed);
const port = parentPort!;
port.on("message", (chunk: number) => {
  const r = simulateChunk(plan, streams.estimates, streams.events, chunk, input.iterations);
  port.postMessage(r, [r.serviceTco.buffer, r.serviceNet.buffer, r.investmentNet.buffer, r.riskLoss.buffer] as ArrayBuffer[]);
});
