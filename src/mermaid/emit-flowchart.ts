import { flowchartLabel, frontMatterTitle } from "./escape.js";
import { warnOverTextSize, type MermaidDiagram, type MermaidLimits } from "./mermaid-diagram.js";
import { safeHref } from "./safe-href.js";
import type { FlowchartDirection, LinkTarget } from "./view-options.js";

/** Node shapes the views use. */
export type NodeShape = "rect" | "round" | "stadium" | "hexagon" | "cylinder" | "subroutine" | "circle" | "parallelogram";

const SHAPES: Readonly<Record<NodeShape, readonly [string, string]>> = {
  rect: ["[", "]"],
  round: ["(", ")"],
  stadium: ["([", "])"],
  hexagon: ["{{", "}}"],
  cylinder: ["[(", ")]"],
  subroutine: ["[[", "]]"],
  circle: ["((", "))"],
  parallelogram: ["[/", "/]"],
};

/** A node: its Mermaid id (from `mermaidNodeId` or an `x_` name of the view), its quoted, escaped label. */
export interface FlowNode {
  id: string;
  /** Already escaped and quoted (`flowchartLabel`, `flowchartLines`). */
  label: string;
  shape: NodeShape;
  classes: readonly string[];
  /** The id of the group (subgraph) it sits in. */
  group?: string;
  /** The model element it stands for, for `href` links. */
  element?: LinkTarget;
}

/** An edge: solid (`-->`), thick (`==>`) or dotted (`-.->`), with an optional quoted, escaped label. */
export interface FlowEdge {
  from: string;
  to: string;
  kind: "solid" | "thick" | "dotted";
  label?: string;
}

/** A subgraph: its `x_` id and its quoted, escaped title. Empty groups are not written. */
export interface FlowGroup {
  id: string;
  label: string;
}

/** A flowchart before it is written: what the views build. */
export interface Flowchart {
  direction: FlowchartDirection;
  /** Raw title text (escaped when written), or none. */
  title: string | undefined;
  groups: readonly FlowGroup[];
  /** In priority order: when the site's limits force trimming, the first nodes are kept. */
  nodes: readonly FlowNode[];
  edges: readonly FlowEdge[];
  /** Class names and their styles, in the order written; only classes some kept node uses are written. */
  classDefs: readonly (readonly [string, string])[];
}

/** How {@link emitFlowchart} writes a flowchart. */
export interface EmitOptions {
  /** The view's function name, for warnings. */
  fn: string;
  limits: MermaidLimits;
  href: ((target: LinkTarget) => string | undefined) | undefined;
  /** The label of the one node shown when there is nothing else (an empty model still gives a valid diagram). */
  emptyNote: string;
  /** What to suggest when the limits force trimming. */
  trimHint: string;
  warnings?: string[];
}

const ARROWS = { solid: "-->", thick: "==>", dotted: "-.->" } as const;
const NOTE_ID = "x_more";
const NOTE_RESERVE = 240;

function nodeLine(node: FlowNode, indent: string): string {
  const [open, close] = SHAPES[node.shape];
  return `${indent}${node.id}${open}${node.label}${close}\n`;
}

function edgeLine(edge: FlowEdge): string {
  return `  ${edge.from} ${ARROWS[edge.kind]}${edge.label !== undefined ? `|${edge.label}|` : ""} ${edge.to}\n`;
}

/** The `click` line of each node whose `href` gives a safe URL; `refused` hears of the others. */
function linkLines(chart: Flowchart, href: EmitOptions["href"], refused: (node: FlowNode, reason: string) => void): Map<string, string> {
  const links = new Map<string, string>();
  if (!href) return links;
  for (const node of chart.nodes) {
    if (!node.element) continue;
    const url = href(node.element);
    if (url === undefined) continue;
    const checked = safeHref(url);
    if (checked.ok) links.set(node.id, `  click ${node.id} href "${checked.url}"\n`);
    else refused(node, checked.reason);
  }
  return links;
}

/**
 * Whether {@link emitFlowchart} would write the whole chart within `limits` (the same estimate it trims by, links
 * included), so that a view can choose a coarser chart instead of a trimmed one.
 */
export function fitsLimits(chart: Flowchart, limits: MermaidLimits, href?: EmitOptions["href"]): boolean {
  if (chart.nodes.length === 0) return true;
  const links = linkLines(chart, href, () => undefined);
  return fitToLimits(chart, links, limits).keep === chart.nodes.length;
}

/**
 * Write a flowchart as Mermaid text, within the site's limits: when it has more edges than `maxEdges` or more text than
 * `maxTextSize`, only the first nodes (in the chart's priority order) that fit are written, with a note node saying how
 * many were left out, and a warning. `href` links become `click <node> href "<url>"` lines for safe URLs only.
 */
export function emitFlowchart(chart: Flowchart, options: EmitOptions): MermaidDiagram {
  const { fn, limits } = options;
  const warnings = options.warnings ?? [];
  const links = linkLines(chart, options.href, (node, reason) => warnings.push(`${fn}: link of "${node.element!.id}" refused: ${reason}`));

  let nodes = chart.nodes;
  let edges = chart.edges;
  if (nodes.length === 0) {
    nodes = [{ id: "x_empty", label: flowchartLabel(options.emptyNote, 200), shape: "rect", classes: [] }];
  } else {
    // Unlimited (a site that raised both limits): nothing to fit, so skip the estimate.
    const unlimited = limits.maxEdges === Number.POSITIVE_INFINITY && limits.maxTextSize === Number.POSITIVE_INFINITY;
    const fit = unlimited ? { keep: chart.nodes.length, fullSize: 0 } : fitToLimits(chart, links, limits);
    if (fit.keep < chart.nodes.length) {
      const kept = new Set(chart.nodes.slice(0, fit.keep).map((n) => n.id));
      const dropped = chart.nodes.length - fit.keep;
      const keptEdges = chart.edges.filter((e) => kept.has(e.from) && kept.has(e.to));
      warnings.push(
        `${fn}: the full diagram has ${chart.nodes.length} nodes, ${chart.edges.length} edges and about ${fit.fullSize} characters, ` +
          `over the site's limits (maxEdges ${limits.maxEdges}, maxTextSize ${limits.maxTextSize}); showing the first ${fit.keep} nodes ` +
          `and ${keptEdges.length} edges. ${options.trimHint}`,
      );
      const note = `… and ${dropped} more not shown (Mermaid limits)`;
      nodes = [...chart.nodes.slice(0, fit.keep), { id: NOTE_ID, label: flowchartLabel(note, 200), shape: "rect", classes: ["more"] }];
      edges = keptEdges;
    }
  }
  const text = render(chart, nodes, edges, links);
  warnOverTextSize(warnings, fn, text, limits);
  return { text, warnings };
}

function render(chart: Flowchart, nodes: readonly FlowNode[], edges: readonly FlowEdge[], links: ReadonlyMap<string, string>): string {
  const out: string[] = [];
  if (chart.title !== undefined) out.push(`---\ntitle: ${frontMatterTitle(chart.title)}\n---\n`);
  out.push(`flowchart ${chart.direction}\n`);
  const byGroup = new Map<string, FlowNode[]>();
  const loose: FlowNode[] = [];
  for (const node of nodes) {
    if (node.group === undefined) loose.push(node);
    else {
      let list = byGroup.get(node.group);
      if (!list) byGroup.set(node.group, (list = []));
      list.push(node);
    }
  }
  for (const group of chart.groups) {
    const members = byGroup.get(group.id);
    if (!members) continue;
    out.push(`  subgraph ${group.id} [${group.label}]\n`);
    for (const node of members) out.push(nodeLine(node, "    "));
    out.push("  end\n");
  }
  for (const node of loose) out.push(nodeLine(node, "  "));
  for (const edge of edges) out.push(edgeLine(edge));
  const members = new Map<string, string[]>();
  for (const node of nodes) {
    for (const c of node.classes) {
      let list = members.get(c);
      if (!list) members.set(c, (list = []));
      list.push(node.id);
    }
  }
  for (const [name, style] of chart.classDefs) if (members.has(name)) out.push(`  classDef ${name} ${style}\n`);
  if (members.has("more")) out.push(`  classDef more ${MORE_STYLE}\n`);
  for (const [name] of chart.classDefs) {
    const ids = members.get(name);
    if (ids) out.push(`  class ${ids.join(",")} ${name}\n`);
  }
  if (members.has("more")) out.push(`  class ${NOTE_ID} more\n`);
  for (const node of nodes) {
    const link = links.get(node.id);
    if (link) out.push(link);
  }
  return out.join("");
}

const MORE_STYLE = "fill:#fff8e1,stroke:#f9a825,stroke-dasharray:4 3";

/** How many of the chart's nodes (a prefix) fit the limits, with the size of the full text (estimated line by line). */
function fitToLimits(chart: Flowchart, links: ReadonlyMap<string, string>, limits: MermaidLimits): { keep: number; fullSize: number } {
  const n = chart.nodes.length;
  const position = new Map<string, number>();
  chart.nodes.forEach((node, i) => position.set(node.id, i));
  // Each edge counts when its later end is added.
  const edgeCost = new Float64Array(n);
  const edgeCount = new Int32Array(n);
  for (const edge of chart.edges) {
    const at = Math.max(position.get(edge.from) ?? n, position.get(edge.to) ?? n);
    if (at >= n) continue;
    edgeCost[at]! += edgeLine(edge).length;
    edgeCount[at]! += 1;
  }
  let fixed = 40 + (chart.title !== undefined ? frontMatterTitle(chart.title).length + 20 : 0);
  for (const [name, style] of chart.classDefs) fixed += 2 * name.length + style.length + 24;
  for (const group of chart.groups) fixed += group.id.length + group.label.length + 24;
  const nodeCost = (node: FlowNode) => {
    let cost = nodeLine(node, "    ").length + (links.get(node.id)?.length ?? 0);
    for (const _ of node.classes) cost += node.id.length + 1;
    return cost;
  };
  let size = fixed;
  let edgesSoFar = 0;
  let keep = n;
  for (let i = 0; i < n; i++) {
    const nextSize = size + nodeCost(chart.nodes[i]!) + edgeCost[i]!;
    const nextEdges = edgesSoFar + edgeCount[i]!;
    if (keep === n && (nextEdges > limits.maxEdges || nextSize + NOTE_RESERVE > limits.maxTextSize)) {
      // Over the limits only if the whole chart is: a chart that fits without the note's reserve is kept whole.
      keep = i;
    }
    size = nextSize;
    edgesSoFar = nextEdges;
  }
  if (keep < n && edgesSoFar <= limits.maxEdges && size <= limits.maxTextSize) keep = n;
  return { keep, fullSize: size };
}
