import { lintModel } from "../../flow/lint/lint-model.js";
import { readModelFile } from "../../io/fs/read-model.js";
import { ModelError } from "../../model/errors.js";
import { EXIT } from "../cli-io.js";
import type { Command } from "../command.js";
import { formatLintReport, lintVerdict } from "../lint/format-lint-report.js";
import { locateFindings } from "../lint/locate-findings.js";
import { parseLintFlags } from "../lint/parse-lint-flags.js";
import { exitCodeOf, headline } from "../print-model-error.js";

/**
 * `servicevalue lint <file> [--json] [--max-warnings n] [--rule name=level,...]`: run the ITIL health checks and print
 * the findings grouped by severity. Exit 0 when the model passes, 1 when it has errors or more warnings than
 * `--max-warnings` (or is not a valid model), 2 on a usage or file error: usable as a CI step.
 */
export const lintCommand: Command = {
  name: "lint",
  summary: "check a model against ITIL health rules (exit 1 on errors: for CI)",
  description:
    "Reads a YAML or JSON model and runs the health checks (docs/lint.md): business services with no owner, customer or\n" +
    "sponsor, agreements with no customer outcome, technical services no product uses, live services on retired ones,\n" +
    "value streams that never engage the customer, unallocated costs, large risks nobody treats, unhappy journey stages...\n" +
    "The model's lint: block sets each rule's level (off, info, warning, error) and options; --rule overrides it.\n" +
    "Exit codes: 0 passed, 1 errors or more warnings than --max-warnings (or an invalid model), 2 usage or file error.",
  args: [{ name: "file", description: "the model: a .yaml, .yml or .json file" }],
  options: {
    json: { type: "boolean", description: "print { file, passed, counts, maxWarnings, findings } as JSON" },
    "max-warnings": { type: "string", valueName: "n", description: "fail (exit 1) with more than n warnings (default: no limit)" },
    rule: {
      type: "string",
      multiple: true,
      valueName: "name=level,...",
      description: "set rules' levels (error, warning, info, off); comma-separated, or give --rule several times",
    },
  },
  examples: [
    "servicevalue lint examples/modern-workplace.yaml",
    "servicevalue lint model.yaml --max-warnings 0",
    "servicevalue lint model.yaml --rule step-without-practice=off,business-service-without-owner=error",
    "servicevalue lint model.yaml --json > lint.json",
  ],
  async run(input, context) {
    const flags = parseLintFlags(input);
    const file = input.positionals[0]!;
    const { out } = context;
    let findings;
    let read;
    try {
      read = await readModelFile(file);
      findings = lintModel(read.model, { severity: flags.severity });
    } catch (e) {
      if (!(e instanceof ModelError) || !flags.json) throw e;
      // With --json, stdout stays one JSON document, also when the model cannot be read.
      out(JSON.stringify({ file, passed: false, error: { code: e.code, message: headline(e) }, issues: e.issues }, null, 2));
      return exitCodeOf(e);
    }
    const located = locateFindings(file, read, findings);
    const verdict = lintVerdict(located, flags.maxWarnings);
    if (flags.json) {
      out(JSON.stringify({ file, passed: verdict.passed, counts: verdict.counts, maxWarnings: flags.maxWarnings ?? null, findings: located }, null, 2));
    } else {
      for (const line of formatLintReport(file, located, verdict, flags.maxWarnings, context.style)) out(line);
    }
    return verdict.passed ? EXIT.ok : EXIT.invalid;
  },
};
