import { allocateCosts } from "../economics/allocate-costs.js";
import { dependenciesOf } from "../graph/dependencies-of.js";
import { dependentsOf } from "../graph/dependents-of.js";
import { elementIndex } from "../model/element-index.js";
import type { Model } from "../model/schema/model.js";
import type { Service } from "../model/schema/service.js";
import { ITIL4_DIMENSIONS, type DimensionId } from "../reference/itil4.js";
import { elementName } from "../model/element-name.js";
import { elementOrThrow } from "./element-or-throw.js";
import { flowchartLabel, flowchartLines } from "./escape.js";
import { emitFlowchart, fitsLimits, type FlowEdge, type FlowNode, type Flowchart } from "./emit-flowchart.js";
import { formatMoney } from "./format-quantity.js";
import type { MermaidDiagram } from "./mermaid-diagram.js";
import { mermaidNodeId } from "./mermaid-node-id.js";
import { badOption, booleanOption, type FlowchartViewOptions, type LinkTarget, readOptions, viewTitle } from "./view-options.js";

/** Options of {@link toMermaidServiceMap}. */
export interface ServiceMapOptions extends FlowchartViewOptions {
  /**
   * Keep only what this element touches: itself, everything it needs and everything that needs it, transitively
   * (`dependenciesOf` and `dependentsOf`), for big models. Any element id (a service, a resource, a supplier, a step).
   */
  focus?: string;
  /**
   * Collapse the technical services and resources behind each business service into counts on it:
   * `true` always, `false` never, `"auto"` (default) only when the full map is over the site's limits.
   */
  aggregate?: boolean | "auto";
  /** Show each service's TCO over the horizon (its full cost, from `allocateCosts`) on its node; default false. */
  tco?: boolean;
  /** Show resources, grouped by dimension; default true. */
  resources?: boolean;
  /** Show the stakeholders that supply services; default true. */
  suppliers?: boolean;
}

const FN = "toMermaidServiceMap";
const KEYS = ["direction", "title", "maxLabelLength", "limits", "href", "focus", "aggregate", "tco", "resources", "suppliers"];

/** Classes by dimension, and the name shown for each dimension's group. */
const DIMENSION_CLASS: Readonly<Record<DimensionId, string>> = {
  "organizations-and-people": "people",
  "information-and-technology": "technology",
  "partners-and-suppliers": "partners",
  "value-streams-and-processes": "processes",
};

const CLASS_DEFS: readonly (readonly [string, string])[] = [
  ["business", "fill:#e3f2fd,stroke:#1565c0,color:#0d2b45"],
  ["technical", "fill:#f3e5f5,stroke:#6a1b9a,color:#2a0a3a"],
  ["people", "fill:#fff3e0,stroke:#e65100,color:#3e1a00"],
  ["technology", "fill:#e8f5e9,stroke:#2e7d32,color:#0b2e0f"],
  ["partners", "fill:#fce4ec,stroke:#ad1457,color:#3d0820"],
  ["processes", "fill:#ede7f6,stroke:#4527a0,color:#1a0f3d"],
  ["supplier", "fill:#eceff1,stroke:#37474f,color:#1c2326"],
  ["aggregate", "fill:#fafafa,stroke:#9e9e9e,color:#212121,stroke-dasharray:3 3"],
  ["pipeline", "stroke-dasharray:6 4"],
  ["retired", "fill:#eeeeee,color:#757575,stroke:#9e9e9e,stroke-dasharray:2 2"],
  ["focus", "stroke-width:4px"],
];

/**
 * A flowchart of the service landscape: business services (rounded, grouped), the technical services they bundle
 * (thick arrow `==>`) or depend on (arrow `-->`), the resources each service uses, grouped by the four dimensions, and
 * the stakeholders that supply services (dotted arrows `-.->`). Classes style nodes by kind, dimension and lifecycle
 * (`pipeline` dashed, `retired` grey); a non-live service says so in its label. Nodes follow model order.
 *
 * Big models: `focus` keeps one element's neighbourhood (for a cost, benefit, risk or investment, the neighbourhood of
 * what it is attached to; a warning says when the focus has no node of its own); `aggregate` collapses technical services and resources into
 * counts per business service (by default only when the full map is over the site's limits); what still does not fit
 * the limits is trimmed (business services first), with a warning.
 * Throws `ModelError("not-found")` for an unknown `focus` (with a suggestion), `ModelError("invalid-argument")` for a
 * bad option.
 * @example
 * toMermaidServiceMap(model, { tco: true }).text // "---\ntitle: \"Service map: Modern workplace\"\n---\nflowchart LR\n..."
 * toMermaidServiceMap(model, { focus: "mail", href: ({ id }) => `services/${id}.md` })
 */
export function toMermaidServiceMap(model: Model, options?: ServiceMapOptions): MermaidDiagram {
  const { raw, common } = readOptions(FN, options, KEYS);
  const showTco = booleanOption(FN, raw, "tco", false);
  const showResources = booleanOption(FN, raw, "resources", true);
  const showSuppliers = booleanOption(FN, raw, "suppliers", true);
  const aggregate = raw.aggregate ?? "auto";
  if (aggregate !== true && aggregate !== false && aggregate !== "auto") badOption(FN, "aggregate", 'must be true, false or "auto"', aggregate);
  let keep: Set<string> | undefined;
  let focus: string | undefined;
  if (raw.focus !== undefined) {
    focus = elementOrThrow(FN, model, raw.focus).id;
    keep = new Set([focus]);
    for (const id of anchorsOf(model, focus)) {
      keep.add(id);
      for (const d of dependenciesOf(model, id, { transitive: true })) keep.add(d);
      for (const d of dependentsOf(model, id, { transitive: true })) keep.add(d);
    }
  }
  const focusName = focus !== undefined ? elementName(model, focus) : undefined;
  const title = viewTitle(common, focusName !== undefined ? `Service map around ${focusName}` : `Service map: ${model.name}`);
  const ctx: MapContext = {
    model,
    keep,
    focus,
    maxLabelLength: common.maxLabelLength,
    tco: showTco ? tcoTotals(model) : undefined,
    showResources,
    showSuppliers,
  };
  const base = { direction: common.direction ?? "LR", title, classDefs: CLASS_DEFS } as const;
  const warnings: string[] = [];
  // Counting edges first spares building a full map that is sure to be over the limits.
  const edgeCount = aggregate === "auto" ? fullEdgeCount(ctx) : 0;
  const tooManyEdges = edgeCount > common.limits.maxEdges;
  let chart: Flowchart | undefined = aggregate === true || tooManyEdges ? undefined : { ...base, ...fullMap(ctx) };
  // The caller's href runs once per element, though the full map is measured (links included) before it is written.
  const href = common.href && onePerElement(common.href);
  if (chart === undefined || (aggregate === "auto" && !fitsLimits(chart, common.limits, href))) {
    chart = { ...base, ...aggregatedMap(ctx) };
    if (aggregate === "auto") {
      warnings.push(
        `${FN}: the full map (${edgeCount} edges) is over the site's limits ` +
          `(maxEdges ${common.limits.maxEdges}, maxTextSize ${common.limits.maxTextSize}): technical services and resources are ` +
          `collapsed into one node per business service. Use focus for one part in full, or aggregate: false with raised limits.`,
      );
    }
  }
  if (focus !== undefined && !chart.nodes.some((n) => n.element?.id === focus)) {
    const kind = elementIndex(model).byId.get(focus)!.kind;
    const why =
      kind === "resource" && !showResources
        ? "resources are left out (resources: false, --no-resources)"
        : kind === "stakeholder" && !showSuppliers
          ? "suppliers are left out (suppliers: false, --no-suppliers)"
          : "the map is aggregated, one node per business service (aggregate: false, --aggregate false, shows it)";
    warnings.push(
      ["service", "resource", "stakeholder"].includes(kind)
        ? `${FN}: focus "${focus}" has no node of its own: ${why}.`
        : `${FN}: focus "${focus}" is ${article(kind)} ${kind.replace(/-/g, " ")}, which a service map does not draw (it draws services, resources ` +
            `and the stakeholders that supply them): the map shows the services it is linked to.`,
    );
  }
  return emitFlowchart(chart, {
    fn: FN,
    limits: common.limits,
    href,
    emptyNote: keep ? "Nothing to show" : "No services in the model",
    trimHint: "Use focus to show one part of the map, or raise the limits on the site and here.",
    warnings,
  });
}

/** `href`, called once per element id and kind. */
function onePerElement(href: (target: LinkTarget) => string | undefined): (target: LinkTarget) => string | undefined {
  const seen = new Map<string, string | undefined>();
  return (target) => {
    const key = `${target.kind}:${target.id}`;
    if (!seen.has(key)) seen.set(key, href(target));
    return seen.get(key);
  };
}

/** "an" before a vowel ("an investment", "an offering"), else "a". */
function article(word: string): string {
  return /^[aeio]/.test(word) ? "an" : "a";
}

/**
 * The elements whose neighbourhood a focus map shows: the focus itself and, for what the map does not draw and that
 * needs nothing (a cost or benefit, a risk, an investment), what it is attached to: the element a cost or benefit is
 * `of`, the elements a risk or investment `affects`, those of the risks an investment reduces, and so on.
 */
function anchorsOf(model: Model, focus: string): string[] {
  const found = new Set<string>();
  const visit = (id: string) => {
    if (found.has(id)) return;
    found.add(id);
    const entry = elementIndex(model).byId.get(id);
    const at = entry?.path[1] as number;
    switch (entry?.kind) {
      case "cost":
        return visit(model.costs[at]!.of);
      case "benefit":
        return visit(model.benefits[at]!.of);
      case "risk":
        return model.risks[at]!.affects.forEach(visit);
      case "investment": {
        const investment = model.investments[at]!;
        investment.affects.forEach(visit);
        for (const r of investment.reduces) visit(r.risk);
        return;
      }
      default:
        return;
    }
  };
  visit(focus);
  return [...found];
}

interface MapContext {
  model: Model;
  keep: Set<string> | undefined;
  focus: string | undefined;
  maxLabelLength: number;
  tco: Map<string, number> | undefined;
  showResources: boolean;
  showSuppliers: boolean;
}

function tcoTotals(model: Model): Map<string, number> {
  const allocation = allocateCosts(model);
  const out = new Map<string, number>();
  for (const s of model.services) out.set(s.id, allocation.services[s.id]!.fullByYear.reduce((a, v) => a + v, 0));
  return out;
}

function serviceLabel(ctx: MapContext, service: Service, extra?: string): string {
  const name = service.lifecycle === "live" ? service.name : `${service.name} (${service.lifecycle})`;
  const lines = [name];
  if (extra !== undefined) lines.push(extra);
  const tco = ctx.tco?.get(service.id);
  if (tco !== undefined) lines.push(`TCO ${formatMoney(tco, ctx.model.currency)} / ${ctx.model.horizonYears} y`);
  return lines.length === 1 ? flowchartLabel(name, ctx.maxLabelLength, service.id) : flowchartLines(lines, ctx.maxLabelLength, service.id);
}

function serviceNode(ctx: MapContext, service: Service, extra?: string): FlowNode {
  const classes: string[] = [service.kind];
  if (service.lifecycle !== "live") classes.push(service.lifecycle);
  if (service.id === ctx.focus) classes.push("focus");
  return {
    id: mermaidNodeId(service.id),
    label: serviceLabel(ctx, service, extra),
    shape: service.kind === "business" ? "round" : "rect",
    classes,
    group: service.kind === "business" ? "x_business" : "x_technical",
    element: { id: service.id, kind: "service" },
  };
}

const GROUPS = [
  { id: "x_business", label: flowchartLabel("Business services") },
  { id: "x_technical", label: flowchartLabel("Technical services") },
  ...ITIL4_DIMENSIONS.map((d) => ({ id: `x_${DIMENSION_CLASS[d.id]}`, label: flowchartLabel(d.name) })),
  { id: "x_suppliers", label: flowchartLabel("Suppliers") },
  { id: "x_stakeholders", label: flowchartLabel("Stakeholders") },
];

/** A stakeholder's node: in the Suppliers group when it supplies a service shown, else (a focus) in Stakeholders. */
function supplierNode(ctx: MapContext, id: string, supplies = true): FlowNode | undefined {
  const entry = elementIndex(ctx.model).byId.get(id);
  if (!entry || entry.kind !== "stakeholder") return undefined;
  const stakeholder = ctx.model.stakeholders[entry.path[1] as number]!;
  return {
    id: mermaidNodeId(id),
    label: flowchartLabel(stakeholder.name, ctx.maxLabelLength, id),
    shape: "hexagon",
    classes: id === ctx.focus ? ["supplier", "focus"] : ["supplier"],
    group: supplies ? "x_suppliers" : "x_stakeholders",
    element: { id, kind: "stakeholder" },
  };
}

/** Every kept service, resource and supplier, and every relation between them. */
function fullMap(ctx: MapContext): Pick<Flowchart, "groups" | "nodes" | "edges"> {
  const { model, keep } = ctx;
  const kept = (id: string) => !keep || keep.has(id);
  const services = model.services.filter((s) => kept(s.id));
  const nodes: FlowNode[] = [];
  for (const s of services) if (s.kind === "business") nodes.push(serviceNode(ctx, s));
  for (const s of services) if (s.kind !== "business") nodes.push(serviceNode(ctx, s));
  const edges: FlowEdge[] = [];
  const shown = new Set(services.map((s) => s.id));
  const seen = new Set<string>();
  const ids = new Map<string, string>();
  const idOf = (id: string) => {
    let n = ids.get(id);
    if (n === undefined) ids.set(id, (n = mermaidNodeId(id)));
    return n;
  };
  const edge = (from: string, to: string, kind: FlowEdge["kind"]) => {
    const key = `${from} ${to} ${kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push({ from: idOf(from), to: idOf(to), kind });
  };
  for (const s of services) {
    for (const b of s.bundles) if (shown.has(b.service)) edge(s.id, b.service, "thick");
    for (const d of s.dependsOn) if (shown.has(d.service)) edge(s.id, d.service, "solid");
  }
  if (ctx.showResources) {
    for (const r of model.resources) {
      if (!kept(r.id)) continue;
      nodes.push({
        id: mermaidNodeId(r.id),
        label: flowchartLabel(r.name, ctx.maxLabelLength, r.id),
        shape: "stadium",
        classes: r.id === ctx.focus ? [DIMENSION_CLASS[r.dimension], "focus"] : [DIMENSION_CLASS[r.dimension]],
        group: `x_${DIMENSION_CLASS[r.dimension]}`,
        element: { id: r.id, kind: "resource" },
      });
      for (const ref of r.supports) if (shown.has(ref.service)) edge(ref.service, r.id, "dotted");
    }
  }
  if (ctx.showSuppliers) {
    const suppliers = new Set<string>();
    for (const s of services) if (s.supplier !== undefined && kept(s.supplier)) suppliers.add(s.supplier);
    const supplying = new Set(suppliers);
    // A stakeholder in focus is shown even when it supplies nothing (among the Stakeholders, not the Suppliers).
    if (ctx.focus !== undefined && elementIndex(model).byId.get(ctx.focus)?.kind === "stakeholder") suppliers.add(ctx.focus);
    for (const sh of model.stakeholders) {
      if (!suppliers.has(sh.id)) continue;
      const node = supplierNode(ctx, sh.id, supplying.has(sh.id));
      if (node) nodes.push(node);
    }
    for (const s of services) if (s.supplier !== undefined && suppliers.has(s.supplier)) edge(s.id, s.supplier, "dotted");
  }
  return { groups: GROUPS, nodes, edges };
}

/**
 * The map collapsed per business service: each technical service joins the group of the first business service (in
 * model order) that bundles it, or a group of its own when none does; a group is one node with its counts (technical
 * services, resources that support them), and groups are linked when any of their members are. Resources show as one
 * count per dimension, suppliers as nodes linked to the groups they supply. Linear in the size of the model.
 * Node order (the trimming priority): dimension counts, suppliers, the ungrouped technical services, business services.
 */
function aggregatedMap(ctx: MapContext): Pick<Flowchart, "groups" | "nodes" | "edges"> {
  const { model, keep } = ctx;
  const kept = (id: string) => !keep || keep.has(id);
  const services = model.services.filter((s) => kept(s.id));
  const OTHER = "x_other_technical";
  const groupOf = new Map<string, string>();
  for (const s of services) if (s.kind === "business") groupOf.set(s.id, mermaidNodeId(s.id));
  for (const s of services) {
    if (s.kind !== "business") continue;
    for (const b of s.bundles) if (kept(b.service) && !groupOf.has(b.service)) groupOf.set(b.service, mermaidNodeId(s.id));
  }
  const technical = new Map<string, number>();
  const resources = new Map<string, number>();
  const group = (id: string) => groupOf.get(id) ?? OTHER;
  for (const s of services) if (s.kind !== "business") technical.set(group(s.id), (technical.get(group(s.id)) ?? 0) + 1);

  const edges: FlowEdge[] = [];
  const seen = new Set<string>();
  const edge = (from: string, to: string, kind: FlowEdge["kind"]) => {
    if (from === to) return;
    const key = `${from} ${to} ${kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push({ from, to, kind });
  };
  const shown = new Set(services.map((s) => s.id));
  for (const s of services) {
    for (const b of s.bundles) if (shown.has(b.service)) edge(group(s.id), group(b.service), "thick");
    for (const d of s.dependsOn) if (shown.has(d.service)) edge(group(s.id), group(d.service), "solid");
  }

  const nodes: FlowNode[] = [];
  if (ctx.showResources) {
    const byDimension = new Map<DimensionId, number>();
    for (const r of model.resources) {
      if (!kept(r.id)) continue;
      byDimension.set(r.dimension, (byDimension.get(r.dimension) ?? 0) + 1);
      const groups = new Set<string>();
      for (const ref of r.supports) if (shown.has(ref.service)) groups.add(group(ref.service));
      for (const g of groups) resources.set(g, (resources.get(g) ?? 0) + 1);
    }
    for (const d of ITIL4_DIMENSIONS) {
      const count = byDimension.get(d.id);
      if (count === undefined) continue;
      const cls = DIMENSION_CLASS[d.id];
      nodes.push({ id: `x_all_${cls}`, label: flowchartLabel(plural(count, "resource")), shape: "stadium", classes: [cls, "aggregate"], group: `x_${cls}` });
    }
  }
  if (ctx.showSuppliers) {
    const suppliers = new Set<string>();
    for (const s of services) {
      if (s.supplier === undefined || !kept(s.supplier)) continue;
      suppliers.add(s.supplier);
      edge(group(s.id), mermaidNodeId(s.supplier), "dotted");
    }
    for (const sh of model.stakeholders) {
      if (!suppliers.has(sh.id)) continue;
      const node = supplierNode(ctx, sh.id);
      if (node) nodes.push(node);
    }
  }
  const counts = (g: string) => {
    const parts = [plural(technical.get(g) ?? 0, "technical service")];
    if (ctx.showResources) parts.push(plural(resources.get(g) ?? 0, "resource"));
    return parts.join(", ");
  };
  if (technical.has(OTHER) || resources.has(OTHER)) {
    nodes.push({
      id: OTHER,
      label: flowchartLines(["Not bundled in a business service", counts(OTHER)]),
      shape: "rect",
      classes: ["aggregate"],
      group: "x_technical",
    });
  }
  for (const s of services) if (s.kind === "business") nodes.push(serviceNode(ctx, s, counts(mermaidNodeId(s.id))));
  return { groups: GROUPS, nodes, edges };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** How many edges the full map would have (cheap: decides aggregation before building it). */
function fullEdgeCount(ctx: MapContext): number {
  const { model, keep } = ctx;
  const kept = (id: string) => !keep || keep.has(id);
  const keptService = (ref: { service: string }) => kept(ref.service);
  let count = 0;
  for (const s of model.services) {
    if (!kept(s.id)) continue;
    count += s.bundles.filter(keptService).length + s.dependsOn.filter(keptService).length;
    if (ctx.showSuppliers && s.supplier !== undefined && kept(s.supplier)) count++;
  }
  if (ctx.showResources) for (const r of model.resources) if (kept(r.id)) count += r.supports.filter(keptService).length;
  return count;
}
