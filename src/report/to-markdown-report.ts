import { assertParsedModel } from "../model/assert-parsed-model.js";
import type { Model } from "../model/schema/model.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { formatCount, formatPercent } from "./format-values.js";
import { createReportContext, type ReportContext } from "./report-context.js";
import { readReportOptions, type MarkdownReportOptions } from "./report-options.js";
import { REPORT_SECTIONS, type ReportSection } from "./report-sections.js";
import { investmentsSection } from "./sections/investments-section.js";
import { journeysSection } from "./sections/journeys-section.js";
import { lintSection } from "./sections/lint-section.js";
import { portfolioSection } from "./sections/portfolio-section.js";
import { risksSection } from "./sections/risks-section.js";
import { showbackSection } from "./sections/showback-section.js";
import { simulationSection } from "./sections/simulation-section.js";
import { summarySection } from "./sections/summary-section.js";
import { valueStreamsSection } from "./sections/value-streams-section.js";

const FN = "toMarkdownReport";

const WRITERS: Readonly<Record<ReportSection, (context: ReportContext) => string[]>> = {
  summary: summarySection,
  portfolio: portfolioSection,
  showback: showbackSection,
  "value-streams": valueStreamsSection,
  journeys: journeysSection,
  risks: risksSection,
  investments: investmentsSection,
  simulation: simulationSection,
  lint: lintSection,
};

/**
 * A report of a model that an architect can publish, as GitHub-flavoured markdown: a title, then the sections of
 * `REPORT_SECTIONS` in that order (all by default; `options.sections` picks some): the summary with the headline
 * numbers, the service portfolio (owner, consumers, lifecycle, TCO, ROI, expected loss), showback per consumer
 * reconciled to the running costs, value streams with their flow metrics, customer journeys, risks, investments with
 * the best set under a budget, the simulation (with `options.simulation` only) and the health-check findings.
 *
 * Every number comes from the library's own functions (`allocateCosts`, `costPerConsumer`, `returnOnInvestment`,
 * `rankInvestments`, `selectPortfolio`, `riskExposure`, `flowMetrics`, `journeySummary`, `lintModel`, ...): money in
 * whole units of the model's currency with thousands separators (the currency in the column titles), rates as
 * percentages, "n/a" where a number is not defined. Every user string is escaped (`escapeMarkdown`): a pipe, a line
 * break, a backtick or `<script>` in a name shows as text and never breaks a table; long names are kept in full.
 *
 * Diagrams: the report does not draw them (the Mermaid views sit on its own layer); it asks `options.diagrams` for each
 * one it would show, where it would show it (see `ReportDiagramRequest`), and puts the text in a ```` ```mermaid ````
 * block. The same model and options give the same text, byte for byte; the report holds no date unless `options.date`
 * gives one.
 *
 * Throws `ModelError("invalid-argument")` for a model that is not parsed or a bad option (its path, such as
 * `options.sections[0]`, with the closest section name as a suggestion).
 * @example
 * const md = toMarkdownReport(model, {
 *   sections: ["summary", "portfolio", "showback"],
 *   diagrams: (r) => toMermaidView(model, r.view, { ...r.options, ...(r.id ? { id: r.id } : {}) }),
 * });
 * @example toMarkdownReport(parseModel({ name: "Empty" })) // "# Empty\n\n...## Summary\n\nThe model holds 0 stakeholders, ..."
 */
export function toMarkdownReport(model: Model, options?: MarkdownReportOptions): string {
  assertParsedModel(FN, model);
  const settings = readReportOptions(FN, model, options);
  const context = createReportContext(FN, model, settings);
  const lines = [`# ${escapeMarkdown(settings.title)}`, ""];
  if (model.description !== undefined && model.description.trim() !== "") lines.push(escapeMarkdown(model.description.trim()), "");
  if (settings.date !== undefined) lines.push(`As of ${escapeMarkdown(settings.date)}.`, "");
  const last = model.horizonYears - 1;
  lines.push(
    `Money in ${model.currency}, over a horizon of ${formatCount(model.horizonYears, "year")} (year 0${last > 0 ? ` to ${last}` : ""}); ` +
      `present values (PV) discount year t at ${formatPercent(model.discountRate)} a year, by (1 + rate)^t.`,
    "",
  );
  for (const section of REPORT_SECTIONS) if (settings.sections.has(section)) lines.push(...WRITERS[section](context));
  // One blank line between blocks (a diagram's own text, one element of `lines`, is kept as it is).
  const text = lines.filter((line, i) => line !== "" || (i > 0 && lines[i - 1] !== "")).join("\n");
  return `${text.trimEnd()}\n`;
}

