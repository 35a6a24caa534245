import { allocateCosts } from "../economics/allocate-costs.js";
import { entriesByYear } from "../economics/entries-by-year.js";
import { npv } from "../economics/cash-flow/npv.js";
import { netStandardDeviation } from "../economics/portfolio/net-standard-deviation.js";
import { valueOfInvestment } from "../economics/value-of-investment.js";
import { assertParsedModel } from "../model/assert-parsed-model.js";
import type { Model } from "../model/schema/model.js";
import { riskExposure } from "../risk/risk-exposure.js";
import { quadrantText, quadrantTitle } from "./escape.js";
import type { MermaidDiagram } from "./mermaid-diagram.js";
import { choiceOption, readOptions, type TitledViewOptions, viewTitle } from "./view-options.js";

/** Options of {@link toMermaidPortfolioQuadrant}. */
export interface PortfolioQuadrantOptions extends TitledViewOptions {
  /** Plot services (default) or investments. */
  of?: "services" | "investments";
  /** The value axis: net value (default) or ROI. */
  value?: "net" | "roi";
  /** Which services to plot (default all); ignored for investments. */
  serviceKind?: "all" | "business" | "technical";
}

/** One plotted point, before scaling (exported for reports and tests that want the numbers behind the picture). */
export interface QuadrantPoint {
  id: string;
  name: string;
  /** Risk: a service's risk exposure (expected annual loss reaching it), an investment's standard deviation of net value. */
  risk: number;
  /** Net value (PV) or ROI; `undefined` for an ROI over zero cost. */
  value: number | undefined;
  /** Position on the chart, 0..1. */
  x: number;
  y: number;
}

const FN = "toMermaidPortfolioQuadrant";
/** Points stay this far inside the chart's edges, so that none is cut in half. */
const MARGIN = 0.05;
/** Point colours by the sign of the value (Mermaid's default point colour is computed as hsl(..., NaN%)). */
const POINT_CLASSES = [
  ["gain", "color: #2e7d32, radius: 6, stroke-color: #1b5e20"],
  ["loss", "color: #c62828, radius: 6, stroke-color: #8e0000"],
  ["even", "color: #616161, radius: 6, stroke-color: #424242"],
] as const;
const KEYS = ["title", "maxLabelLength", "limits", "of", "value", "serviceKind"];

/**
 * A coordinate as Mermaid's quadrant grammar reads it: `0` to `0.999` with three decimals, or `1`
 * (the grammar accepts `1` but not `1.000`).
 * @example quadrantCoordinate(0.12345) // "0.123"
 * @example quadrantCoordinate(1) // "1"
 */
export function quadrantCoordinate(v: number): string {
  const r = Math.round(Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0)) * 1000) / 1000;
  return r >= 1 ? "1" : r.toFixed(3);
}

/**
 * The portfolio as a Mermaid `quadrantChart`: value against risk, one point per service (or investment).
 *
 * Axes and scaling (both documented in docs/diagrams.md):
 * - services: risk = risk exposure (`riskExposure(model).byElement`, the expected annual loss of the risks that reach
 *   the service, in money per year); value = net value (PV of tangible benefits - PV of TCO, as
 *   `returnOnInvestment(...).npv`) or ROI (that net value / PV of TCO);
 * - investments: risk = the standard deviation of the net value (`netStandardDeviation`: how uncertain the value is);
 *   value = net value (`valueOfInvestment(...).net`) or ROI (net / PV of costs);
 * - x = 0.05 + 0.9 x risk / the largest risk plotted (0.05 when nothing is at risk);
 *   y = 0.5 + 0.45 x value / the largest |value| plotted, so the horizontal midline is value 0 (above it the item pays
 *   off) and the vertical midline half the largest risk; the 0.05 margin keeps points off the edges. An ROI that is
 *   not defined (zero cost) sits on the midline, with a warning. Points are green (value above 0), red (below) or
 *   grey. Coordinates are written with three decimals (see {@link quadrantCoordinate}).
 * Points are in model order; when the text would be over `maxTextSize`, the points farthest from the centre are kept,
 * with a warning.
 * @example toMermaidPortfolioQuadrant(model, { of: "investments" }).text
 */
export function toMermaidPortfolioQuadrant(model: Model, options?: PortfolioQuadrantOptions): MermaidDiagram {
  const { raw, common } = readOptions(FN, options, KEYS);
  const of = choiceOption(FN, raw, "of", ["services", "investments"] as const, "services");
  const valueKind = choiceOption(FN, raw, "value", ["net", "roi"] as const, "net");
  const serviceKind = choiceOption(FN, raw, "serviceKind", ["all", "business", "technical"] as const, "all");
  const warnings: string[] = [];
  const points = portfolioPoints(model, of, valueKind, serviceKind);
  for (const p of points) {
    if (p.value === undefined) warnings.push(`${FN}: ROI of "${p.id}" is not defined (zero cost): drawn on the midline`);
  }

  const max = common.maxLabelLength;
  const lines = ["quadrantChart"];
  const title = viewTitle(common, `${of === "services" ? "Services" : "Investments"}: value against risk`);
  if (title !== undefined) lines.push(`  title ${quadrantTitle(title)}`);
  const valueName = valueKind === "net" ? "Net value" : "ROI";
  const riskName = of === "services" ? "risk exposure" : "uncertainty of value";
  lines.push(`  x-axis ${quadrantText(`Low ${riskName}`)} --> ${quadrantText(`High ${riskName}`)}`);
  lines.push(`  y-axis ${quadrantText(`${valueName} below 0`)} --> ${quadrantText(`${valueName} above 0`)}`);
  const [q1, q2, q3, q4] =
    of === "services" ? ["Protect", "Grow", "Review", "Fix or retire"] : ["Measure before deciding", "Do now", "Drop", "Avoid"];
  lines.push(`  quadrant-1 ${quadrantText(q1!)}`, `  quadrant-2 ${quadrantText(q2!)}`);
  lines.push(`  quadrant-3 ${quadrantText(q3!)}`, `  quadrant-4 ${quadrantText(q4!)}`);

  const classOf = (p: QuadrantPoint) => ((p.value ?? 0) > 0 ? "gain" : (p.value ?? 0) < 0 ? "loss" : "even");
  for (const [name, style] of POINT_CLASSES) if (points.some((p) => classOf(p) === name)) lines.push(`  classDef ${name} ${style}`);
  const pointLines = points.map(
    (p) => `  ${quadrantText(p.name, max, p.id)}:::${classOf(p)}: [${quadrantCoordinate(p.x)}, ${quadrantCoordinate(p.y)}]`,
  );
  const header = lines.join("\n").length + 1;
  const total = pointLines.reduce((s, l) => s + l.length + 1, header);
  let keep = pointLines.map((_, i) => i);
  if (total > common.limits.maxTextSize) {
    // Keep the points farthest from the centre (the clearest calls), drawn in model order.
    const spread = (p: QuadrantPoint) => Math.max(p.x, Math.abs(p.y - 0.5) * 2);
    const order = keep.slice().sort((a, b) => spread(points[b]!) - spread(points[a]!) || a - b);
    let size = header;
    const chosen: number[] = [];
    for (const i of order) {
      if (size + pointLines[i]!.length + 1 > common.limits.maxTextSize) break;
      size += pointLines[i]!.length + 1;
      chosen.push(i);
    }
    keep = chosen.sort((a, b) => a - b);
    warnings.push(
      `${FN}: ${points.length} points need ${total} characters, over maxTextSize ${common.limits.maxTextSize}: showing the ` +
        `${keep.length} farthest from the centre. Use serviceKind to plot fewer, or raise the limit on the site and here.`,
    );
  }
  for (const i of keep) lines.push(pointLines[i]!);
  return { text: `${lines.join("\n")}\n`, warnings };
}

/**
 * The points of the chart, with their raw risk and value and their scaled coordinates, in model order. Throws
 * `ModelError("invalid-argument")` for an `of`, `valueKind` or `serviceKind` that is not one of its choices.
 */
export function portfolioPoints(
  model: Model,
  of: "services" | "investments",
  valueKind: "net" | "roi",
  serviceKind: "all" | "business" | "technical" = "all",
): QuadrantPoint[] {
  assertParsedModel("portfolioPoints", model);
  choiceOption("portfolioPoints", { of }, "of", ["services", "investments"], "services");
  choiceOption("portfolioPoints", { valueKind }, "valueKind", ["net", "roi"], "net");
  choiceOption("portfolioPoints", { serviceKind }, "serviceKind", ["all", "business", "technical"], "all");
  const rate = model.discountRate;
  const raw: { id: string; name: string; risk: number; value: number | undefined }[] = [];
  const ratio = (net: number, costs: number) => (valueKind === "net" ? net : costs !== 0 ? net / costs : undefined);
  if (of === "services") {
    const exposure = riskExposure(model).byElement;
    const allocation = allocateCosts(model);
    for (const s of model.services) {
      if (serviceKind !== "all" && s.kind !== serviceKind) continue;
      const costs = npv(rate, allocation.services[s.id]!.fullByYear);
      const gains = npv(rate, entriesByYear(model, "benefits", s.id, "tangible"));
      raw.push({ id: s.id, name: s.name, risk: exposure[s.id] ?? 0, value: ratio(gains - costs, costs) });
    }
  } else {
    for (const inv of model.investments) {
      const v = valueOfInvestment(model, inv.id);
      raw.push({ id: inv.id, name: inv.name, risk: netStandardDeviation(model, inv), value: ratio(v.net, v.costs) });
    }
  }
  const maxRisk = raw.reduce((m, p) => Math.max(m, p.risk), 0);
  const maxValue = raw.reduce((m, p) => Math.max(m, Math.abs(p.value ?? 0)), 0);
  return raw.map((p) => ({
    ...p,
    x: MARGIN + (maxRisk > 0 ? (1 - 2 * MARGIN) * (p.risk / maxRisk) : 0),
    y: 0.5 + (maxValue > 0 ? (0.5 - MARGIN) * ((p.value ?? 0) / maxValue) : 0),
  }));
}
