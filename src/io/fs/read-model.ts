import { open, type FileHandle } from "node:fs/promises";
import { ModelError, invalidArgument } from "../../model/errors.js";
import type { Model } from "../../model/schema/model.js";
import { decodeText } from "../decode-text.js";
import { checkFormat, modelFormatOf, type ModelFormat } from "../model-format-of.js";
import { readModelSource, type ModelSource } from "../parse-model-text.js";
import { ioError, ioProblem } from "./io-error.js";

/** Largest model file read, in bytes (the 10,000-service benchmark model is about 7 MB of JSON). */
export const MAX_MODEL_FILE_BYTES = 128 * 1024 * 1024;

/** Options of {@link readModel}. */
export interface ReadModelOptions {
  /** `yaml` or `json`; by default, from the file's extension (`.yaml`, `.yml`, `.json`). */
  format?: ModelFormat;
}

/**
 * Read, validate and normalise a model file (YAML or JSON, by extension). Every failure is a `ModelError`:
 * `io-error` (no such file, a directory, permission denied), `syntax-error` (not text, not YAML/JSON) or
 * `invalid-model`, each issue with its `location` (file, line, column).
 * @example const model = await readModel("examples/modern-workplace.yaml");
 */
export async function readModel(path: string, options: ReadModelOptions = {}): Promise<Model> {
  return (await readModelFile(path, options)).model;
}

/** {@link readModel}, keeping the parsed source for locating other paths in the file (lint findings) without reading it again. */
export async function readModelFile(path: string, options: ReadModelOptions = {}): Promise<ModelSource> {
  if (typeof path !== "string" || path === "") invalidArgument("readModel", "path must be a non-empty string", path);
  if (options === null || typeof options !== "object") invalidArgument("readModel", "options must be an object", options);
  const format = checkFormat(options.format, "readModel") ?? modelFormatOf(path, "readModel");
  let handle: FileHandle | undefined;
  let bytes: Uint8Array;
  try {
    handle = await open(path, "r");
    const stat = await handle.stat();
    if (stat.isDirectory()) throw ioProblem("readModel", "read", path, "is-a-directory", "it is a directory");
    if (stat.size > MAX_MODEL_FILE_BYTES) {
      throw ioProblem("readModel", "read", path, "too-large", `the file is ${stat.size} bytes; at most ${MAX_MODEL_FILE_BYTES} are read`);
    }
    bytes = await handle.readFile();
  } catch (e) {
    throw e instanceof ModelError ? e : ioError("readModel", "read", path, e);
  } finally {
    await handle?.close().catch(() => undefined);
  }
  return readModelSource("readModel", decodeText(bytes, "readModel", path), { format, fileName: path });
}
