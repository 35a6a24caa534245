import { simulate } from "../../risk/simulate.js";
import { valueOfInformation } from "../../risk/value-of-information.js";
import { escapeMarkdown, markdown, markdownCode } from "../escape-markdown.js";
import { formatCount, formatMoney, formatNumber, formatPercent } from "../format-values.js";
import { markdownTable } from "../markdown-table.js";
import type { ReportContext } from "../report-context.js";

/**
 * The Monte Carlo simulation (`simulate`, top-level services only) with the report's iterations and seed: the yearly
 * loss of all risks (percentiles, chance of a loss, exceedance), each investment's net value and each top-level
 * service's TCO as ranges; then the value of information (`valueOfInformation`, same iterations and seed): what
 * perfect information would be worth for the choice among the investments, and which estimate to measure first.
 */
export function simulationSection(context: ReportContext): string[] {
  const { model, name, settings } = context;
  const { iterations, seed } = settings.simulation!;
  const c = model.currency;
  const r = simulate(model, { iterations, seed, services: "top-level" });
  const lines = ["## Simulation", ""];
  lines.push(
    `A Monte Carlo simulation of ${formatCount(iterations, "iteration")} with seed ${escapeMarkdown(String(seed))} (the same seed gives the same numbers): ` +
      "each iteration draws every uncertain estimate once and a year of loss events for each risk. P5 and P95 are the 5th and 95th percentiles.",
    "",
  );
  if (model.risks.length > 0) {
    const loss = r.overall;
    lines.push(
      `Loss of all risks in a year: mean ${formatMoney(loss.annualLoss.mean, c)}, P5 ${formatMoney(loss.annualLoss.p5, c)}, ` +
        `median ${formatMoney(loss.annualLoss.p50, c)}, P95 ${formatMoney(loss.annualLoss.p95, c)}; chance of any loss in a year: ${formatPercent(loss.probabilityOfLoss)}.`,
      "",
      ...markdownTable(
        [{ title: "Once in" }, { title: "Chance in a year", align: "right" }, { title: `Loss exceeded (${c})`, align: "right" }],
        loss.exceedance.probability.map((p, i) => [markdown(`${formatNumber(1 / p, 0)} years`), markdown(formatPercent(p)), markdown(formatMoney(loss.exceedance.loss[i]))]),
      ),
      "",
    );
  }
  const summaryColumns = [{ title: `Mean (${c})`, align: "right" as const }, { title: `P5 (${c})`, align: "right" as const }, { title: `P95 (${c})`, align: "right" as const }];
  if (model.investments.length > 0) {
    lines.push(
      ...markdownTable(
        [{ title: "Investment" }, ...summaryColumns, { title: "Chance of a loss", align: "right" }],
        model.investments.map((inv) => {
          const net = r.investments[inv.id]!.net;
          return [inv.name, markdown(formatMoney(net.mean)), markdown(formatMoney(net.p5)), markdown(formatMoney(net.p95)), markdown(formatPercent(net.probabilityNegative))];
        }),
      ),
      "",
    );
  }
  const services = Object.keys(r.services);
  if (services.length > 0) {
    lines.push(
      ...markdownTable(
        [{ title: "Top-level service: TCO" }, ...summaryColumns],
        services.map((id) => {
          const tco = r.services[id]!.tco;
          return [name(id), markdown(formatMoney(tco.mean)), markdown(formatMoney(tco.p5)), markdown(formatMoney(tco.p95))];
        }),
      ),
      "",
    );
  }
  if (model.investments.length > 0) lines.push(...informationLines(context));
  return lines;
}

function informationLines(context: ReportContext): string[] {
  const { model, name, settings } = context;
  const c = model.currency;
  const v = valueOfInformation(model, { iterations: settings.simulation!.iterations, seed: settings.simulation!.seed });
  const lines = ["### Value of information", ""];
  lines.push(
    `Choosing one investment (or none) by the highest expected net value, the choice today is ${v.decision === undefined ? "to do nothing" : escapeMarkdown(name(v.decision))}. ` +
      `Perfect information about every estimate would be worth ${formatMoney(v.evpi, c)} (EVPI); per estimate, what knowing it exactly would be worth (EVPPI):`,
    "",
  );
  const shown = v.byEstimate.slice(0, settings.top);
  if (shown.length === 0) return [...lines, "No estimate the choice depends on is uncertain.", ""];
  lines.push(
    ...markdownTable(
      [{ title: "Estimate" }, { title: `EVPPI (${c})`, align: "right" }],
      shown.map((e) => [markdown(markdownCode(e.path, { cell: true })), markdown(formatMoney(e.evppi))]),
    ),
    "",
  );
  return lines;
}
