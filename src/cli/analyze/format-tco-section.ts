import type { Style } from "../style.js";
import { formatTable, shownRows, TEXT_ROWS } from "./format-table.js";
import { formatMoney, formatPercent } from "../../report/format-values.js";
import type { BreakdownLine, TcoSection } from "./tco-section.js";

/**
 * The TCO section as text: one row per top-level service (total, present value, equivalent annual cost), the
 * unallocated and running-cost totals; with `--service`, that service's breakdowns by year, cost pool, capex/opex,
 * dimension and source.
 */
export function formatTcoSection(section: TcoSection, currency: string, style: Style): string[] {
  const out: string[] = [];
  const row = (label: string, a: { total: number; presentValue: number; equivalentAnnualCost?: number }) => [
    label,
    formatMoney(a.total),
    formatMoney(a.presentValue),
    a.equivalentAnnualCost === undefined ? "" : formatMoney(a.equivalentAnnualCost),
  ];
  const columns = [
    { title: "service" },
    { title: `total ${currency}`, align: "right" as const },
    { title: "present value", align: "right" as const },
    { title: "a year (EAC)", align: "right" as const },
  ];
  if (section.breakdown === null) {
    out.push(style.bold(`Total cost of ownership of the top-level services (${currency}, over the horizon)`));
    const shown = shownRows(section.services);
    out.push(
      ...formatTable(columns, [
        ...shown.rows.map((s) => row(s.id, s)),
        ...(section.unallocated.total !== 0 ? [row("(unallocated)", section.unallocated)] : []),
        row("(all running costs)", section.runningCosts),
      ]),
      ...shown.more,
    );
    out.push("  Full cost = own costs + resources' + consumed services'. (unallocated): resources that support no service.");
    if (section.investmentCosts.total !== 0) {
      out.push(`  Investments' costs, not running costs: ${formatMoney(section.investmentCosts.total)} ${currency} (see Value of investments).`);
    }
    return out;
  }
  const s = section.services[0]!;
  out.push(style.bold(`Total cost of ownership of ${s.id}: ${s.name} (${currency}, over the horizon)`));
  out.push(...formatTable(columns, [row(s.id, s)]));
  if (!s.topLevel) out.push("  Not top-level: other services consume it, so its full cost passes on to them.");
  const share = (amount: number) => (s.total === 0 ? formatPercent(undefined) : formatPercent(amount / s.total));
  const breakdown = (title: string, key: string, lines: readonly (BreakdownLine & { kind?: string })[], limit = TEXT_ROWS) => {
    out.push("", `  ${title}`);
    const shown = shownRows(lines, limit, 4);
    const withKind = lines.some((l) => l.kind !== undefined);
    out.push(
      ...formatTable(
        [
          { title: key },
          ...(withKind ? [{ title: "kind" }] : []),
          { title: currency, align: "right" as const },
          { title: "share", align: "right" as const },
        ],
        shown.rows.map((l) => [l.key, ...(withKind ? [l.kind ?? ""] : []), formatMoney(l.amount), share(l.amount)]),
        4,
      ),
      ...shown.more,
    );
  };
  breakdown("by year", "year", s.byYear.map((amount, year) => ({ key: String(year), amount })), Number.POSITIVE_INFINITY);
  breakdown("by cost pool", "category", section.breakdown.byCategory);
  breakdown("by capex/opex", "type", section.breakdown.byType);
  breakdown("by dimension of the resource it came from (none: services' own costs)", "dimension", section.breakdown.byDimension);
  breakdown("by source element", "source", section.breakdown.bySource);
  return out;
}
