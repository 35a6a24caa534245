import type { Style } from "../style.js";
import { formatTable, shownRows } from "./format-table.js";
import { formatMoney, formatPercent, groupDigits } from "../../report/format-values.js";
import type { LossJson, SimulationSection, SummaryJson } from "./simulation-section.js";

/** The exceedance points shown in the text table (the JSON has them all): a loss exceeded once in 2, 10, 20, 100, 1,000 years. */
const SHOWN_EXCEEDANCE = [0.5, 0.1, 0.05, 0.01, 0.001];

/** Most estimates listed under "measure this first". */
const TOP_ESTIMATES = 5;

/**
 * The simulation section as text: net value per investment (mean, p5, p50, p95, chance of a loss), TCO per service,
 * the yearly loss of each risk with points of its exceedance curve, and the value of information: EVPI and the
 * estimates worth measuring first (largest EVPPI).
 */
export function formatSimulationSection(section: SimulationSection, currency: string, style: Style): string[] {
  const out = [style.bold(`Simulation: ${groupDigits(section.iterations)} iterations, seed ${section.seed} (${currency})`)];
  const summaryColumns = [
    { title: "mean", align: "right" as const },
    { title: "p5", align: "right" as const },
    { title: "p50", align: "right" as const },
    { title: "p95", align: "right" as const },
  ];
  const summaryCells = (s: SummaryJson) => [formatMoney(s.mean), formatMoney(s.p5), formatMoney(s.p50), formatMoney(s.p95)];

  if (section.investments.length > 0) {
    const shown = shownRows(section.investments, undefined, 4);
    out.push("  Net value of each investment (present value)");
    out.push(
      ...formatTable(
        [{ title: "investment" }, ...summaryColumns, { title: "P(loss)", align: "right" }],
        shown.rows.map((i) => [i.id, ...summaryCells(i.net), formatPercent(i.net.probabilityNegative)]),
        4,
      ),
      ...shown.more,
      "",
    );
  }
  if (section.services.length > 0) {
    const shown = shownRows(section.services, undefined, 4);
    out.push("  TCO over the horizon (undiscounted)");
    out.push(...formatTable([{ title: "service" }, ...summaryColumns], shown.rows.map((s) => [s.id, ...summaryCells(s.tco)]), 4), ...shown.more, "");
  }
  if (section.risks.length > 0) {
    const shown = shownRows(section.risks, undefined, 4);
    const exceeded = (r: LossJson) =>
      SHOWN_EXCEEDANCE.map((p) => formatMoney(r.exceedance.find((e) => e.probability === p)?.loss));
    out.push(`  Loss in a year (Poisson events; "1 in N": the loss exceeded with probability 1/N a year)`);
    out.push(
      ...formatTable(
        [
          { title: "risk" },
          { title: "mean", align: "right" },
          { title: "P(any loss)", align: "right" },
          ...SHOWN_EXCEEDANCE.map((p) => ({ title: `1 in ${groupDigits(1 / p)}`, align: "right" as const })),
        ],
        [
          ...shown.rows.map((r) => [r.id, formatMoney(r.annualLoss.mean), formatPercent(r.probabilityOfLoss), ...exceeded(r)]),
          ["(all risks)", formatMoney(section.overall.annualLoss.mean), formatPercent(section.overall.probabilityOfLoss), ...exceeded(section.overall)],
        ],
        4,
      ),
      ...shown.more,
      "",
    );
  }
  const voi = section.valueOfInformation;
  out.push("  Value of information (the choice among the investments and doing nothing)");
  if (voi === null) return [...out, "    The model has no investments: there is no decision to inform."];
  const chosen = voi.decision === null ? "do nothing (no investment is expected to pay)" : voi.decision;
  const expected = voi.expectedNet.find((e) => e.id === voi.decision)?.net;
  out.push(
    `    today's choice  ${chosen}${expected === undefined ? "" : ` (expected net value ${formatMoney(expected)} ${currency})`}`,
    `    EVPI            ${formatMoney(voi.evpi)} ${currency}: the most that knowing every estimate exactly could be worth`,
  );
  const worth = voi.byEstimate.filter((e) => e.evppi > 0).slice(0, TOP_ESTIMATES);
  if (worth.length === 0) {
    out.push("    No single estimate is worth measuring: knowing it would not change the choice.");
    return out;
  }
  out.push(
    ...formatTable(
      [{ title: "estimate" }, { title: "where" }, { title: "EVPPI", align: "right" }, { title: "" }],
      worth.map((e, i) => [e.estimate, e.path, formatMoney(e.evppi), i === 0 ? "<- measure this first" : ""]),
      4,
    ),
  );
  return out;
}
