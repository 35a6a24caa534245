import type { Style } from "../style.js";
import { formatTable, shownRows } from "./format-table.js";
import { formatMoney, formatPercent, formatRatio } from "../../report/format-values.js";
import type { PortfolioSection } from "./portfolio-section.js";

/**
 * The portfolio section as text: the investments ranked by net value with their ROI, uncertainty and value per risk; the
 * budget (and where it came from), the best set with its cost and net value, the
 * runner-up sets and the investments left out with what each would add.
 */
export function formatPortfolioSection(section: PortfolioSection | null, currency: string, style: Style): string[] {
  const out = [style.bold("Portfolio: the investments ranked, and the best set within the budget (exact, not greedy)")];
  if (section === null) return [...out, "  The model has no investments."];
  const money = (v: number) => `${formatMoney(v)} ${currency}`;
  const ranked = shownRows(section.ranking);
  out.push(
    ...formatTable(
      [
        { title: "investment" },
        { title: "net value", align: "right" },
        { title: "ROI", align: "right" },
        { title: "± (sd)", align: "right" },
        { title: "value per risk", align: "right" },
        { title: "cost", align: "right" },
      ],
      ranked.rows.map((r) => [
        r.id,
        formatMoney(r.net),
        formatPercent(r.roi),
        formatMoney(r.netStdDev),
        formatRatio(r.valuePerRisk),
        formatMoney(r.undiscountedCost),
      ]),
    ),
    ...ranked.more,
    "  Ranked by net value (present value). Value per risk = net / its standard deviation: above 2, a loss is unlikely.",
    `  Cost: undiscounted, what a budget is compared with (${currency}).`,
    "",
  );
  const when = section.year === null ? "over the horizon" : `in year ${section.year}`;
  out.push(
    section.budgetIsDefault
      ? `  budget    ${money(section.budget)}: half of ${money(section.allInvestmentsCost)}, the undiscounted cost of all investments ${when} (the default; set one with --budget)`
      : `  budget    ${money(section.budget)}, compared with undiscounted costs ${when} (all investments together: ${money(section.allInvestmentsCost)})`,
    `  chosen    ${section.selected.length > 0 ? section.selected.join(", ") : "nothing (no investment adds value within the budget)"}`,
    `  cost      ${money(section.cost)} (undiscounted)`,
    `  net value ${money(section.net)} (present value; shared risk reductions combined)`,
  );
  if (!section.exact) {
    out.push(
      `  not proven best: the search stopped at its step limit (raise it with --max-steps, or --max-steps all);`,
      `            no set that fits is worth more than ${money(section.upperBound)}`,
    );
  }
  if (section.alternatives.length > 0) {
    out.push("", "  Runner-up sets");
    out.push(
      ...formatTable(
        [
          { title: "#", align: "right" },
          { title: "investments" },
          { title: "cost", align: "right" },
          { title: "net value", align: "right" },
          { title: "gives up", align: "right" },
        ],
        section.alternatives.map((a, i) => [
          String(i + 2),
          a.selected.length > 0 ? a.selected.join(", ") : "(nothing)",
          formatMoney(a.cost),
          formatMoney(a.net),
          formatMoney(a.givesUp),
        ]),
        4,
      ),
    );
  }
  if (section.dropped.length > 0) {
    const shown = shownRows(section.dropped, undefined, 4);
    out.push("", "  Left out");
    out.push(
      ...formatTable(
        [
          { title: "investment" },
          { title: "net alone", align: "right" },
          { title: "cost", align: "right" },
          { title: "would add", align: "right" },
          { title: "over budget by", align: "right" },
          { title: "why" },
        ],
        shown.rows.map((d) => [
          d.id,
          formatMoney(d.net),
          formatMoney(d.cost),
          formatMoney(d.addedNet),
          d.overBudgetBy > 0 ? formatMoney(d.overBudgetBy) : "",
          d.reason === "over-budget" ? "does not fit the budget" : "adds no value to the chosen set",
        ]),
        4,
      ),
      ...shown.more,
    );
  }
  return out;
}
