import { returnOnInvestment } from "../../economics/return-on-investment.js";
import { markdown, markdownCode } from "../escape-markdown.js";
import { formatCount, formatMoney, formatPercent } from "../format-values.js";
import { markdownTable } from "../markdown-table.js";
import type { ReportContext } from "../report-context.js";
import { diagramRequest } from "../report-diagrams.js";

/** What a cell shows for a service that has no benefits of its own: its ROI would be -100%, which says nothing. */
const NO_BENEFITS = "no benefits";

/**
 * The service portfolio: every service, largest TCO first (ties in model order), with its kind, owner, consumers,
 * lifecycle, TCO over the horizon (total and present value), ROI (`returnOnInvestment`, for services with benefits of
 * their own) and expected loss (`riskExposure`: the risks that reach it); then the service map, the stakeholder map,
 * the portfolio quadrant and the four dimensions of the `top` business services with the largest TCO, when the caller
 * draws them.
 */
export function portfolioSection(context: ReportContext): string[] {
  const { model, name } = context;
  const c = model.currency;
  const lines = ["## Service portfolio", ""];
  if (model.services.length === 0) return [...lines, "The model has no services.", ""];
  const allocation = context.allocation();
  const exposure = context.exposure().byElement;
  const withBenefits = new Set(model.benefits.map((b) => b.of));
  lines.push(
    `${formatCount(model.services.length, "service")}, largest TCO first. TCO is a service's full cost over the horizon: its own costs, ` +
      "its resources' and what the services it consumes pass on to it, so the TCOs of services that consume one another " +
      "overlap (the top-level services' TCOs and the unallocated costs add up to the running costs). " +
      "ROI = (present value of its tangible benefits - present value of its TCO) / present value of its TCO, for services with benefits of their own. " +
      "Expected loss: the expected annual losses of every risk that reaches the service, directly or through what it needs (these overlap too).",
    "",
  );
  const rows = model.services
    .map((s, order) => ({ s, order, tco: context.tco(s.id) }))
    .sort((a, b) => b.tco.total - a.tco.total || a.order - b.order)
    .map(({ s, tco }) => {
      const roi = withBenefits.has(s.id) ? formatPercent(returnOnInvestment(model, s.id).roi) : NO_BENEFITS;
      return [
        s.name,
        markdown(markdownCode(s.id, { cell: true })),
        `${s.kind}${allocation.services[s.id]!.topLevel ? ", top-level" : ""}`,
        s.owner === undefined ? "none" : name(s.owner),
        s.consumers.length === 0 ? "none" : s.consumers.map((x) => name(x.stakeholder)).join(", "),
        s.lifecycle,
        markdown(formatMoney(tco.total)),
        markdown(formatMoney(tco.presentValue)),
        markdown(roi),
        markdown(formatMoney(exposure[s.id] ?? 0)),
      ];
    });
  lines.push(
    ...markdownTable(
      [
        { title: "Service" },
        { title: "Id" },
        { title: "Kind" },
        { title: "Owner" },
        { title: "Consumers" },
        { title: "Lifecycle" },
        { title: `TCO (${c})`, align: "right" },
        { title: `TCO PV (${c})`, align: "right" },
        { title: "ROI", align: "right" },
        { title: `Expected loss (${c}/year)`, align: "right" },
      ],
      rows,
    ),
    "",
  );
  lines.push(
    ...context.diagram(diagramRequest("service-map"), "Service map: business and technical services, their resources and suppliers"),
    ...context.diagram(diagramRequest("stakeholder-map"), "Stakeholders: who is customer, user, sponsor, supplier and provider of which service"),
    ...context.diagram(diagramRequest("portfolio-quadrant", undefined, { of: "services" }), "Services: value against risk"),
  );
  // The dimensions of the `top` business services with the largest TCO (a thousand mind maps would drown the report).
  const business = model.services
    .map((s, order) => ({ s, order }))
    .filter(({ s }) => s.kind === "business")
    .sort((a, b) => context.tco(b.s.id).total - context.tco(a.s.id).total || a.order - b.order)
    .slice(0, context.settings.top);
  for (const { s } of business) lines.push(...context.diagram(diagramRequest("dimensions", s.id), `The four dimensions of ${s.name}`));
  return lines;
}
