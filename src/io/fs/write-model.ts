import { chmod, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { ModelError, invalidArgument } from "../../model/errors.js";
import type { Model } from "../../model/schema/model.js";
import { checkFormat, modelFormatOf, type ModelFormat } from "../model-format-of.js";
import { writeModelText } from "../stringify-model.js";
import { ioError, ioProblem } from "./io-error.js";

/** Options of {@link writeModel}. */
export interface WriteModelOptions {
  /** `yaml` or `json`; by default, from the file's extension (`.yaml`, `.yml`, `.json`). */
  format?: ModelFormat;
  /** A JSON Schema URL for editors (see `stringifyModel`). */
  schemaUrl?: string;
}

let writes = 0;

/**
 * Write a model to a file as YAML or JSON (by extension), in the compact form of `stringifyModel`; `readModel` reads
 * it back to an equal model. The file is replaced in one step (written beside it, then renamed), so a failed write
 * never leaves half a model; a symbolic link is followed, and an existing file keeps its permissions.
 * @example await writeModel(model, "out/model.json", { schemaUrl: "./node_modules/servicevalue/schema/model.schema.json" });
 */
export async function writeModel(model: Model, path: string, options: WriteModelOptions = {}): Promise<void> {
  if (typeof path !== "string" || path === "") invalidArgument("writeModel", "path must be a non-empty string", path);
  if (options === null || typeof options !== "object") invalidArgument("writeModel", "options must be an object", options);
  const format = checkFormat(options.format, "writeModel") ?? modelFormatOf(path, "writeModel");
  const text = writeModelText("writeModel", model, { format, ...(options.schemaUrl !== undefined ? { schemaUrl: options.schemaUrl } : {}) });

  let target = path;
  let mode: number | undefined;
  try {
    const existing = await stat(path);
    if (existing.isDirectory()) throw ioProblem("writeModel", "write", path, "is-a-directory", "it is a directory");
    target = await realpath(path);
    mode = existing.mode & 0o7777;
  } catch (e) {
    if (e instanceof ModelError) throw e;
    if ((e as { code?: unknown }).code !== "ENOENT") throw ioError("writeModel", "write", path, e);
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${++writes}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: "utf8", flag: "wx" });
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, target);
  } catch (e) {
    await unlink(temporary).catch(() => undefined);
    throw ioError("writeModel", "write", path, e);
  }
}
