import type { Style } from "../style.js";
import { formatTable, shownRows, type TableColumn } from "./format-table.js";
import { formatMoney, formatPercent, formatYears } from "../../report/format-values.js";
import type { RoiRow, RoiSection } from "./roi-section.js";

/**
 * The ROI section as text: for services with benefits and for investments, the PV of gains and costs, NPV, ROI (tangible
 * gains only, then with intangible benefits), IRR and payback; "n/a" where a number is not defined.
 */
export function formatRoiSection(section: RoiSection, currency: string, style: Style): string[] {
  const out = [style.bold(`Return on investment (present values in ${currency}; ROI counts tangible gains only)`)];
  const table = (what: string, rows: readonly RoiRow[]) => {
    const shown = shownRows(rows);
    const columns: TableColumn[] = [
      { title: what },
      { title: "gains", align: "right" },
      { title: "costs", align: "right" },
      { title: "NPV", align: "right" },
      { title: "ROI", align: "right" },
      { title: "ROI+intangible", align: "right" },
      { title: "IRR", align: "right" },
      { title: "payback (y)", align: "right" },
      { title: "discounted (y)", align: "right" },
    ];
    return [
      ...formatTable(
        columns,
        shown.rows.map((r) => [
          r.id,
          formatMoney(r.gains),
          formatMoney(r.costs),
          formatMoney(r.npv),
          formatPercent(r.roi),
          formatPercent(r.roiWithIntangible),
          formatPercent(r.irr),
          formatYears(r.paybackYears),
          formatYears(r.discountedPaybackYears),
        ]),
      ),
      ...shown.more,
    ];
  };
  if (section.services.length > 0) out.push(...table("service", section.services));
  else out.push("  No service has benefits of its own.");
  if (section.investments.length > 0) out.push(...(section.services.length > 0 ? [""] : []), ...table("investment", section.investments));
  out.push("  Gains: tangible benefits (and risk reduction, for an investment). n/a: not defined (no cost, no rate, never paid back).");
  return out;
}
