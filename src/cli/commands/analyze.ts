import { availableParallelism } from "node:os";
import { readModel } from "../../io/fs/read-model.js";
import { ModelError, notFound } from "../../model/errors.js";
import { closestMatch } from "../../model/suggest.js";
import { analysisReport } from "../analyze/analysis-report.js";
import { DEFAULT_MAX_WORKERS, parseAnalyzeOptions } from "../analyze/analyze-options.js";
import { formatAnalysis } from "../analyze/format-analysis.js";
import { createProgressBar, type ProgressBar } from "../analyze/progress-bar.js";
import { EXIT } from "../cli-io.js";
import type { Command } from "../command.js";
import { printModelError } from "../print-model-error.js";
import { UsageError } from "../usage-error.js";

/** What `createAnalyzeCommand` lets tests replace: the clock and delay of the progress bar, the number of cores. */
export interface AnalyzeCommandOptions {
  /** Milliseconds; default `performance.now`. */
  now?: () => number;
  /** The progress bar appears once a simulation has run this long (milliseconds); default 1,000. */
  progressDelayMs?: number;
  /** Cores available (the default of --workers is this, at most 4); default `os.availableParallelism`. */
  cores?: () => number;
}

/**
 * `servicevalue analyze <file>` with its dependencies injectable (see {@link analyzeCommand}).
 * @example await run(["analyze", "m.yaml", "--iterations", "100000"], io, [createAnalyzeCommand({ now: fakeClock })]);
 */
export function createAnalyzeCommand(dependencies: AnalyzeCommandOptions = {}): Command {
  return {
    name: "analyze",
    summary: "compute TCO, showback, ROI, value, risk and the best investments",
    description:
      "Reads a YAML or JSON model and prints, as tables: the TCO of the top-level services (or of --service, with its\n" +
      "breakdowns), showback per consumer, ROI/NPV/IRR/payback, the value of each investment, expected annual losses and\n" +
      "exposure, and the best set of investments within --budget (by default half their total undiscounted cost).\n" +
      "With --iterations, also a seeded Monte Carlo simulation (percentiles, chance of a loss, loss exceedance) and the\n" +
      "value of information: which estimate to measure first. The result depends on the seed, never on --workers.\n" +
      "Money is in the model's currency; years count from 0; present values discount year t by (1 + rate)^t.\n" +
      "Exit codes: 0 done, 1 invalid model, 2 usage or file error (errors go to stderr, also with --json).",
    args: [{ name: "file", description: "the model: a .yaml, .yml or .json file" }],
    options: {
      json: { type: "boolean", description: "print every section as one JSON document (null where a number is not defined)" },
      service: { type: "string", valueName: "id", description: "the TCO breakdowns, showback, value balance and ROI of this service" },
      iterations: { type: "string", valueName: "n", description: "also run a Monte Carlo simulation of n iterations (1 to 10,000,000)" },
      seed: { type: "string", valueName: "s", description: "seed of the simulation, a whole number (default 1)" },
      workers: { type: "string", valueName: "n", description: "worker threads of the simulation (default: the cores, at most 4)" },
      budget: { type: "string", valueName: "amount", description: "money for investments (default: half their total undiscounted cost)" },
      year: { type: "string", valueName: "t", description: "compare the budget with the investments' costs in year t only" },
      "max-steps": { type: "string", valueName: "n|all", description: "step limit of the portfolio search (default 500,000; all: to the end)" },
    },
    examples: [
      "servicevalue analyze examples/modern-workplace.yaml",
      "servicevalue analyze examples/modern-workplace.yaml --budget 450000",
      "servicevalue analyze examples/hospital.yaml --service clinical-record",
      "servicevalue analyze examples/modern-workplace.yaml --iterations 100000 --seed 7 --json > analysis.json",
    ],
    async run({ positionals, values }, context) {
      const options = parseAnalyzeOptions(values);
      const file = positionals[0]!;
      try {
        const model = await readModel(file);
        if (options.service !== undefined && !model.services.some((s) => s.id === options.service)) {
          notFound("analyze", "service", options.service, closestMatch(options.service, model.services.map((s) => s.id)));
        }
        if (options.year !== undefined && options.year >= model.horizonYears) {
          const h = model.horizonYears;
          throw new UsageError(`--year must be a year of the model's horizon, 0 to ${h - 1} (${h} year${h === 1 ? "" : "s"}), got ${options.year}`, {
            command: "analyze",
          });
        }
        const workers = options.workers ?? Math.max(1, Math.min(DEFAULT_MAX_WORKERS, (dependencies.cores ?? availableParallelism)()));
        const io = context.io;
        let bar: ProgressBar | undefined;
        if (options.iterations !== undefined && !options.json && io.stderrIsTTY === true) {
          bar = createProgressBar(
            { write: io.stderr, isTTY: true },
            {
              label: "simulating",
              ...(dependencies.now ? { now: dependencies.now } : {}),
              ...(dependencies.progressDelayMs === undefined ? {} : { delayMs: dependencies.progressDelayMs }),
            },
          );
        }
        let report;
        try {
          report = await analysisReport(model, file, {
            ...(options.service === undefined ? {} : { service: options.service }),
            ...(options.budget === undefined ? {} : { budget: options.budget }),
            ...(options.year === undefined ? {} : { year: options.year }),
            ...(options.maxSteps === undefined ? {} : { maxSteps: options.maxSteps }),
            ...(options.iterations === undefined ? {} : { iterations: options.iterations }),
            seed: options.seed,
            workers,
            ...(bar ? { onProgress: bar.update, onValueOfInformation: () => bar.status("computing the value of information ...") } : {}),
          });
        } finally {
          bar?.finish();
        }
        if (options.json) context.out(JSON.stringify(report, null, 2));
        else for (const line of formatAnalysis(report, context.style)) context.out(line);
        return EXIT.ok;
      } catch (e) {
        if (!(e instanceof ModelError)) throw e;
        return printModelError(e, context, "servicevalue analyze");
      }
    },
  };
}

/**
 * `servicevalue analyze <file> [--json] [--service id] [--iterations n] [--seed s] [--workers n] [--budget amount]
 * [--year t]`: the numbers of a model as tables (or one JSON document), exit 0; 1 for an invalid model; 2 for a usage
 * or file error (an unknown service id comes with a suggestion). A simulation that runs longer than a second draws a
 * progress bar on stderr when stderr is a terminal (never with --json).
 */
export const analyzeCommand: Command = createAnalyzeCommand();
