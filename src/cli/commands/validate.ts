import { readModel } from "../../io/fs/read-model.js";
import { ModelError } from "../../model/errors.js";
import { EXIT } from "../cli-io.js";
import type { Command } from "../command.js";
import { formatModelSummary, modelSummary } from "../model-summary.js";
import { exitCodeOf, formatIssueLine, headline, printModelError } from "../print-model-error.js";

/**
 * `servicevalue validate <file> [--json]`: exit 0 and a summary of a valid model; exit 1 and every issue as
 * `file:line:column path: message` (on stdout, the command's result) for an invalid one; exit 2 when the file
 * cannot be read. With `--json`: `{ valid, file, issues, summary? , error? }` on stdout.
 */
export const validateCommand: Command = {
  name: "validate",
  summary: "check a model file and summarise what it holds",
  description:
    "Reads a YAML or JSON model, checks its shape and its references, and prints what it holds.\n" +
    "A problem is printed as file:line:column path: message.",
  args: [{ name: "file", description: "the model: a .yaml, .yml or .json file" }],
  options: { json: { type: "boolean", description: "print the result as JSON: { valid, file, issues, summary }" } },
  examples: ["servicevalue validate examples/modern-workplace.yaml", "servicevalue validate model.json --json"],
  async run({ positionals, values }, context) {
    const file = positionals[0]!;
    const json = values.json === true;
    const { out, style } = context;
    try {
      const model = await readModel(file);
      const summary = modelSummary(model);
      if (json) out(JSON.stringify({ valid: true, file, issues: [], summary }, null, 2));
      else {
        out(`${style.green("valid:")} ${file}`);
        for (const line of formatModelSummary(summary)) out(`  ${line}`);
      }
      return EXIT.ok;
    } catch (e) {
      if (!(e instanceof ModelError)) throw e;
      const code = exitCodeOf(e);
      const invalid = code === EXIT.invalid;
      if (json) {
        out(JSON.stringify({ valid: false, file, error: { code: e.code, message: headline(e) }, issues: e.issues }, null, 2));
        return code;
      }
      if (!invalid) {
        printModelError(e, context, "servicevalue validate");
        return code;
      }
      for (const issue of e.issues) out(formatIssueLine(issue, file));
      out(`${style.red("invalid:")} ${headline(e)}`);
      return code;
    }
  },
};
