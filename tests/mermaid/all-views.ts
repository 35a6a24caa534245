import type { Model } from "../../src/index.js";
import type { MermaidDiagram } from "../../src/mermaid/mermaid-diagram.js";
import { toMermaidView } from "../../src/mermaid/to-mermaid-view.js";

/**
 * Every view of a model, with the option variants that change the text's structure: the full and the aggregated service
 * map with TCO, the stakeholder map, each value stream grouped and ungrouped, each journey, the quadrant of services and
 * of investments, the cost flow at each level of detail, the dimensions of each service and the impact of each service.
 */
export function allViews(model: Model): { name: string; diagram: MermaidDiagram }[] {
  const out: { name: string; diagram: MermaidDiagram }[] = [];
  const add = (name: string, view: string, options: Record<string, unknown> = {}) => out.push({ name, diagram: toMermaidView(model, view, options) });
  add("service-map", "service-map");
  add("service-map aggregated with TCO", "service-map", { aggregate: true, tco: true });
  add("stakeholder-map", "stakeholder-map");
  for (const v of model.valueStreams) {
    add(`value-stream ${v.id}`, "value-stream", { id: v.id });
    add(`value-stream ${v.id} ungrouped`, "value-stream", { id: v.id, groupBy: "none", direction: "TB" });
  }
  for (const j of model.journeys) add(`journey ${j.id}`, "journey", { id: j.id });
  add("portfolio-quadrant", "portfolio-quadrant");
  add("portfolio-quadrant investments", "portfolio-quadrant", { of: "investments", value: "roi" });
  for (const detail of ["full", "services", "pools"]) add(`cost-flow ${detail}`, "cost-flow", { detail });
  for (const s of model.services) {
    add(`dimensions ${s.id}`, "dimensions", { id: s.id });
    add(`impact ${s.id}`, "impact", { id: s.id, offerings: true });
  }
  return out;
}
