import { ModelError } from "../model/errors.js";
import { closestMatch } from "../model/suggest.js";

/** The file formats a model can be read from and written to. */
export const MODEL_FORMATS = ["yaml", "json"] as const;

/** A model file format. */
export type ModelFormat = (typeof MODEL_FORMATS)[number];

const EXTENSIONS: Record<string, ModelFormat> = { yaml: "yaml", yml: "yaml", json: "json" };

/**
 * The format of a model file, from its extension (`.yaml`, `.yml`, `.json`, in any case). Anything else is a
 * `ModelError("invalid-argument")` whose suggestion is the file name with a known extension.
 * @example modelFormatOf("models/workplace.yml") // "yaml"
 */
export function modelFormatOf(fileName: string, caller = "modelFormatOf"): ModelFormat {
  const base = fileName.slice(Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
  const format = EXTENSIONS[extension];
  if (format) return format;
  const near = extension ? closestMatch(extension, Object.keys(EXTENSIONS)) : undefined;
  const suggestion = `${dot > 0 ? fileName.slice(0, fileName.length - extension.length - 1) : fileName}.${near ?? "yaml"}`;
  const message = `cannot tell the format of ${JSON.stringify(fileName)} from its extension: use .yaml, .yml or .json (did you mean "${suggestion}"?)`;
  throw new ModelError("invalid-argument", `${caller}: ${message}`, [{ path: "", code: "unknown-format", message, suggestion }]);
}

/**
 * Check a format given as an option; `undefined` when none was given.
 * @example checkFormat("json", "stringifyModel") // "json"
 */
export function checkFormat(format: unknown, caller: string): ModelFormat | undefined {
  if (format === undefined) return undefined;
  if (typeof format === "string" && (MODEL_FORMATS as readonly string[]).includes(format)) return format as ModelFormat;
  const near = typeof format === "string" ? (closestMatch(format, ["yaml", "yml", "json"]) ?? undefined) : undefined;
  const suggestion = near === "yml" ? "yaml" : near;
  const got = typeof format === "string" ? JSON.stringify(format.slice(0, 40)) : typeof format;
  const message = `format must be "yaml" or "json", got ${got}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`;
  throw new ModelError("invalid-argument", `${caller}: ${message}`, [
    { path: "format", code: "unknown-format", message, ...(suggestion ? { suggestion } : {}) },
  ]);
}
