import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { parseModel, type Model } from "../../src/index.js";

/** The examples folder. */
export const EXAMPLES_DIR = fileURLToPath(new URL("../../examples/", import.meta.url));

/** The YAML examples, by file name (`modern-workplace.yaml`, ...). */
export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith(".yaml"))
    .sort();
}

/** An example as text, as the raw document the YAML parser gives, and as a parsed model. */
export function loadExample(file: string): { text: string; input: Record<string, unknown>; model: Model } {
  const text = readFileSync(`${EXAMPLES_DIR}${file}`, "utf8");
  const input = parse(text) as Record<string, unknown>;
  return { text, input, model: parseModel(input) };
}
