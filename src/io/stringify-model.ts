import { Document, Scalar, visit } from "yaml";
import { ModelError, invalidArgument } from "../model/errors.js";
import { safeParseModel } from "../model/parse-model.js";
import type { Model } from "../model/schema/model.js";
import { toModelInput } from "../model/to-model-input.js";
import { checkFormat, type ModelFormat } from "./model-format-of.js";

/** Options of {@link stringifyModel}. */
export interface StringifyModelOptions {
  /** `yaml` (default) or `json`. */
  format?: ModelFormat;
  /**
   * A JSON Schema for editors: YAML gets a first line `# yaml-language-server: $schema=<url>`, JSON a `$schema` key.
   * @example "./node_modules/servicevalue/schema/model.schema.json"
   */
  schemaUrl?: string;
}

/**
 * Write a model as YAML or JSON text, in the compact form a person writes (`toModelInput`): defaults and empty lists
 * left out, keys in schema order. YAML lines are never folded, and strings that a YAML 1.1 or 1.2 reader could take
 * for something else (`yes`, `2024-01-01`, `0x10`, `~`, `- x`) are quoted; JSON is indented by 2 spaces.
 * Both end with a newline, and `parseModelText` reads them back to an equal model.
 * @example stringifyModel(parseModel({ name: "Demo" }), { format: "json" }) // '{\n  "name": "Demo"\n}\n'
 */
export function stringifyModel(model: Model, options: StringifyModelOptions = {}): string {
  return writeModelText("stringifyModel", model, options);
}

/** {@link stringifyModel} with the name of the public function that called it (for messages). */
export function writeModelText(caller: string, model: Model, options: StringifyModelOptions): string {
  if (model === null || typeof model !== "object" || Array.isArray(model) || typeof (model as { name?: unknown }).name !== "string") {
    invalidArgument(caller, "model must be a model returned by parseModel", model);
  }
  if (options === null || typeof options !== "object") invalidArgument(caller, 'options must be an object such as { format: "yaml" }', options);
  const format = checkFormat(options.format, caller) ?? "yaml";
  const schemaUrl = options.schemaUrl;
  if (schemaUrl !== undefined && (typeof schemaUrl !== "string" || schemaUrl.trim() === "" || /[\r\n]/.test(schemaUrl))) {
    invalidArgument(caller, "schemaUrl must be a one-line, non-empty string", schemaUrl);
  }
  // Models from parseModel and the edit functions are frozen; anything else was built by hand: check it first.
  let checked = model;
  if (!Object.isFrozen(model)) {
    const parsed = safeParseModel(model);
    if (!parsed.success) {
      throw new ModelError("invalid-argument", `${caller}: model is not a valid model (check it with parseModel first)`, parsed.error.issues);
    }
    checked = parsed.model;
  }
  let input: Record<string, unknown>;
  try {
    input = toModelInput(checked) as Record<string, unknown>;
  } catch (e) {
    // A hand-built object that only looks like a model: say so instead of letting a TypeError out.
    if (e instanceof ModelError) throw e;
    return invalidArgument(caller, "model must be a model returned by parseModel (it has an unexpected shape)", model);
  }
  if (format === "json") {
    const doc = schemaUrl === undefined ? input : { $schema: schemaUrl, ...withoutSchema(input) };
    return `${JSON.stringify(doc, null, 2)}\n`;
  }
  // NOTE: aliasDuplicateObjects off: a repeated object is written out again, never as an anchor and alias.
  const doc = new Document(input, { aliasDuplicateObjects: false, compat: "yaml-1.1" });
  visit(doc, {
    Scalar(_, node) {
      // A line ending in spaces inside a block scalar (`|`) is lost to editors that trim lines, and the yaml package
      // writes a text of blank lines as a block that reads back without its spaces: quote such text instead.
      if (typeof node.value === "string" && node.value.includes("\n") && /[ \t](\r?\n|$)/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  const text = doc.toString({ lineWidth: 0, minContentWidth: 0 });
  return schemaUrl === undefined ? text : `# yaml-language-server: $schema=${schemaUrl}\n${text}`;
}

function withoutSchema(input: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = input;
  return rest;
}
