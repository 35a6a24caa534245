import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import { parseModel, type Model } from "../../src/index.js";

/**
 * The bundled examples, read with paths from `__dirname` (tests/examples/load-example.ts builds its path from
 * `import.meta.url` with the global `URL`, which is jsdom's in these tests).
 */
export function example(name: "modern-workplace" | "hospital"): { input: Record<string, unknown>; model: Model } {
  const input = parse(readFileSync(resolve(__dirname, `../../examples/${name}.yaml`), "utf8")) as Record<string, unknown>;
  return { input, model: parseModel(input) };
}
