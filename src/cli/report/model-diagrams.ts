import type { MermaidDiagram } from "../../mermaid/mermaid-diagram.js";
import { toMermaidView } from "../../mermaid/to-mermaid-view.js";
import type { Model } from "../../model/schema/model.js";
import type { ReportDiagramRequest } from "../../report/report-diagrams.js";

/**
 * The diagrams of a markdown report, drawn by the Mermaid views: each request of `toMarkdownReport` becomes a
 * `toMermaidView` call with the request's view, id and options. A view's warnings (a map aggregated to fit the site's
 * limits) stay with its diagram, where the report shows them as a note, and go to `onWarning` too.
 * @example toMarkdownReport(model, { diagrams: modelDiagrams(model, (w) => console.error(w)) })
 */
export function modelDiagrams(model: Model, onWarning?: (warning: string) => void): (request: ReportDiagramRequest) => MermaidDiagram {
  return (request) => {
    const diagram = toMermaidView(model, request.view, { ...request.options, ...(request.id === undefined ? {} : { id: request.id }) });
    if (onWarning) for (const warning of diagram.warnings) onWarning(warning);
    return diagram;
  };
}
