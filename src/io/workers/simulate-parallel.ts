import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { invalidArgument } from "../../model/errors.js";
import type { Model } from "../../model/schema/model.js";
import { CHUNK_SIZE, type ChunkResult } from "../../risk/simulate-chunk.js";
import {
  createCollector,
  prepareSimulation,
  runSimulation,
  type JobSummary,
  type SimulateOptions,
  type SimulationResult,
} from "../../risk/simulate.js";

/** The most worker threads `simulateParallel` starts. */
export const MAX_WORKERS = 256;

/**
 * `simulate` on several worker threads (Node.js): the same options and the very same result, since every chunk of
 * 256 iterations draws from streams named after its estimates and its index, whoever computes it. `workers` defaults
 * to the number of cores; 1 runs in this thread.
 * @example const r = await simulateParallel(model, { iterations: 100_000, seed: 1, workers: 2 });
 */
export async function simulateParallel(model: Model, options: SimulateOptions): Promise<SimulationResult> {
  const fn = "simulateParallel";
  const { workers = availableParallelism(), ...rest } = options ?? ({} as SimulateOptions);
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) invalidArgument(fn, `workers must be a whole number from 1 to ${MAX_WORKERS}`, workers);
  const prepared = prepareSimulation(model, rest, fn);
  const { plan, iterations, seed, omitted } = prepared;
  const chunks = Math.ceil(iterations / CHUNK_SIZE);
  const count = Math.min(workers, chunks);
  if (count <= 1) return runSimulation(prepared, rest.onProgress);

  const collector = createCollector(plan, iterations);
  const source = import.meta.url;
  // NOTE: from the TypeScript sources (tests), the worker is a .ts file: it starts by registering the tsx loader
  // (a dev dependency). From dist it is plain .js.
  const fromSource = source.endsWith(".ts");
  const script = new URL(fromSource ? "./simulate-worker.ts" : "./simulate-worker.js", source);
  // The plan, not the model: workers need not parse or plan again. Samplers are functions: workers rebuild them.
  const { samplers: _samplers, ...transferable } = plan;
  const workerData = { plan: transferable, iterations, seed };
  const pool = Array.from({ length: count }, () =>
    fromSource
      ? new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`, {
          eval: true,
          workerData,
        })
      : new Worker(script, { workerData }),
  );
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      for (const worker of pool) {
        const onChunk = (result: ChunkResult) => {
          collector.add(result);
          done += result.length;
          rest.onProgress?.(done, iterations);
          if (next < chunks) worker.postMessage(next++);
          else if (done === iterations) resolve();
        };
        worker.on("message", onChunk);
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (done < iterations) reject(new Error(`${fn}: a worker thread stopped (exit code ${code}) before the simulation ended`));
        });
        if (next < chunks) worker.postMessage(next++);
      }
    });
    // The summaries (percentiles of every outcome) are shared out too: jobs go to the workers in turn, their draws
    // transferred, and come back as summaries in order.
    for (const worker of pool) worker.removeAllListeners("message");
    const jobs = collector.jobs();
    const shares = pool.map((_, w) => jobs.filter((_, j) => j % pool.length === w));
    const summaries = await Promise.all(
      pool.map(
        (worker, w) =>
          new Promise<JobSummary[]>((resolve, reject) => {
            worker.once("message", resolve);
            worker.once("error", reject);
            const share = shares[w]!;
            worker.postMessage(share, share.map((job) => job.values.buffer as ArrayBuffer));
          }),
      ),
    );
    const ordered = jobs.map((_, j) => summaries[j % pool.length]![Math.floor(j / pool.length)]!);
    return collector.assemble(ordered, seed, omitted);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
