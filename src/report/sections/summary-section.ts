import { findingCounts } from "./lint-section.js";
import { sum } from "../../stats/sum.js";
import { escapeMarkdown } from "../escape-markdown.js";
import { formatCount, formatMoney, formatPercent, groupDigits } from "../format-values.js";
import type { ReportContext } from "../report-context.js";
import { REPORT_SECTIONS, REPORT_SECTION_TITLES, sectionAnchor } from "../report-sections.js";

/**
 * The summary: what the model holds, then the headline numbers: the running costs over the horizon, the most
 * expensive top-level service, the best investment by net value, the largest risk, and the health-check counts;
 * then links to the other sections.
 */
export function summarySection(context: ReportContext): string[] {
  const { model, settings, name } = context;
  const currency = model.currency;
  const money = (v: number | undefined) => formatMoney(v, currency);
  const allocation = context.allocation();
  const running = context.yearly(allocation.totalByYear);
  const investmentCosts = sum(allocation.investmentsByYear);
  const lines = ["## Summary", "", holdings(context), ""];

  let costs = `- **Running costs** over the ${formatCount(model.horizonYears, "year")}: ${money(running.total)} (present value ${money(running.presentValue)})`;
  if (investmentCosts !== 0) costs += `; the investments' own costs, ${money(investmentCosts)}, come on top`;
  lines.push(`${costs}.`);

  const top = allocation.topLevel.map((id) => ({ id, tco: context.tco(id).total })).sort((a, b) => b.tco - a.tco)[0];
  lines.push(
    top === undefined
      ? "- **Most expensive service**: none (the model has no services)."
      : `- **Most expensive service**: ${escapeMarkdown(name(top.id))}, TCO ${money(top.tco)} over the horizon (${formatPercent(running.total === 0 ? undefined : top.tco / running.total)} of the running costs, with the services it consumes).`,
  );

  const best = context.ranking()[0];
  lines.push(
    best === undefined
      ? "- **Best investment**: none (the model has no investments)."
      : `- **Best investment** by net value: ${escapeMarkdown(best.name)}, net ${money(best.net)} (present value), ROI ${formatPercent(best.roi)}.`,
  );

  const largest = context.risksByLoss()[0];
  const totalLoss = context.exposure().total;
  lines.push(
    largest === undefined
      ? "- **Largest risk**: none (the model has no risks)."
      : `- **Largest risk**: ${escapeMarkdown(name(largest.id))}, expected annual loss ${money(largest.loss)} a year (${formatPercent(totalLoss === 0 ? undefined : largest.loss / totalLoss)} of ${money(totalLoss)} for all risks).`,
  );

  lines.push(`- **Health checks**: ${findingCounts(context.findings())}.`, "");

  const others = REPORT_SECTIONS.filter((s) => s !== "summary" && settings.sections.has(s));
  if (others.length > 0) lines.push(`Contents: ${others.map((s) => `[${REPORT_SECTION_TITLES[s]}](#${sectionAnchor(s)})`).join(" · ")}`, "");
  return lines;
}

/** One sentence on what the model holds. */
function holdings({ model }: ReportContext): string {
  const services = model.services;
  const business = services.filter((s) => s.kind === "business").length;
  const states = (["live", "pipeline", "retired"] as const)
    .map((state) => ({ state, n: services.filter((s) => s.lifecycle === state).length }))
    .filter((x) => x.n > 0)
    .map((x) => `${groupDigits(x.n)} ${x.state}`);
  const steps = model.valueStreams.reduce((n, v) => n + v.steps.length, 0);
  const parts = [
    formatCount(model.stakeholders.length, "stakeholder"),
    `${formatCount(services.length, "service")}${services.length > 0 ? ` (${groupDigits(business)} business, ${groupDigits(services.length - business)} technical; ${states.join(", ")})` : ""}`,
    formatCount(model.resources.length, "resource"),
    `${formatCount(model.valueStreams.length, "value stream")}${steps > 0 ? ` (${formatCount(steps, "step")})` : ""}`,
    formatCount(model.journeys.length, "customer journey"),
    formatCount(model.costs.length, "cost entry", "cost entries"),
    formatCount(model.benefits.length, "benefit entry", "benefit entries"),
    formatCount(model.risks.length, "risk"),
    formatCount(model.investments.length, "investment"),
  ];
  return `The model holds ${parts.slice(0, -1).join(", ")} and ${parts.at(-1)!}.`;
}
