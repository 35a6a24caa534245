import { impactOf } from "../graph/impact-of.js";
import { elementIndex, type ElementKind } from "../model/element-index.js";
import type { Model } from "../model/schema/model.js";
import { elementName } from "../model/element-name.js";
import { elementOrThrow } from "./element-or-throw.js";
import { flowchartLabel, flowchartLines } from "./escape.js";
import { emitFlowchart, type FlowEdge, type FlowNode, type NodeShape } from "./emit-flowchart.js";
import type { MermaidDiagram } from "./mermaid-diagram.js";
import { mermaidNodeId } from "./mermaid-node-id.js";
import { booleanOption, type FlowchartViewOptions, readOptions, viewTitle } from "./view-options.js";

/** Options of {@link toMermaidImpact}. */
export interface ImpactOptions extends FlowchartViewOptions {
  /** Also draw the affected offerings (default false). */
  offerings?: boolean;
}

const FN = "toMermaidImpact";
const KEYS = ["direction", "title", "maxLabelLength", "limits", "href", "offerings"];

const GROUPS: readonly { kind: ElementKind; id: string; name: string; shape: NodeShape }[] = [
  { kind: "service", id: "x_services", name: "Services", shape: "rect" },
  { kind: "offering", id: "x_offerings", name: "Offerings", shape: "subroutine" },
  { kind: "step", id: "x_steps", name: "Steps", shape: "round" },
  { kind: "value-stream", id: "x_value_streams", name: "Value streams", shape: "stadium" },
  { kind: "journey", id: "x_journeys", name: "Journeys", shape: "stadium" },
  { kind: "stakeholder", id: "x_stakeholders", name: "Stakeholders", shape: "hexagon" },
];

const CLASS_DEFS: readonly (readonly [string, string])[] = [
  ["failed", "fill:#ffebee,stroke:#c62828,stroke-width:3px,color:#3b0a0a"],
  ["affected", "fill:#fff8e1,stroke:#f9a825,color:#3d2e00"],
  ["customer", "fill:#e3f2fd,stroke:#1565c0,color:#0d2b45"],
  ["user", "fill:#e8f5e9,stroke:#2e7d32,color:#0b2e0f"],
  ["sponsor", "fill:#f3e5f5,stroke:#6a1b9a,color:#2a0a3a"],
];

/**
 * What fails when one element fails (`impactOf`), as a flowchart: the failed element, then the affected services,
 * (offerings), steps, value streams and journeys, and the stakeholders they serve with their roles (customer, user,
 * sponsor; a stakeholder's node lists the roles it is affected in and is styled by the first). Each affected node hangs
 * off the node before it on its shortest path from the failed element, so the edges are the paths of `impactOf`
 * (a tree). Groups by kind; document order within each.
 * Throws `ModelError("not-found")` for an unknown id, with a suggestion.
 * @example toMermaidImpact(model, "identity").text // "---\ntitle: \"If Identity and directory fails\"\n---\nflowchart LR\n..."
 */
export function toMermaidImpact(model: Model, elementId: string, options?: ImpactOptions): MermaidDiagram {
  const entry = elementOrThrow(FN, model, elementId);
  const { raw, common } = readOptions(FN, options, KEYS);
  const showOfferings = booleanOption(FN, raw, "offerings", false);
  const impact = impactOf(model, entry.id);
  const max = common.maxLabelLength;
  const index = elementIndex(model);

  const roles = new Map<string, string[]>();
  const addRole = (list: readonly string[], role: string) => {
    for (const id of list) roles.set(id, [...(roles.get(id) ?? []), role]);
  };
  addRole(impact.stakeholders.customers, "customer");
  addRole(impact.stakeholders.users, "user");
  addRole(impact.stakeholders.sponsors, "sponsor");

  const shown = new Set<string>([entry.id]);
  const nodes: FlowNode[] = [
    {
      id: mermaidNodeId(entry.id),
      label: flowchartLines([elementName(model, entry.id), `fails (${entry.kind.replace(/-/g, " ")})`], max, entry.id),
      shape: "hexagon",
      classes: ["failed"],
      element: { id: entry.id, kind: entry.kind },
    },
  ];
  const lists: Record<string, readonly string[]> = {
    service: impact.services,
    offering: showOfferings ? impact.offerings : [],
    step: impact.steps,
    "value-stream": impact.valueStreams,
    journey: impact.journeys,
    // Stakeholders in document order: every one reached (also those in none of the three roles), as paths lists them.
    stakeholder: model.stakeholders.map((s) => s.id).filter((id) => id !== entry.id && impact.paths[id] !== undefined),
  };
  for (const group of GROUPS) {
    for (const id of lists[group.kind]!) {
      const kind = index.byId.get(id)?.kind ?? group.kind;
      const held = roles.get(id) ?? [];
      const name = elementName(model, id);
      nodes.push({
        id: mermaidNodeId(id),
        label: kind === "stakeholder" && held.length > 0 ? flowchartLines([name, held.join(", ")], max, id) : flowchartLabel(name, max, id),
        shape: group.shape,
        classes: kind === "stakeholder" ? [held[0] ?? "affected"] : ["affected"],
        group: group.id,
        element: { id, kind },
      });
      shown.add(id);
    }
  }
  // Nearest first (path length, then group and document order): what the limits trim is the farthest, and every
  // node comes after the one it hangs off.
  const depth = (node: FlowNode) => impact.paths[node.element!.id]?.length ?? 2;
  const affected = nodes.slice(1).map((node, i) => ({ node, i })).sort((a, b) => depth(a.node) - depth(b.node) || a.i - b.i).map((e) => e.node);
  nodes.splice(1, nodes.length - 1, ...affected);
  const edges: FlowEdge[] = [];
  for (const node of nodes.slice(1)) {
    const id = node.element!.id;
    const path = impact.paths[id] ?? [entry.id, id];
    // The nearest element before it on its path that is drawn (offerings may be hidden).
    let from = entry.id;
    for (let i = path.length - 2; i >= 0; i--) {
      if (shown.has(path[i]!)) {
        from = path[i]!;
        break;
      }
    }
    edges.push({ from: mermaidNodeId(from), to: node.id, kind: node.element!.kind === "stakeholder" ? "dotted" : "solid" });
  }
  const title = viewTitle(common, `If ${elementName(model, entry.id)} fails`);
  return emitFlowchart(
    {
      direction: common.direction ?? "LR",
      title,
      groups: GROUPS.map((g) => ({ id: g.id, label: flowchartLabel(g.name) })),
      nodes,
      edges,
      classDefs: CLASS_DEFS,
    },
    {
      fn: FN,
      limits: common.limits,
      href: common.href,
      emptyNote: "Nothing else is affected",
      trimHint: "The nearest affected elements are shown first; raise the limits on the site and here to see all.",
    },
  );
}
