/**
 * File helpers for Node.js (`servicevalue/node`): read and write model files.
 * @packageDocumentation
 */
export * from "./index.js";
