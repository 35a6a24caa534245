import type { Style } from "../style.js";
import type { AnalysisReport } from "./analysis-report.js";
import { formatPortfolioSection } from "./format-portfolio-section.js";
import { formatRiskSection } from "./format-risk-section.js";
import { formatRoiSection } from "./format-roi-section.js";
import { formatShowbackSection } from "./format-showback-section.js";
import { formatSimulationSection } from "./format-simulation-section.js";
import { formatTcoSection } from "./format-tco-section.js";
import { formatVoiSection } from "./format-voi-section.js";
import { formatNumber } from "../../report/format-values.js";

/**
 * The whole report of `servicevalue analyze` as lines of text: a header with the conventions, then TCO, showback,
 * ROI, value of investments, risk, portfolio and (with a simulation) the simulation, each a titled table.
 * @example for (const line of formatAnalysis(report, createStyle(false))) console.log(line);
 */
export function formatAnalysis(report: AnalysisReport, style: Style): string[] {
  const { currency, horizonYears, discountRate } = report.model;
  const rate = formatNumber(discountRate * 100, 6);
  const years = `${horizonYears} year${horizonYears === 1 ? "" : "s"} (year 0 to ${horizonYears - 1})`;
  const sections = [
    [
      `${style.bold(report.model.name)} (${report.file})`,
      `Money in ${currency}; ${years}; discount rate ${rate}% a year: a present value discounts year t by (1 + ${rate}%)^t (year 0 not at all).`,
    ],
    formatTcoSection(report.tco, currency, style),
    formatShowbackSection(report.showback, currency, style),
    formatRoiSection(report.roi, currency, style),
    formatVoiSection(report.voi.investments, currency, style),
    formatRiskSection(report.risk, currency, style),
    formatPortfolioSection(report.portfolio, currency, style),
    ...(report.simulation ? [formatSimulationSection(report.simulation, currency, style)] : []),
  ];
  return sections.flatMap((lines, i) => (i === 0 ? lines : ["", ...lines]));
}
