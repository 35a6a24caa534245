import { impactOf } from "../../graph/impact-of.js";
import { elementIndex, kindName } from "../../model/element-index.js";
import { markdown, markdownCode } from "../escape-markdown.js";
import { formatCount, formatMoney, formatNumber, formatPercent, groupDigits } from "../format-values.js";
import { markdownTable } from "../markdown-table.js";
import type { ReportContext } from "../report-context.js";
import { diagramRequest } from "../report-diagrams.js";

/**
 * Risks: every risk's expected annual loss (mean frequency x mean impact, `expectedAnnualLoss`), largest first; the
 * `top` most exposed elements (`riskExposure`); what the `top` largest risks reach if they strike (`impactOf` of the
 * elements each affects: services, value streams, journeys and stakeholders by role); and the impact diagrams of the
 * elements the largest risk affects.
 */
export function risksSection(context: ReportContext): string[] {
  const { model, name, settings } = context;
  const c = model.currency;
  const lines = ["## Risks", ""];
  if (model.risks.length === 0) return [...lines, "The model has no risks.", ""];
  const exposure = context.exposure();
  const byLoss = context.risksByLoss();
  const risks = new Map(model.risks.map((r) => [r.id, r]));
  lines.push(
    `Expected annual loss = mean frequency (loss events per year) x mean impact (loss per event). All ${formatCount(model.risks.length, "risk")} together: ${formatMoney(exposure.total, c)} a year.`,
    "",
  );
  const share = (v: number) => markdown(formatPercent(exposure.total === 0 ? undefined : v / exposure.total));
  lines.push(
    ...markdownTable(
      [
        { title: "Risk" },
        { title: "Id" },
        { title: "Affects" },
        { title: "Frequency (per year)", align: "right" },
        { title: `Impact (${c})`, align: "right" },
        { title: `Expected annual loss (${c})`, align: "right" },
        { title: "Share", align: "right" },
      ],
      byLoss.map(({ id, loss }) => {
        const r = risks.get(id)!;
        return [
          r.name,
          markdown(markdownCode(r.id, { cell: true })),
          r.affects.length === 0 ? "nothing" : r.affects.map(name).join(", "),
          markdown(formatNumber(r.frequency.mean, 3)),
          markdown(formatMoney(r.impact.mean)),
          markdown(formatMoney(loss)),
          share(loss),
        ];
      }),
    ),
    "",
  );

  const index = elementIndex(model);
  const exposed = Object.entries(exposure.byElement)
    .map(([id, value]) => ({ id, value }))
    .sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (exposed.length > 0) {
    const shown = exposed.slice(0, settings.top);
    lines.push(
      "### Most exposed elements",
      "",
      `The ${shown.length === exposed.length ? formatCount(shown.length, "element") : `${shown.length} of ${groupDigits(exposed.length)} elements`} that the most expected loss reaches, ` +
        "from the risks that affect them or anything they need (these overlap: a risk on a shared service reaches everything that needs it).",
      "",
      ...markdownTable(
        [{ title: "Element" }, { title: "Kind" }, { title: `Exposure (${c}/year)`, align: "right" }, { title: "Risks", align: "right" }],
        shown.map(({ id, value }) => [
          name(id),
          kindName(index.byId.get(id)?.kind ?? "service"),
          markdown(formatMoney(value)),
          markdown(String(exposure.countByElement[id] ?? 0)),
        ]),
      ),
      "",
    );
  }

  const largest = byLoss.slice(0, settings.top);
  lines.push("### What the largest risks reach", "", "If the risk strikes, the elements it affects fail, and with them everything that needs them (`impactOf`).", "");
  lines.push(
    ...markdownTable(
      [
        { title: "Risk" },
        { title: "Services", align: "right" },
        { title: "Value streams", align: "right" },
        { title: "Journeys", align: "right" },
        { title: "Customers", align: "right" },
        { title: "Users", align: "right" },
        { title: "Sponsors", align: "right" },
      ],
      largest.map(({ id }) => {
        const reach = reachOf(context, risks.get(id)!.affects);
        return [name(id), ...[reach.services, reach.valueStreams, reach.journeys, reach.customers, reach.users, reach.sponsors].map((s) => markdown(String(s.size)))];
      }),
    ),
    "",
  );
  const top = risks.get(byLoss[0]!.id)!;
  for (const id of top.affects) lines.push(...context.diagram(diagramRequest("impact", id), `If ${name(id)} fails (${name(top.id)})`));
  return lines;
}

/** The union of the impacts of the elements a risk affects, the affected elements counted too. */
function reachOf(context: ReportContext, affects: readonly string[]) {
  const kinds = elementIndex(context.model).byId;
  const reach = {
    services: new Set<string>(),
    valueStreams: new Set<string>(),
    journeys: new Set<string>(),
    customers: new Set<string>(),
    users: new Set<string>(),
    sponsors: new Set<string>(),
  };
  for (const id of affects) {
    const kind = kinds.get(id)?.kind;
    if (kind === "service") reach.services.add(id);
    if (kind === "value-stream") reach.valueStreams.add(id);
    if (kind === "journey") reach.journeys.add(id);
    const impact = impactOf(context.model, id);
    impact.services.forEach((x) => reach.services.add(x));
    impact.valueStreams.forEach((x) => reach.valueStreams.add(x));
    impact.journeys.forEach((x) => reach.journeys.add(x));
    impact.stakeholders.customers.forEach((x) => reach.customers.add(x));
    impact.stakeholders.users.forEach((x) => reach.users.add(x));
    impact.stakeholders.sponsors.forEach((x) => reach.sponsors.add(x));
  }
  return reach;
}
