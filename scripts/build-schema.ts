/**
 * Write the model's JSON Schema to schema/model.schema.json (shipped in the package as `servicevalue/schema.json`).
 * Run: `npx tsx scripts/build-schema.ts`; with `--check`, exit 1 when the committed file is stale instead of writing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { modelJsonSchema } from "../src/model/json-schema.js";

const file = fileURLToPath(new URL("../schema/model.schema.json", import.meta.url));
const text = `${JSON.stringify(modelJsonSchema(), null, 2)}\n`;

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {
    // A missing file is stale.
  }
  if (current !== text) {
    process.stderr.write("schema/model.schema.json is stale: run npx tsx scripts/build-schema.ts\n");
    process.exitCode = 1;
  }
} else {
  writeFileSync(file, text);
  process.stdout.write(`wrote ${file} (${text.length} bytes)\n`);
}
