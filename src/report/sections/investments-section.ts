import { selectPortfolio } from "../../economics/portfolio/select-portfolio.js";
import { returnOnInvestment } from "../../economics/return-on-investment.js";
import { sum } from "../../stats/sum.js";
import { escapeMarkdown, markdown, markdownCode } from "../escape-markdown.js";
import { formatMoney, formatPercent, formatRatio, formatYears } from "../format-values.js";
import { markdownTable } from "../markdown-table.js";
import type { ReportContext } from "../report-context.js";
import { diagramRequest } from "../report-diagrams.js";

/**
 * Investments: the value of each (`rankInvestments`, by net value: tangible and intangible benefits apart, risk
 * reduction, costs, net), its ROI and payback (`returnOnInvestment`) and value per unit of risk; then the best set
 * within the budget (`selectPortfolio`: the option, or half the undiscounted cost of all investments), its runners-up
 * and what it leaves out and why; then the investments' quadrant.
 */
export function investmentsSection(context: ReportContext): string[] {
  const { model, name, settings } = context;
  const c = model.currency;
  const lines = ["## Investments", ""];
  if (model.investments.length === 0) return [...lines, "The model has no investments.", ""];
  const rate = formatPercent(model.discountRate);
  lines.push(
    `Present values at ${rate} a year. Net value = tangible benefits + intangible benefits + risk reduction (expected losses avoided) - costs. ` +
      "Intangible benefits are valued in money but are not cash: they are shown apart and left out of the ROI. " +
      "ROI = (tangible benefits + risk reduction - costs) / costs. Payback: years until the cumulative cash flow stays at or above zero. " +
      "Value per risk = net value / its standard deviation from the uncertainty of the estimates (above 2: a loss is unlikely).",
    "",
  );
  const ranking = context.ranking();
  lines.push(
    ...markdownTable(
      [
        { title: "Investment" },
        { title: "Id" },
        { title: `Tangible (${c})`, align: "right" },
        { title: `Intangible (${c})`, align: "right" },
        { title: `Risk reduction (${c})`, align: "right" },
        { title: `Costs (${c})`, align: "right" },
        { title: `Net value (${c})`, align: "right" },
        { title: "ROI", align: "right" },
        { title: "Payback (years)", align: "right" },
        { title: "Value per risk", align: "right" },
        { title: `Cost, undiscounted (${c})`, align: "right" },
      ],
      ranking.map((r) => [
        r.name,
        markdown(markdownCode(r.id, { cell: true })),
        markdown(formatMoney(r.tangible)),
        markdown(formatMoney(r.intangible)),
        markdown(formatMoney(r.riskReduction)),
        markdown(formatMoney(r.costs)),
        markdown(formatMoney(r.net)),
        markdown(formatPercent(r.roi)),
        markdown(formatYears(returnOnInvestment(model, r.id).paybackYears)),
        markdown(formatRatio(r.valuePerRisk)),
        markdown(formatMoney(r.undiscountedCost)),
      ]),
    ),
    "",
  );

  const allCost = sum(ranking.map((r) => r.undiscountedCost));
  const budget = settings.budget ?? allCost / 2;
  const p = selectPortfolio(model, { budget, ...(settings.maxSteps === undefined ? {} : { maxSteps: settings.maxSteps }) });
  const names = (ids: readonly string[]) => (ids.length === 0 ? "nothing" : ids.map((id) => escapeMarkdown(name(id))).join(", "));
  lines.push("### Best set within the budget", "");
  lines.push(
    `Budget: ${formatMoney(budget, c)}${settings.budget === undefined ? ` (half the undiscounted cost of all the investments, ${formatMoney(allCost, c)})` : ""}, ` +
      "compared with the investments' undiscounted costs over the horizon. The best set has the largest net value among the sets that fit " +
      "(exact, not greedy; two reductions of one risk combine, they do not add up).",
    "",
    `- **Selected**: ${names(p.selected)}; cost ${formatMoney(p.cost, c)}, net value ${formatMoney(p.net, c)}.`,
    "",
  );
  if (!p.exact) {
    lines.push(
      `> Note: not proven best. The search stopped at its step limit (maxSteps; --max-steps on the command line): ` +
        `this is the best set it found, and no set that fits is worth more than ${formatMoney(p.upperBound, c)}.`,
      "",
    );
  }
  if (p.alternatives.length > 0) {
    lines.push(
      ...markdownTable(
        [{ title: "Runner-up set" }, { title: `Cost (${c})`, align: "right" }, { title: `Net value (${c})`, align: "right" }, { title: `Gives up (${c})`, align: "right" }],
        p.alternatives.map((a) => [
          markdown(names(a.selected)),
          markdown(formatMoney(a.cost)),
          markdown(formatMoney(a.net)),
          markdown(formatMoney(a.givesUp)),
        ]),
      ),
      "",
    );
  }
  if (p.dropped.length > 0) {
    lines.push(
      ...markdownTable(
        [
          { title: "Left out" },
          { title: `Net value alone (${c})`, align: "right" },
          { title: `Cost (${c})`, align: "right" },
          { title: `Would add (${c})`, align: "right" },
          { title: `Over budget by (${c})`, align: "right" },
          { title: "Why" },
        ],
        p.dropped.map((d) => [
          name(d.id),
          markdown(formatMoney(d.net)),
          markdown(formatMoney(d.cost)),
          markdown(formatMoney(d.addedNet)),
          markdown(formatMoney(d.overBudgetBy)),
          d.reason === "over-budget" ? "it would add value but does not fit the budget" : "it would add nothing to the set",
        ]),
      ),
      "",
    );
  }
  lines.push(...context.diagram(diagramRequest("portfolio-quadrant", undefined, { of: "investments" }, "investments"), "Investments: value against risk"));
  return lines;
}
