import type { Style } from "../style.js";
import { formatTable, shownRows } from "./format-table.js";
import { formatMoney, formatNumber, formatPercent } from "../../report/format-values.js";
import type { RiskSection } from "./risk-section.js";

/** Most elements the exposure table shows. */
const TOP_EXPOSED = 10;

/**
 * The risk section as text: expected annual loss per risk (mean frequency x mean impact) with its share of the total,
 * then the most exposed elements (risks rolled up along dependencies).
 */
export function formatRiskSection(section: RiskSection, currency: string, style: Style): string[] {
  const out = [style.bold(`Risk: expected annual loss = mean frequency x mean impact (${currency} a year)`)];
  if (section.risks.length === 0) return [...out, "  The model has no risks."];
  const shown = shownRows(section.risks);
  out.push(
    ...formatTable(
      [
        { title: "risk" },
        { title: "events a year", align: "right" },
        { title: "loss per event", align: "right" },
        { title: "expected loss", align: "right" },
        { title: "share", align: "right" },
      ],
      [
        ...shown.rows.map((r) => [
          r.id,
          formatNumber(r.frequency),
          formatMoney(r.impact),
          formatMoney(r.expectedAnnualLoss),
          formatPercent(section.total === 0 ? undefined : r.expectedAnnualLoss / section.total),
        ]),
        ["(all risks)", "", "", formatMoney(section.total), ""],
      ],
    ),
    ...shown.more,
  );
  const exposed = shownRows(section.exposure, TOP_EXPOSED);
  out.push("", style.bold(`Exposure: the expected annual loss of the risks that reach each element, directly or through what it needs`));
  out.push(
    ...formatTable(
      [{ title: "element" }, { title: "kind" }, { title: `${currency} a year`, align: "right" }, { title: "risks", align: "right" }],
      exposed.rows.map((e) => [e.id, e.kind, formatMoney(e.exposure), String(e.riskCount)]),
    ),
    ...exposed.more,
    "  Exposures overlap (a risk on the network shows on everything that needs it): they do not add up.",
  );
  return out;
}
