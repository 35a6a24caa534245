/**
 * Write the markdown report of every example, with its Mermaid diagrams, to examples/<example>-report.md: exactly what
 * `servicevalue report examples/<example>.yaml` prints. Run: `npx tsx scripts/build-reports.ts` (npm run reports);
 * with `--check`, exit 1 when a committed report is stale (or missing) instead of writing.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { run } from "../src/cli/run.js";

const EXAMPLES = fileURLToPath(new URL("../examples/", import.meta.url));

/** One example's report: where it goes and its text. */
export interface ExampleReport {
  /** `modern-workplace` */
  example: string;
  /** Absolute path of examples/<example>-report.md. */
  file: string;
  text: string;
  /** What the report command said on stderr (the diagrams' warnings). */
  warnings: string;
}

/** The report of every YAML example in `dir`, sorted by name, as `servicevalue report` prints it. */
export async function exampleReports(dir = EXAMPLES): Promise<ExampleReport[]> {
  const out: ExampleReport[] = [];
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const example = name.replace(/\.ya?ml$/, "");
    let text = "";
    let warnings = "";
    const code = await run(["report", join(dir, name)], { stdout: (t) => void (text += t), stderr: (t) => void (warnings += t) });
    if (code !== 0) throw new Error(`servicevalue report ${name} exited with ${code}:\n${warnings}`);
    out.push({ example, file: join(dir, `${example}-report.md`), text, warnings });
  }
  return out;
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  for (const report of await exampleReports()) {
    if (report.warnings !== "") process.stderr.write(report.warnings);
    if (check) {
      let current = "";
      try {
        current = readFileSync(report.file, "utf8");
      } catch {
        // A missing report is stale.
      }
      if (current !== report.text) {
        process.stderr.write(`${report.file} is stale: run npx tsx scripts/build-reports.ts\n`);
        process.exitCode = 1;
      }
    } else {
      writeFileSync(report.file, report.text);
      process.stdout.write(`wrote ${report.file} (${report.text.length} characters)\n`);
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
