/**
 * The sections of a markdown report, in the order a report always lists them (whatever order they are asked in):
 * - `summary`: what the model holds and the headline numbers;
 * - `portfolio`: every service with its owner, consumers, lifecycle, TCO, ROI and expected loss;
 * - `showback`: each consumer's share of the running costs, with what no consumer is charged, reconciled to the total;
 * - `value-streams`: flow metrics of each value stream (lead, process and wait time, flow efficiency, %C&A, critical
 *   path, bottleneck) and its use of the value chain and the practices;
 * - `journeys`: each customer journey's satisfaction per stage and its worst touchpoints;
 * - `risks`: expected annual loss per risk, the most exposed elements, what the largest risks reach;
 * - `investments`: the value of each investment (intangible value apart), ROI, payback, and the best set under a budget;
 * - `simulation`: the Monte Carlo simulation and the value of information (only with the `simulation` option);
 * - `lint`: the ITIL health-check findings.
 */
export const REPORT_SECTIONS = ["summary", "portfolio", "showback", "value-streams", "journeys", "risks", "investments", "simulation", "lint"] as const;

/** A section of a markdown report (see {@link REPORT_SECTIONS}). */
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** The heading of each section (plain words, so that GitHub's anchors are the lower-case words joined by `-`). */
export const REPORT_SECTION_TITLES: Readonly<Record<ReportSection, string>> = {
  summary: "Summary",
  portfolio: "Service portfolio",
  showback: "Showback",
  "value-streams": "Value streams",
  journeys: "Customer journeys",
  risks: "Risks",
  investments: "Investments",
  simulation: "Simulation",
  lint: "Health checks",
};

/**
 * The anchor GitHub gives a section's heading (lower case, spaces to `-`).
 * @example sectionAnchor("value-streams") // "value-streams"
 */
export function sectionAnchor(section: ReportSection): string {
  return REPORT_SECTION_TITLES[section].toLowerCase().replace(/ /g, "-");
}
