import { DEFAULT_UNHAPPY_BELOW, journeySummary, type JourneySummary } from "../../flow/journey-summary.js";
import { escapeMarkdown, markdown } from "../escape-markdown.js";
import { NOT_AVAILABLE, formatCount, formatNumber } from "../format-values.js";
import { markdownTable } from "../markdown-table.js";
import type { ReportContext } from "../report-context.js";
import { diagramRequest } from "../report-diagrams.js";

/**
 * Customer journeys: one row per journey (`journeySummary`: mean satisfaction, unhappy touchpoints, stages without
 * touchpoints), then per journey the mean satisfaction of each of the seven stages, its worst touchpoints (at most
 * `top`), the services behind its unhappy touchpoints, and its diagram.
 */
export function journeysSection(context: ReportContext): string[] {
  const { model, name } = context;
  const lines = ["## Customer journeys", ""];
  if (model.journeys.length === 0) return [...lines, "The model has no customer journeys.", ""];
  lines.push(
    `Satisfaction runs from 1 (awful) to 5 (delighted); a touchpoint scored below ${DEFAULT_UNHAPPY_BELOW} is unhappy. A stage's mean counts each of its touchpoints once.`,
    "",
  );
  const summaries = model.journeys.map((j) => journeySummary(model, j.id));
  const rows = summaries.map((s) => [
    s.name,
    name(s.stakeholder),
    markdown(String(s.worstTouchpoints.length)),
    markdown(formatNumber(s.meanSatisfaction)),
    markdown(String(s.worstTouchpoints.filter((t) => t.satisfaction < DEFAULT_UNHAPPY_BELOW).length)),
    s.stagesWithoutTouchpoints.length === 0 ? "none" : stageNames(s, s.stagesWithoutTouchpoints).join(", "),
  ]);
  lines.push(
    ...markdownTable(
      [
        { title: "Journey" },
        { title: "Stakeholder" },
        { title: "Touchpoints", align: "right" },
        { title: "Mean satisfaction", align: "right" },
        { title: "Unhappy", align: "right" },
        { title: "Stages without touchpoints" },
      ],
      rows,
    ),
    "",
  );
  for (const s of summaries) lines.push(...journeyDetail(context, s));
  return lines;
}

function journeyDetail(context: ReportContext, s: JourneySummary): string[] {
  const { name, settings } = context;
  const lines = [`### Journey: ${escapeMarkdown(s.name)}`, ""];
  lines.push(`Stakeholder: ${escapeMarkdown(name(s.stakeholder))}; ${formatCount(s.worstTouchpoints.length, "touchpoint")}, mean satisfaction ${formatNumber(s.meanSatisfaction)}.`, "");
  lines.push(
    ...markdownTable(
      [{ title: "Stage" }, { title: "Touchpoints", align: "right" }, { title: "Mean satisfaction", align: "right" }],
      s.stages.map((stage) => [stage.name, markdown(String(stage.touchpoints.length)), markdown(formatNumber(stage.meanSatisfaction))]),
    ),
    "",
  );
  const worst = s.worstTouchpoints.slice(0, settings.top);
  if (worst.length > 0) {
    const more = s.worstTouchpoints.length - worst.length;
    lines.push(`Worst touchpoints${more > 0 ? ` (the ${worst.length} worst of ${s.worstTouchpoints.length})` : ""}:`, "");
    lines.push(
      ...markdownTable(
        [{ title: "Touchpoint" }, { title: "Stage" }, { title: "Satisfaction", align: "right" }, { title: "Service" }, { title: "Actors" }],
        worst.map((t) => [
          t.name,
          stageNames(s, [t.stage])[0]!,
          markdown(formatNumber(t.satisfaction)),
          t.service === undefined ? "none" : name(t.service),
          t.actors.length === 0 ? "none" : t.actors.map(name).join(", "),
        ]),
      ),
      "",
    );
  }
  if (s.unhappyServices.length > 0) {
    const services = s.unhappyServices.map((u) => `${escapeMarkdown(u.name)} (worst ${formatNumber(u.worstSatisfaction)}, ${formatCount(u.touchpoints.length, "touchpoint")})`);
    lines.push(`Services behind unhappy touchpoints: ${services.join(", ")}.`, "");
  }
  if (s.unhappyWithoutService.length > 0) lines.push(`Unhappy touchpoints that name no service: ${s.unhappyWithoutService.map((t) => escapeMarkdown(t.name)).join(", ")}.`, "");
  lines.push(...context.diagram(diagramRequest("journey", s.journey), `Journey: ${s.name}`));
  return lines;
}

function stageNames(s: JourneySummary, stages: readonly string[]): string[] {
  return stages.map((id) => s.stages.find((x) => x.stage === id)?.name ?? (id || NOT_AVAILABLE));
}
