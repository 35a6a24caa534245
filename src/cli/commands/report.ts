import { readModel } from "../../io/fs/read-model.js";
import { ModelError } from "../../model/errors.js";
import { REPORT_SECTIONS } from "../../report/report-sections.js";
import { toMarkdownReport } from "../../report/to-markdown-report.js";
import { EXIT } from "../cli-io.js";
import type { Command } from "../command.js";
import { printModelError } from "../print-model-error.js";
import { modelDiagrams } from "../report/model-diagrams.js";
import { parseReportFlags } from "../report/parse-report-flags.js";
import { writeOutput } from "../write-output.js";

/**
 * `servicevalue report <file> [-o report.md] [--sections a,b] [--budget n] [--iterations n --seed s] [--top n]
 * [--date text] [--no-diagrams]`: the markdown report of a model (`toMarkdownReport`) with its Mermaid diagrams, to
 * stdout or to a file. Exit 0 when written; 1 for an invalid model; 2 for a usage or file error. The warnings of the
 * diagrams (a view aggregated to fit Mermaid's limits) go to stderr and into the report as notes.
 */
export const reportCommand: Command = {
  name: "report",
  summary: "write a markdown report of a model, with tables and Mermaid diagrams, to publish",
  description:
    "Reads a YAML or JSON model and writes a GitHub-flavoured markdown report: the summary with the headline numbers,\n" +
    "the service portfolio (owner, consumers, lifecycle, TCO, ROI, expected loss), showback per consumer reconciled to\n" +
    "the running costs, value streams with their flow metrics, customer journeys, risks, investments with the best set\n" +
    "within --budget (by default half their total undiscounted cost), and the health-check findings, with the Mermaid\n" +
    "diagrams of each (service map, cost flow, value streams, journeys, quadrants, ...) as ```mermaid blocks.\n" +
    `Sections, always in this order: ${REPORT_SECTIONS.join(", ")} (simulation only with --iterations).\n` +
    "The same model and flags give the same report, byte for byte.\n" +
    "Exit codes: 0 done, 1 invalid model, 2 usage or file error.",
  args: [{ name: "file", description: "the model: a .yaml, .yml or .json file" }],
  options: {
    out: { type: "string", short: "o", valueName: "file", description: "write the report to this file (default: stdout)" },
    sections: { type: "string", valueName: "a,b", description: `only these sections (${REPORT_SECTIONS.join(", ")})` },
    budget: { type: "string", valueName: "amount", description: "money for investments (default: half their total undiscounted cost)" },
    "max-steps": { type: "string", valueName: "n|all", description: "step limit of the portfolio search (default 500,000; all: to the end)" },
    iterations: { type: "string", valueName: "n", description: "add the simulation section: a Monte Carlo simulation of n iterations" },
    seed: { type: "string", valueName: "s", description: "seed of the simulation, a whole number (default 1)" },
    top: { type: "string", valueName: "n", description: "rows of the 'largest' lists: exposed elements, worst touchpoints (default 10)" },
    date: { type: "string", valueName: "text", description: "the date the report is as of, shown under the title (default: none)" },
    "no-diagrams": { type: "boolean", description: "leave out the Mermaid diagrams" },
  },
  examples: [
    "servicevalue report examples/modern-workplace.yaml -o report.md",
    "servicevalue report examples/hospital.yaml --sections summary,portfolio,showback",
    "servicevalue report examples/modern-workplace.yaml --budget 450000 --iterations 20000 --seed 7 -o report.md",
  ],
  async run({ positionals, values }, context) {
    const flags = parseReportFlags(values);
    const file = positionals[0]!;
    try {
      const model = await readModel(file);
      const warn = (warning: string) => context.err(`${context.style.yellow("warning")}: ${warning}`);
      const text = toMarkdownReport(model, { ...flags.options, ...(flags.diagrams ? { diagrams: modelDiagrams(model, warn) } : {}) });
      await writeOutput(context, text, flags.out, "report");
      return EXIT.ok;
    } catch (e) {
      if (!(e instanceof ModelError)) throw e;
      return printModelError(e, context, "servicevalue report");
    }
  },
};
