import { elementName } from "../model/element-name.js";
import type { Model } from "../model/schema/model.js";
import { costFlows, type CostFlowLink, type CostFlowNode } from "./cost-flows.js";
import { cleanLabel, sankeyField, sankeyName } from "./escape.js";
import { warnOverTextSize, type MermaidDiagram } from "./mermaid-diagram.js";
import { badOption, choiceOption, readOptions, type MermaidViewOptions } from "./view-options.js";

/** How much of the path the cost flow shows. */
export const COST_FLOW_DETAILS = ["auto", "full", "services", "pools"] as const;

/** Options of {@link toMermaidCostFlow}. */
export interface CostFlowOptions extends MermaidViewOptions {
  /** One year of the horizon (0 = the first); default the whole horizon. */
  year?: number;
  /** Decimals of the flow values (0 to 6; default 0: whole units of the model's currency). */
  decimals?: number;
  /**
   * `full`: cost pools → resources → services → consumers; `services`: cost pools → top-level services → consumers;
   * `pools`: cost pools → consumers; `auto` (default): the most detailed that fits the site's `maxTextSize`.
   */
  detail?: (typeof COST_FLOW_DETAILS)[number];
}

const FN = "toMermaidCostFlow";
const KEYS = ["maxLabelLength", "limits", "year", "decimals", "detail"];
const UNALLOCATED = "Unallocated (supports no service)";
const UNCHARGED = "Uncharged (no consumer)";

/**
 * The cost of the model as a Mermaid `sankey-beta` diagram: from cost pools (categories) through resources and services
 * to the consumers (stakeholders) that are shown the cost, with the flows of `costFlows` (allocation as in
 * `allocateCosts`; services that consume each other are one node named `A + B`). Conservation is visible: what the
 * consumers, "Unallocated" (resources that support no service) and "Uncharged" (top-level services without consumers)
 * receive adds up to every cost entry except investments', over the horizon or in `year`.
 *
 * Sankey text is printable ASCII: names are transliterated (`ä` → `ae`, `é` → `e`, other characters `?`), CSV-quoted,
 * and names that end up equal get their id in brackets (node identity is the name). Values are written with
 * `decimals` decimals; flows that round to zero are left out (a sankey cannot draw them). A model without running costs
 * gives one placeholder flow, with values hidden.
 * @example toMermaidCostFlow(model, { detail: "services" }).text // "sankey-beta\n\n\"Staffing\",\"Smart Collaboration\",4321000.00\n..."
 */
export function toMermaidCostFlow(model: Model, options?: CostFlowOptions): MermaidDiagram {
  const { raw, common } = readOptions(FN, options, KEYS);
  const year = raw.year;
  if (year !== undefined && (typeof year !== "number" || !Number.isInteger(year) || year < 0 || year >= model.horizonYears)) {
    badOption(FN, "year", `must be a year index from 0 to ${model.horizonYears - 1} (the model's horizon)`, year);
  }
  const decimals = raw.decimals ?? 0;
  if (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    badOption(FN, "decimals", "must be a whole number from 0 to 6", decimals);
  }
  const detail = choiceOption(FN, raw, "detail", COST_FLOW_DETAILS, "auto");
  const flows = costFlows(model, year as number | undefined);
  const warnings: string[] = [];
  // Names are ASCII and unique: quote them once for every level.
  const names = new Map([...nodeNames(model, flows.nodes, common.maxLabelLength)].map(([key, name]) => [key, sankeyField(name, Number.MAX_SAFE_INTEGER)]));
  const levels = { full: flows.links, services: flows.byTopLevel, pools: flows.bySink } as const;
  const tries = detail === "auto" ? (["full", "services", "pools"] as const) : [detail];
  let text = "";
  for (const level of tries) {
    text = sankeyText(levels[level], names, decimals, model.currency);
    if (text.length <= common.limits.maxTextSize) {
      if (level !== tries[0]) {
        warnings.push(`${FN}: the full cost flow is over maxTextSize ${common.limits.maxTextSize}: showing detail "${level}". Raise the limit on the site and here, or pick a year.`);
      }
      break;
    }
  }
  warnOverTextSize(warnings, FN, text, common.limits);
  return { text, warnings };
}

/** The sankey text of one level of detail; `names` are the quoted node names by key. */
function sankeyText(links: readonly CostFlowLink[], names: ReadonlyMap<string, string>, decimals: number, currency: string): string {
  const rows: string[] = [];
  for (const l of links) {
    // Cost amounts are 0 or more (parseModel), so a flow at or below zero after rounding carries nothing to draw
    // (a negative one only by floating-point error in the reciprocal solve); a sankey cannot draw it either.
    const value = l.value.toFixed(decimals);
    if (Number(value) <= 0) continue;
    rows.push(`${names.get(l.from) ?? sankeyField(l.from)},${names.get(l.to) ?? sankeyField(l.to)},${value}`);
  }
  if (rows.length === 0) {
    // An empty sankey does not parse and a zero flow draws NaN: one flow of 1, with values hidden.
    return `---\nconfig:\n  sankey:\n    showValues: false\n---\nsankey-beta\n\n"No running costs in the model","Nothing to allocate",1\n`;
  }
  // Mermaid's default 600 x 400 crowds the labels of a real model: 22 px of height per node in the fullest column
  // (about half the nodes), within 400 to 4000; the currency code after each value.
  const nodeCount = new Set(links.flatMap((l) => [l.from, l.to])).size;
  const height = Math.min(4000, Math.max(400, Math.round((22 * nodeCount) / 2)));
  const config = `---\nconfig:\n  sankey:\n    width: 900\n    height: ${height}\n    suffix: " ${currency}"\n---\n`;
  return `${config}sankey-beta\n\n${rows.join("\n")}\n`;
}

/** A distinct ASCII name for every node: categories and sinks first, then elements in order; clashes get `(id)`. */
function nodeNames(model: Model, nodes: readonly CostFlowNode[], max: number): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  const claim = (key: string, text: string, id: string) => {
    let name = sankeyName(text, max, id);
    if (taken.has(name)) name = `${sankeyName(text, Math.max(8, max - id.length - 3), id)} (${id})`;
    for (let n = 2; taken.has(name); n++) name = `${sankeyName(text, max, id)} (${n})`;
    taken.add(name);
    names.set(key, name);
  };
  const order = [...nodes].sort((a, b) => rank(a) - rank(b));
  for (const node of order) {
    switch (node.kind) {
      case "category":
        claim(node.key, categoryName(node.ids[0]!), node.ids[0]!);
        break;
      case "unallocated":
        claim(node.key, UNALLOCATED, "unallocated");
        break;
      case "uncharged":
        claim(node.key, UNCHARGED, "uncharged");
        break;
      default: {
        const text = node.ids.map((id) => cleanLabel(elementName(model, id), max, id)).join(" + ");
        claim(node.key, text, node.ids[0]!);
      }
    }
  }
  return names;
}

function rank(node: CostFlowNode): number {
  return node.kind === "category" ? 0 : node.kind === "unallocated" || node.kind === "uncharged" ? 1 : 2;
}

/** `outside-services` → `Outside services`. */
function categoryName(id: string): string {
  const words = id.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
