import type { Style } from "../style.js";
import { formatTable, shownRows } from "./format-table.js";
import { formatMoney, formatPercent } from "../../report/format-values.js";
import type { ShowbackSection } from "./showback-section.js";

/** The showback section as text: each consumer's share of the cost, largest first, and the cost shown to nobody. */
export function formatShowbackSection(section: ShowbackSection, currency: string, style: Style): string[] {
  const whose = section.service === null ? "the top-level services' full cost" : `the full cost of ${section.service}`;
  const out = [style.bold(`Showback: ${whose} per consumer, split by share (${currency})`)];
  if (section.consumers.length === 0) {
    out.push(section.service === null ? "  No top-level service has consumers." : `  ${section.service} has no consumers: its cost is shown to nobody.`);
  } else {
    const all = section.consumers.reduce((s, c) => s + c.total, 0);
    const shown = shownRows(section.consumers);
    out.push(
      ...formatTable(
        [
          { title: "consumer" },
          { title: `total ${currency}`, align: "right" },
          { title: "present value", align: "right" },
          { title: "share", align: "right" },
        ],
        shown.rows.map((c) => [c.stakeholder, formatMoney(c.total), formatMoney(c.presentValue), formatPercent(all === 0 ? undefined : c.total / all)]),
      ),
      ...shown.more,
    );
  }
  if (section.valueBalance && section.valueBalance.length > 0) {
    const shown = shownRows(section.valueBalance, undefined, 4);
    out.push("", `  Value balance for each consumer (present values): benefits + costs removed - costs imposed - showback`);
    out.push(
      ...formatTable(
        [
          { title: "consumer" },
          { title: "benefits", align: "right" },
          { title: "costs removed", align: "right" },
          { title: "costs imposed", align: "right" },
          { title: "showback", align: "right" },
          { title: "balance", align: "right" },
          { title: "intangible", align: "right" },
        ],
        shown.rows.map((b) => [
          b.stakeholder,
          ...[b.benefits, b.costsRemoved, b.costsImposed, b.showback, b.presentValue, b.intangibleBenefits].map((v) => formatMoney(v)),
        ]),
        4,
      ),
      ...shown.more,
    );
  }
  if (section.uncharged && section.uncharged.total !== 0) {
    out.push(`  Shown to nobody (top-level services without consumers): ${formatMoney(section.uncharged.total)} ${currency}.`);
  }
  return out;
}
