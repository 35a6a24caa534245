import { closestMatch } from "../../model/suggest.js";
import type { MarkdownReportOptions } from "../../report/report-options.js";
import { REPORT_SECTIONS, type ReportSection } from "../../report/report-sections.js";
import type { CommandInput } from "../command.js";
import { MAX_ITERATIONS } from "../../risk/simulate.js";
import { amountFlag, maxStepsFlag, wholeFlag } from "../number-flags.js";
import { UsageError } from "../usage-error.js";


/** The flags of `servicevalue report`, checked and converted to `toMarkdownReport` options. */
export interface ReportFlags {
  out: string | undefined;
  diagrams: boolean;
  options: Omit<MarkdownReportOptions, "diagrams">;
}

/**
 * Check and convert the flags of `servicevalue report`: --sections is a comma-separated list of `REPORT_SECTIONS`
 * (a misspelt one suggests the closest), --budget an amount >= 0, --iterations a whole number from 1 to 10,000,000,
 * --seed a whole number (only with --iterations), --top a whole number >= 1, --max-steps a whole number >= 1 or `all`. A bad value is a {@link UsageError} (exit 2).
 * @example parseReportFlags({ sections: "summary,risks" }).options.sections // ["summary", "risks"]
 */
export function parseReportFlags(values: CommandInput["values"]): ReportFlags {
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string).trim() : undefined);
  const whole = (name: string, min: number, max: number, what: string) => wholeFlag(values, name, min, max, what, "report");
  const iterations = whole("iterations", 1, MAX_ITERATIONS, "a whole number from 1 to 10,000,000");
  const seed = whole("seed", 0, Number.MAX_SAFE_INTEGER, "a whole number >= 0");
  const top = whole("top", 1, Number.MAX_SAFE_INTEGER, "a whole number >= 1");
  if (seed !== undefined && iterations === undefined) throw usage("--seed applies to the simulation: add --iterations <n>");
  const budget = amountFlag(values, "budget", "report");
  const maxSteps = maxStepsFlag(values, "report");
  const date = text("date");
  if (date === "") throw usage("--date needs a value, such as 2025-06-30");
  const out = typeof values.out === "string" ? values.out : undefined;
  if (out === "") throw usage("-o needs a file name");
  return {
    out,
    diagrams: values["no-diagrams"] !== true,
    options: {
      ...(values.sections === undefined ? {} : { sections: parseSections(String(values.sections), iterations !== undefined) }),
      ...(budget === undefined ? {} : { budget }),
      ...(maxSteps === undefined ? {} : { maxSteps }),
      ...(iterations === undefined ? {} : { simulation: { iterations, seed: seed ?? 1 } }),
      ...(top === undefined ? {} : { top }),
      ...(date === undefined ? {} : { date }),
    },
  };
}

function parseSections(raw: string, simulation: boolean): ReportSection[] {
  const names = raw.split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (names.length === 0) throw usage(`--sections needs a comma-separated list of sections: ${REPORT_SECTIONS.join(", ")}`);
  return names.map((name) => {
    if (!(REPORT_SECTIONS as readonly string[]).includes(name)) {
      const near = closestMatch(name, REPORT_SECTIONS);
      throw new UsageError(
        `unknown section ${JSON.stringify(name)}${near ? ` (did you mean "${near}"?)` : ""}; the sections are ${REPORT_SECTIONS.join(", ")}`,
        { command: "report", ...(near ? { suggestion: near } : {}) },
      );
    }
    if (name === "simulation" && !simulation) throw usage("the simulation section needs --iterations <n> (and --seed <s>)");
    return name as ReportSection;
  });
}

function usage(message: string): UsageError {
  return new UsageError(message, { command: "report" });
}
