import type { Model } from "../model/schema/model.js";
import type { Stakeholder } from "../model/schema/stakeholder.js";
import { STAKEHOLDER_ROLE_IDS, type StakeholderRole } from "../reference/itil4.js";
import { flowchartLabel, flowchartLines } from "./escape.js";
import { emitFlowchart, type FlowEdge, type FlowNode } from "./emit-flowchart.js";
import type { MermaidDiagram } from "./mermaid-diagram.js";
import { mermaidNodeId } from "./mermaid-node-id.js";
import { badOption, booleanOption, type FlowchartViewOptions, readOptions, viewTitle } from "./view-options.js";

/** Options of {@link toMermaidStakeholderMap}. */
export interface StakeholderMapOptions extends FlowchartViewOptions {
  /** The roles to draw (default all five: customer, user, sponsor, supplier, provider). */
  roles?: readonly StakeholderRole[];
  /** Also draw stakeholders that have no relation to a service (default true). */
  unrelated?: boolean;
}

const FN = "toMermaidStakeholderMap";
const KEYS = ["direction", "title", "maxLabelLength", "limits", "href", "roles", "unrelated"];
const CONSUMER_ROLES: readonly StakeholderRole[] = ["customer", "user", "sponsor"];

const CLASS_DEFS: readonly (readonly [string, string])[] = [
  ["internal", "fill:#e3f2fd,stroke:#1565c0,color:#0d2b45"],
  ["external", "fill:#fff3e0,stroke:#e65100,color:#3e1a00"],
  ["business", "fill:#e8f5e9,stroke:#2e7d32,color:#0b2e0f"],
  ["technical", "fill:#f3e5f5,stroke:#6a1b9a,color:#2a0a3a"],
  ["pipeline", "stroke-dasharray:6 4"],
  ["retired", "fill:#eeeeee,color:#757575,stroke:#9e9e9e,stroke-dasharray:2 2"],
];

/**
 * Who is customer, user, sponsor, supplier and provider of which service: stakeholders on one side (internal and
 * external styled apart, their roles under their name), services on the other, one edge per relation labelled with
 * the role it stands for. A consumer's edge carries the consumer roles it holds (`customer, sponsor`), the owner's edge
 * `provider`, the supplier's edge `supplier`. Only services
 * with at least one drawn relation appear. Model order throughout.
 * @example toMermaidStakeholderMap(model, { roles: ["sponsor"] }) // who pays for what
 */
export function toMermaidStakeholderMap(model: Model, options?: StakeholderMapOptions): MermaidDiagram {
  const { raw, common } = readOptions(FN, options, KEYS);
  const roles = readRoles(raw.roles);
  const showUnrelated = booleanOption(FN, raw, "unrelated", true);
  const stakeholders = new Map(model.stakeholders.map((s) => [s.id, s]));
  const edges: FlowEdge[] = [];
  const related = new Set<string>();
  const servicesShown = new Set<string>();
  const link = (stakeholder: string, service: string, label: string) => {
    if (!stakeholders.has(stakeholder)) return;
    related.add(stakeholder);
    servicesShown.add(service);
    edges.push({ from: mermaidNodeId(stakeholder), to: mermaidNodeId(service), kind: "solid", label: flowchartLabel(label) });
  };
  for (const service of model.services) {
    if (service.owner !== undefined && roles.has("provider")) link(service.owner, service.id, "provider");
    if (service.supplier !== undefined && roles.has("supplier")) link(service.supplier, service.id, "supplier");
    for (const consumer of service.consumers) {
      // parseModel makes sure a consumer holds at least one of customer, user, sponsor.
      const shown = stakeholders.get(consumer.stakeholder)?.roles.filter((r) => CONSUMER_ROLES.includes(r) && roles.has(r)) ?? [];
      if (shown.length > 0) link(consumer.stakeholder, service.id, shown.join(", "));
    }
  }
  const nodes: FlowNode[] = [];
  for (const s of model.stakeholders) {
    if (!related.has(s.id) && !showUnrelated) continue;
    nodes.push(stakeholderNode(s, common.maxLabelLength));
  }
  for (const service of model.services) {
    if (!servicesShown.has(service.id)) continue;
    const classes: string[] = [service.kind];
    if (service.lifecycle !== "live") classes.push(service.lifecycle);
    nodes.push({
      id: mermaidNodeId(service.id),
      label: flowchartLabel(service.lifecycle === "live" ? service.name : `${service.name} (${service.lifecycle})`, common.maxLabelLength, service.id),
      shape: service.kind === "business" ? "round" : "rect",
      classes,
      group: "x_services",
      element: { id: service.id, kind: "service" },
    });
  }
  const title = viewTitle(common, `Stakeholders: ${model.name}`);
  return emitFlowchart(
    {
      direction: common.direction ?? "LR",
      title,
      groups: [
        { id: "x_stakeholders", label: flowchartLabel("Stakeholders") },
        { id: "x_services", label: flowchartLabel("Services") },
      ],
      nodes,
      edges,
      classDefs: CLASS_DEFS,
    },
    {
      fn: FN,
      limits: common.limits,
      href: common.href,
      emptyNote:
        model.stakeholders.length === 0
          ? "No stakeholders in the model"
          : `No stakeholder relates to a service${roles.size < STAKEHOLDER_ROLE_IDS.length ? " in the roles asked for" : ""} (the others are hidden)`,
      trimHint: "Use roles to draw fewer relations, or raise the limits on the site and here.",
    },
  );
}

function stakeholderNode(s: Stakeholder, maxLabelLength: number): FlowNode {
  return {
    id: mermaidNodeId(s.id),
    label: flowchartLines([s.name, s.roles.join(", ")], maxLabelLength, s.id),
    shape: s.kind === "person" ? "stadium" : s.kind === "team" ? "round" : "rect",
    classes: [s.internal ? "internal" : "external"],
    group: "x_stakeholders",
    element: { id: s.id, kind: "stakeholder" },
  };
}

function readRoles(value: unknown): ReadonlySet<StakeholderRole> {
  if (value === undefined) return new Set(STAKEHOLDER_ROLE_IDS);
  if (!Array.isArray(value) || value.length === 0 || value.some((r) => !(STAKEHOLDER_ROLE_IDS as readonly unknown[]).includes(r))) {
    badOption(FN, "roles", `must be a non-empty list of ${STAKEHOLDER_ROLE_IDS.join(", ")}`, value);
  }
  return new Set(value as StakeholderRole[]);
}
