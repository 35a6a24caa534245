import { invalidArgument } from "../model/errors.js";
import { safeParseModel } from "../model/parse-model.js";
import type { Model } from "../model/schema/model.js";
import { locateIssues } from "./locate-issues.js";
import { checkFormat, modelFormatOf, type ModelFormat } from "./model-format-of.js";
import { parseJsonSource } from "./parse-json-source.js";
import { parseYamlSource } from "./parse-yaml-source.js";
import type { ParsedSource } from "./parsed-source.js";
import { locationOf, sourceError } from "./source-error.js";

/** Options of {@link parseModelText}. */
export interface ParseModelTextOptions {
  /** `yaml` or `json`; by default, from the extension of `fileName`. */
  format?: ModelFormat;
  /** The file the text came from: named in messages and in every issue's `location`. */
  fileName?: string;
}

/**
 * Read a model from YAML or JSON text: parse, validate and normalise it (see `parseModel`). Browser-safe.
 * Every failure is a `ModelError`: `syntax-error` for text that is not YAML/JSON, `invalid-model` for a model with
 * problems; each issue carries the `location` (file, line, column) of the node its path names.
 * @example
 * const model = parseModelText("name: Demo\nservices:\n  - id: mail\n    name: Mail\n", { format: "yaml" });
 * model.services[0].kind // "technical"
 */
export function parseModelText(text: string, options: ParseModelTextOptions): Model {
  return readModelText("parseModelText", text, options);
}

/** {@link parseModelText} with the name of the public function that called it (for messages). */
export function readModelText(caller: string, text: string, options: ParseModelTextOptions): Model {
  return readModelSource(caller, text, options).model;
}

/** A model read from text, with the parsed source and the text it came from (to locate paths in it later). */
export interface ModelSource {
  model: Model;
  source: ParsedSource;
  /** The text without its byte order mark. */
  body: string;
}

/** {@link readModelText}, keeping the parsed source for locating other paths (lint findings) without parsing again. */
export function readModelSource(caller: string, text: string, options: ParseModelTextOptions): ModelSource {
  if (typeof text !== "string") invalidArgument(caller, "text must be a string", text);
  if (options === null || typeof options !== "object") invalidArgument(caller, 'options must be an object such as { format: "yaml" }', options);
  const file = options.fileName;
  if (file !== undefined && typeof file !== "string") invalidArgument(caller, "fileName must be a string", file);
  const format = checkFormat(options.format, caller) ?? (file !== undefined ? modelFormatOf(file, caller) : undefined);
  if (!format) invalidArgument(caller, 'options need a format ("yaml" or "json") or a fileName with an extension', undefined);

  // NOTE: a byte order mark is not part of the text (editors hide it; JSON.parse refuses it).
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const source = format === "yaml" ? parseYamlSource(body, caller, file) : parseJsonSource(body, caller, file);
  if (source.empty) {
    const message = "the file is empty: a model needs at least a name";
    throw sourceError("invalid-model", caller, file, "is empty", [{ path: "", code: "empty-document", message, location: locationOf(file, { line: 1, column: 1 }) }]);
  }
  const result = safeParseModel(source.value);
  if (result.success) return { model: result.model, source, body };
  const issues = locateIssues(result.error.issues, source, body, file);
  const n = issues.length;
  throw sourceError("invalid-model", caller, file, `is not a valid model: ${n} problem${n === 1 ? "" : "s"}`, issues);
}
