import { costPerConsumer, unchargedCosts } from "../../economics/cost-per-consumer.js";
import { sum } from "../../stats/sum.js";
import { escapeMarkdown, markdown, markdownCode } from "../escape-markdown.js";
import { formatMoney, formatPercent } from "../format-values.js";
import { markdownTable } from "../markdown-table.js";
import type { ReportContext } from "../report-context.js";
import { diagramRequest } from "../report-diagrams.js";

/**
 * Showback: each consumer's share of the top-level services' full cost (`costPerConsumer`), largest first, then the
 * costs no consumer is shown: top-level services without consumers (`unchargedCosts`) and resources that support no
 * service (unallocated), so that the rows add up to the running costs, with a check line that says so; then the cost
 * flow diagram.
 */
export function showbackSection(context: ReportContext): string[] {
  const { model, name, settings } = context;
  const c = model.currency;
  const allocation = context.allocation();
  const lines = ["## Showback", ""];
  lines.push(
    "Each consumer's share of the full cost of the top-level services it consumes, split by the consumers' shares, over the horizon " +
      "(a service that other services consume passes its cost on to them, so only top-level services are charged to people).",
    "",
  );
  const shown = costPerConsumer(model);
  const consumers = Object.entries(shown)
    .map(([id, s]) => ({ id, total: s.total, presentValue: s.presentValue }))
    .sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const uncharged = context.yearly(unchargedCosts(model));
  const unallocated = context.yearly(allocation.unallocatedByYear);
  const running = context.yearly(allocation.totalByYear);
  const share = (v: number) => markdown(formatPercent(running.total === 0 ? undefined : v / running.total));
  const row = (label: string, id: string, v: { total: number; presentValue: number }) => [
    label,
    markdown(id === "" ? " " : markdownCode(id, { cell: true })),
    markdown(formatMoney(v.total)),
    markdown(formatMoney(v.presentValue)),
    share(v.total),
  ];
  const rows = consumers.map((x) => row(name(x.id), x.id, x));
  rows.push(row("Uncharged: top-level services without consumers", "", uncharged));
  rows.push(row("Unallocated: resources that support no service", "", unallocated));
  rows.push([
    markdown("**Running costs**"),
    markdown(" "),
    markdown(`**${formatMoney(running.total)}**`),
    markdown(`**${formatMoney(running.presentValue)}**`),
    share(running.total),
  ]);
  lines.push(
    ...markdownTable(
      [{ title: "Consumer" }, { title: "Id" }, { title: `Total (${c})`, align: "right" }, { title: `PV (${c})`, align: "right" }, { title: "Share", align: "right" }],
      rows,
    ),
    "",
  );

  const charged = sum(consumers.map((x) => x.total));
  const reconciled = charged + uncharged.total + unallocated.total;
  const difference = reconciled - running.total;
  const ok = Math.abs(difference) <= 1e-6 * Math.max(1, Math.abs(running.total));
  lines.push(
    `Check: consumers ${formatMoney(charged)} + uncharged ${formatMoney(uncharged.total)} + unallocated ${formatMoney(unallocated.total)} = ` +
      `${formatMoney(reconciled, c)}; running costs: ${formatMoney(running.total, c)}: ` +
      (ok ? "they reconcile (amounts are rounded to whole units)." : `they differ by ${formatMoney(difference, c)}.`),
    "",
  );

  const list = (items: { id: string; total: number }[]) => {
    const shownItems = items.slice(0, settings.top).map((x) => `${escapeMarkdown(name(x.id))} (${formatMoney(x.total, c)})`);
    return `${shownItems.join(", ")}${items.length > settings.top ? `, and ${items.length - settings.top} more` : ""}`;
  };
  const unchargedServices = model.services
    .filter((s) => allocation.services[s.id]!.topLevel && s.consumers.length === 0)
    .map((s) => ({ id: s.id, total: context.tco(s.id).total }))
    .filter((x) => x.total !== 0)
    .sort((a, b) => b.total - a.total);
  if (unchargedServices.length > 0) lines.push(`Uncharged services: ${list(unchargedServices)}.`, "");
  const idle = model.resources
    .map((r) => ({ id: r.id, total: sum(allocation.resources[r.id]!.unallocatedByYear) }))
    .filter((x) => x.total !== 0)
    .sort((a, b) => b.total - a.total);
  if (idle.length > 0) lines.push(`Unallocated resources: ${list(idle)}.`, "");
  const investments = sum(allocation.investmentsByYear);
  if (investments !== 0) lines.push(`The investments' own costs, ${formatMoney(investments, c)}, are not running costs and are not shown back.`, "");
  lines.push(...context.diagram(diagramRequest("cost-flow"), "Cost flow: from cost pools through resources and services to consumers"));
  return lines;
}
