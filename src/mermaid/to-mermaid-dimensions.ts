import type { Model } from "../model/schema/model.js";
import { ITIL4_DIMENSIONS, ITIL4, type DimensionId } from "../reference/itil4.js";
import { elementName } from "../model/element-name.js";
import { elementOrThrow } from "./element-or-throw.js";
import { mindmapText } from "./escape.js";
import { warnOverTextSize, type MermaidDiagram } from "./mermaid-diagram.js";
import { mermaidNodeId } from "./mermaid-node-id.js";
import { readOptions, type MermaidViewOptions } from "./view-options.js";

/** Options of {@link toMermaidDimensions}. */
export type DimensionsOptions = MermaidViewOptions;

const FN = "toMermaidDimensions";
const KEYS = ["maxLabelLength", "limits"];

interface Item {
  /** Element id behind the node (for its stable node id), or a name of ours. */
  key: string;
  text: string;
  children?: Item[];
}

/**
 * The four dimensions of service management around one service, as a Mermaid `mindmap`: the service in the middle,
 * one branch per dimension (in ITIL 4 order), and under each:
 * - organizations and people: the people resources that support it, its owner, its consumers;
 * - information and technology: the technology resources that support it, the services it bundles or depends on;
 * - partners and suppliers: the partner resources (contracts), its supplier;
 * - value streams and processes: the process resources, each value stream with the steps that use the service, and the
 *   ITIL 4 practices those steps apply.
 * Risks that affect the service directly sit under their dimension (a risk without one under none). Model order
 * within each branch. A service with nothing around it still gives the centre and the four branches.
 * Throws `ModelError("not-found")` for an unknown service id, with a suggestion.
 * @example toMermaidDimensions(model, "mail").text // "mindmap\n  n_mail((\"Mail\"))\n    x_people[\"Organizations and people\"]\n..."
 */
export function toMermaidDimensions(model: Model, serviceId: string, options?: DimensionsOptions): MermaidDiagram {
  const entry = elementOrThrow(FN, model, serviceId, ["service"]);
  const { common } = readOptions(FN, options, KEYS);
  const service = model.services[entry.path[1] as number]!;
  const max = common.maxLabelLength;
  const branches = new Map<DimensionId, Item[]>(ITIL4_DIMENSIONS.map((d) => [d.id, []]));
  const add = (dimension: DimensionId, item: Item) => branches.get(dimension)!.push(item);
  const named = (prefix: string, id: string): Item => ({ key: id, text: `${prefix}${elementName(model, id)}` });

  for (const r of model.resources) {
    if (r.supports.some((ref) => ref.service === service.id)) add(r.dimension, { key: r.id, text: r.name });
  }
  if (service.owner !== undefined) add("organizations-and-people", named("Owner: ", service.owner));
  for (const c of service.consumers) add("organizations-and-people", named("Consumer: ", c.stakeholder));
  for (const b of service.bundles) add("information-and-technology", named("Bundles: ", b.service));
  for (const d of service.dependsOn) add("information-and-technology", named("Depends on: ", d.service));
  if (service.supplier !== undefined) add("partners-and-suppliers", named("Supplier: ", service.supplier));
  const practices: string[] = [];
  for (const stream of model.valueStreams) {
    const steps = stream.steps.filter((s) => s.services.includes(service.id));
    if (steps.length === 0) continue;
    add("value-streams-and-processes", { key: stream.id, text: stream.name, children: steps.map((s) => ({ key: s.id, text: s.name })) });
    for (const s of steps) for (const p of s.practices) if (!practices.includes(p)) practices.push(p);
  }
  if (practices.length > 0) {
    const names = new Map<string, string>(ITIL4.practices.map((p) => [p.id, p.name]));
    add("value-streams-and-processes", {
      key: "x_practices",
      text: "Practices",
      children: practices.map((p) => ({ key: `x_practice_${p.replace(/-/g, "_")}`, text: names.get(p) ?? p })),
    });
  }
  const unplaced: Item[] = [];
  for (const risk of model.risks) {
    if (!risk.affects.includes(service.id)) continue;
    const item = { key: risk.id, text: `Risk: ${risk.name}` };
    if (risk.dimension !== undefined) add(risk.dimension, item);
    else unplaced.push(item);
  }

  // Node ids: an element's own id the first time it appears, with R2, R3... after (no element id maps to capitals).
  const seen = new Map<string, number>();
  const idOf = (key: string) => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    const base = key.startsWith("x_") ? key : mermaidNodeId(key);
    return count === 1 ? base : `${base}R${count}`;
  };
  const lines = ["mindmap", `  ${idOf(service.id)}((${mindmapText(service.name, max, service.id)}))`];
  const write = (item: Item, depth: number, shape: "[]" | "()") => {
    const indent = "  ".repeat(depth);
    lines.push(`${indent}${idOf(item.key)}${shape[0]}${mindmapText(item.text, max, item.key)}${shape[1]}`);
    for (const child of item.children ?? []) write(child, depth + 1, "()");
  };
  for (const d of ITIL4_DIMENSIONS) {
    write({ key: `x_${d.id.replace(/-/g, "_")}`, text: d.name, children: branches.get(d.id)! }, 2, "[]");
  }
  if (unplaced.length > 0) write({ key: "x_other_risks", text: "Risks (no dimension)", children: unplaced }, 2, "[]");
  const text = `${lines.join("\n")}\n`;
  const warnings: string[] = [];
  warnOverTextSize(warnings, FN, text, common.limits, "Lower maxLabelLength or raise the limit.");
  return { text, warnings };
}
