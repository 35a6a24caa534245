/**
 * File helpers for Node.js (`servicevalue/node`): everything of `servicevalue`, plus reading and writing model files.
 * @packageDocumentation
 */
export * from "./index.js";
export { readModel, MAX_MODEL_FILE_BYTES } from "./io/fs/read-model.js";
export type { ReadModelOptions } from "./io/fs/read-model.js";
export { writeModel } from "./io/fs/write-model.js";
export type { WriteModelOptions } from "./io/fs/write-model.js";
export { simulateParallel } from "./io/workers/simulate-parallel.js";
