import { elementIndex, type ElementKind } from "../model/element-index.js";
import { formatPath } from "../model/errors.js";
import type { Model } from "../model/schema/model.js";
import { closestMatch } from "../model/suggest.js";
import { invalidOption } from "./invalid-option.js";
import { escapeMarkdown, mermaidBlock } from "./escape-markdown.js";

/**
 * A diagram the report asks for, in the terms of the Mermaid views (`toMermaidView(model, view, { ...options, id })`
 * draws it): the report does not import the views (they sit on its own layer); the caller draws them and passes the
 * text in. `key` names it in the record form of {@link ReportDiagrams}.
 */
export interface ReportDiagramRequest {
  /** `service-map`, `stakeholder-map`, `portfolio-quadrant`, `cost-flow`, `value-stream`, `journey`, `dimensions` or `impact`. */
  view: ReportDiagramView;
  /** The element a per-element view is drawn for (a value stream, a journey, a service, any element). */
  id?: string;
  /** View options the report wants (`{ of: "investments" }` for the quadrant of investments). */
  options?: Readonly<Record<string, unknown>>;
  /** `<view>[-investments][-<id>]`: `service-map`, `portfolio-quadrant-investments`, `value-stream-onboard-employee`. */
  key: string;
}

/** A diagram as the caller gives it: Mermaid text, or a view's result `{ text, warnings }` (warnings become a note). */
export type ReportDiagram = string | { readonly text: string; readonly warnings?: readonly string[] };

/**
 * Where the report's diagrams come from: a function that draws the diagram asked for (or returns `undefined` for none),
 * or a record of Mermaid texts by request key. Without it, the report has no diagrams.
 * @example
 * // All views, from servicevalue's Mermaid module:
 * { diagrams: (r) => toMermaidView(model, r.view, { ...r.options, ...(r.id ? { id: r.id } : {}) }) }
 * // Only some, as text:
 * { diagrams: { "service-map": serviceMapText, "cost-flow": costFlowText } }
 */
export type ReportDiagrams = Readonly<Record<string, ReportDiagram>> | ((request: ReportDiagramRequest) => ReportDiagram | undefined);

/** The views a report asks for, and where: the first four in the portfolio section, then showback, value streams, journeys, risks. */
export const REPORT_DIAGRAM_VIEWS = [
  "service-map",
  "stakeholder-map",
  "portfolio-quadrant",
  "dimensions",
  "cost-flow",
  "value-stream",
  "journey",
  "impact",
] as const;

/** A view the report asks for. */
export type ReportDiagramView = (typeof REPORT_DIAGRAM_VIEWS)[number];

/** The kinds of element each per-element view is drawn for (none for a view of the whole model; empty: any kind). */
const PER_ELEMENT: Readonly<Partial<Record<ReportDiagramView, readonly ElementKind[]>>> = {
  dimensions: ["service"],
  "value-stream": ["value-stream"],
  journey: ["journey"],
  impact: [],
};

/** The keys of the whole-model diagrams. */
const WHOLE_MODEL_KEYS = ["service-map", "stakeholder-map", "portfolio-quadrant", "portfolio-quadrant-investments", "cost-flow"];

/**
 * A diagram request with its key.
 * @example diagramRequest("value-stream", "onboard-employee").key // "value-stream-onboard-employee"
 */
export function diagramRequest(view: ReportDiagramView, id?: string, options?: Readonly<Record<string, unknown>>, variant?: string): ReportDiagramRequest {
  const key = [view, variant, id].filter((part) => part !== undefined).join("-");
  return { view, key, ...(id === undefined ? {} : { id }), ...(options === undefined ? {} : { options }) };
}

/**
 * Check a `diagrams` option: a function, or a record whose every key is one the report can ask for (a whole-model
 * view, or a per-element view and the id of an element of the right kind) and whose every value is a diagram.
 * Throws `ModelError("invalid-argument")` at `options.diagrams` or `options.diagrams["key"]`, with the closest key
 * as a suggestion for a misspelt one.
 */
export function checkReportDiagrams(fn: string, model: Model, diagrams: unknown): ReportDiagrams | undefined {
  if (diagrams === undefined || typeof diagrams === "function") return diagrams as ReportDiagrams | undefined;
  if (diagrams === null || typeof diagrams !== "object" || Array.isArray(diagrams)) {
    invalidOption(fn, "options.diagrams", "must be a function (request) => diagram, or a record of Mermaid texts by key", diagrams);
  }
  const record = diagrams as Record<string, unknown>;
  const index = elementIndex(model);
  for (const key of Object.keys(record)) {
    const path = `options.${formatPath(["diagrams", key])}`;
    if (!isKnownKey(key, index.byId)) invalidOption(fn, path, "is not a diagram the report shows (keys: service-map, cost-flow, value-stream-<id>, ...)", key, closestMatch(key, knownKeys(model)));
    if (!isDiagram(record[key])) invalidOption(fn, path, "must be Mermaid text or { text, warnings }", record[key]);
  }
  return record as Readonly<Record<string, ReportDiagram>>;
}

/**
 * The lines of one diagram in the report: a caption, the ```` ```mermaid ```` block and a note per warning, or no lines
 * when the caller has no such diagram. A function that returns something else than a diagram is an
 * `invalid-argument` naming the request's key.
 */
export function diagramLines(fn: string, diagrams: ReportDiagrams | undefined, request: ReportDiagramRequest, caption: string): string[] {
  if (diagrams === undefined) return [];
  const diagram = typeof diagrams === "function" ? diagrams(request) : Object.hasOwn(diagrams, request.key) ? diagrams[request.key] : undefined;
  if (diagram === undefined) return [];
  if (!isDiagram(diagram)) invalidOption(fn, "options.diagrams", `returned no diagram for "${request.key}": must return Mermaid text, { text, warnings } or undefined`, diagram);
  const text = typeof diagram === "string" ? diagram : diagram.text;
  const warnings = typeof diagram === "string" ? [] : (diagram.warnings ?? []);
  // Emphasis needs no blank inside its stars: "*name *" would print the stars.
  const shown = caption.trim();
  const lines = [...(shown === "" ? [] : [`*${escapeMarkdown(shown)}*`, ""]), mermaidBlock(text), ""];
  for (const warning of warnings) lines.push(`> Note: ${escapeMarkdown(String(warning))}`, "");
  return lines;
}

function isDiagram(value: unknown): value is ReportDiagram {
  if (typeof value === "string") return true;
  if (value === null || typeof value !== "object") return false;
  const { text, warnings } = value as { text?: unknown; warnings?: unknown };
  return typeof text === "string" && (warnings === undefined || (Array.isArray(warnings) && warnings.every((w) => typeof w === "string")));
}

function isKnownKey(key: string, byId: ReadonlyMap<string, { kind: ElementKind }>): boolean {
  if (WHOLE_MODEL_KEYS.includes(key)) return true;
  for (const [view, kinds] of Object.entries(PER_ELEMENT)) {
    if (!key.startsWith(`${view}-`)) continue;
    const entry = byId.get(key.slice(view.length + 1));
    if (entry && (kinds.length === 0 || kinds.includes(entry.kind))) return true;
  }
  return false;
}

function knownKeys(model: Model): string[] {
  const keys = [...WHOLE_MODEL_KEYS];
  for (const entry of elementIndex(model).byId.values()) {
    for (const [view, kinds] of Object.entries(PER_ELEMENT)) if (kinds.length === 0 || kinds.includes(entry.kind)) keys.push(`${view}-${entry.id}`);
  }
  return keys;
}
