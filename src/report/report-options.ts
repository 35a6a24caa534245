import type { LintOptions } from "../flow/lint/lint-options.js";
import type { Model } from "../model/schema/model.js";
import { closestMatch } from "../model/suggest.js";
import { MAX_ITERATIONS } from "../risk/simulate.js";
import { invalidOption } from "./invalid-option.js";
import { checkReportDiagrams, type ReportDiagrams } from "./report-diagrams.js";
import { REPORT_SECTIONS, type ReportSection } from "./report-sections.js";

/** Options of `toMarkdownReport`. Every one is optional. */
export interface MarkdownReportOptions {
  /**
   * The sections to write (see `REPORT_SECTIONS`); they always appear in that order. Default: all of them, `simulation`
   * only when the `simulation` option is given.
   */
  sections?: readonly ReportSection[];
  /** Where the Mermaid diagrams come from (see {@link ReportDiagrams}); default: no diagrams. */
  diagrams?: ReportDiagrams;
  /**
   * Money available for investments, in the model's currency, compared with their undiscounted costs over the horizon
   * (as `selectPortfolio` does). Default: half the undiscounted cost of all the investments (as `servicevalue analyze`).
   */
  budget?: number;
  /**
   * The step limit of the portfolio search (`selectPortfolio`'s `maxSteps`): a whole number >= 1, or Infinity to always
   * search to the end. Default `DEFAULT_PORTFOLIO_STEPS`; a search it stops is reported as "not proven best".
   */
  maxSteps?: number;
  /** Run a seeded Monte Carlo simulation and the value of information (the `simulation` section). */
  simulation?: { iterations: number; seed?: number | string };
  /** Options of the health checks (`lintModel`): severities, rule options, own rules. */
  lint?: LintOptions;
  /**
   * How many rows the "largest" lists show (most exposed elements, worst touchpoints, largest risks, estimates worth
   * measuring) and how many business services get a dimensions diagram (the most expensive); default 10.
   */
  top?: number;
  /** The report's title; default the model's name. */
  title?: string;
  /** A date (or any text) the report is "as of", shown under the title; default none, so a report depends only on its model. */
  date?: string;
}

/** The options, checked, with their defaults. */
export interface ReportSettings {
  sections: ReadonlySet<ReportSection>;
  diagrams: ReportDiagrams | undefined;
  budget: number | undefined;
  maxSteps: number | undefined;
  simulation: { iterations: number; seed: number | string } | undefined;
  lint: LintOptions | undefined;
  top: number;
  title: string;
  date: string | undefined;
}

const KEYS = ["sections", "diagrams", "budget", "maxSteps", "simulation", "lint", "top", "title", "date"] as const;

/**
 * Check the options of `toMarkdownReport` and fill in the defaults. Throws `ModelError("invalid-argument")` whose
 * issue path names the option (`options.sections[1]`, `options.budget`), with a suggestion for a misspelt name.
 */
export function readReportOptions(fn: string, model: Model, options: unknown): ReportSettings {
  if (options === undefined) options = {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) invalidOption(fn, "options", "must be an object", options);
  const raw = options as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!(KEYS as readonly string[]).includes(key)) invalidOption(fn, `options.${key}`, `is not an option (options: ${KEYS.join(", ")})`, raw[key], closestMatch(key, KEYS));
  }
  const simulation = readSimulation(fn, raw.simulation);
  const { budget, maxSteps, top = 10, title = model.name, date, lint } = raw;
  if (maxSteps !== undefined && !((typeof maxSteps === "number" && Number.isInteger(maxSteps) && maxSteps >= 1) || maxSteps === Number.POSITIVE_INFINITY)) {
    invalidOption(fn, "options.maxSteps", "must be a whole number >= 1, or Infinity to search to the end", maxSteps);
  }
  if (budget !== undefined && !(typeof budget === "number" && Number.isFinite(budget) && budget >= 0)) {
    invalidOption(fn, "options.budget", "must be a finite number >= 0 (money, in the model's currency)", budget);
  }
  if (!(typeof top === "number" && Number.isInteger(top) && top >= 1)) invalidOption(fn, "options.top", "must be a whole number >= 1", top);
  if (typeof title !== "string" || title.trim() === "") invalidOption(fn, "options.title", "must be a non-blank string", title);
  if (date !== undefined && (typeof date !== "string" || date.trim() === "")) invalidOption(fn, "options.date", "must be a non-blank string", date);
  if (lint !== undefined && (lint === null || typeof lint !== "object" || Array.isArray(lint))) invalidOption(fn, "options.lint", "must be an object of lintModel options", lint);
  return {
    sections: readSections(fn, raw.sections, simulation !== undefined),
    diagrams: checkReportDiagrams(fn, model, raw.diagrams),
    budget: budget as number | undefined,
    maxSteps: maxSteps as number | undefined,
    simulation,
    lint: lint as LintOptions | undefined,
    top,
    title,
    date: date as string | undefined,
  };
}

function readSections(fn: string, sections: unknown, simulation: boolean): ReadonlySet<ReportSection> {
  if (sections === undefined) return new Set(REPORT_SECTIONS.filter((s) => s !== "simulation" || simulation));
  if (!Array.isArray(sections)) invalidOption(fn, "options.sections", `must be a list of sections (${REPORT_SECTIONS.join(", ")})`, sections);
  if (sections.length === 0) invalidOption(fn, "options.sections", `must name at least one section (${REPORT_SECTIONS.join(", ")})`, sections);
  const out = new Set<ReportSection>();
  sections.forEach((section: unknown, i) => {
    const path = `options.sections[${i}]`;
    if (!(REPORT_SECTIONS as readonly unknown[]).includes(section)) {
      const near = typeof section === "string" ? closestMatch(section, REPORT_SECTIONS) : undefined;
      invalidOption(fn, path, `is not a section (sections: ${REPORT_SECTIONS.join(", ")})`, section, near);
    }
    if (section === "simulation" && !simulation) invalidOption(fn, path, "needs options.simulation: { iterations, seed }", section);
    out.add(section as ReportSection);
  });
  return out;
}

function readSimulation(fn: string, simulation: unknown): ReportSettings["simulation"] {
  if (simulation === undefined) return undefined;
  if (simulation === null || typeof simulation !== "object" || Array.isArray(simulation)) {
    invalidOption(fn, "options.simulation", "must be an object such as { iterations: 10000, seed: 1 }", simulation);
  }
  const raw = simulation as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (key !== "iterations" && key !== "seed") invalidOption(fn, `options.simulation.${key}`, "is not an option (options: iterations, seed)", raw[key], closestMatch(key, ["iterations", "seed"]));
  }
  const { iterations, seed = 1 } = raw;
  if (!(typeof iterations === "number" && Number.isInteger(iterations) && iterations >= 1 && iterations <= MAX_ITERATIONS)) {
    invalidOption(fn, "options.simulation.iterations", `must be a whole number from 1 to 10,000,000`, iterations);
  }
  if (!(typeof seed === "string" || (typeof seed === "number" && Number.isFinite(seed)))) invalidOption(fn, "options.simulation.seed", "must be a finite number or a string", seed);
  return { iterations, seed };
}
