import type { ElementKind } from "../model/element-index.js";
import { ModelError, describeValue } from "../model/errors.js";
import { MAX_NAME_LENGTH } from "../model/primitives.js";
import { closestMatch } from "../model/suggest.js";
import { DEFAULT_MAX_LABEL_LENGTH } from "./escape.js";
import { DEFAULT_MERMAID_LIMITS, type MermaidLimits } from "./mermaid-diagram.js";

/** Flowchart directions: top to bottom (`TB`, also `TD`), bottom to top, left to right, right to left. */
export const FLOWCHART_DIRECTIONS = ["TB", "TD", "BT", "LR", "RL"] as const;
/** A flowchart direction. */
export type FlowchartDirection = (typeof FLOWCHART_DIRECTIONS)[number];

/** The element a `click` link is asked for. */
export interface LinkTarget {
  id: string;
  kind: ElementKind;
}

/** Options every view takes. */
export interface MermaidViewOptions {
  /** Labels longer than this many characters (graphemes) are cut with an ellipsis `…`; default 60. */
  maxLabelLength?: number;
  /** The site's Mermaid limits, when it raises Mermaid's defaults (500 edges, 50,000 characters). */
  limits?: Partial<MermaidLimits>;
}

/** Options of the views that have a title line. */
export interface TitledViewOptions extends MermaidViewOptions {
  /** The diagram's title; `false` (or a blank string) for none. Each view has a default that names what it shows. */
  title?: string | false;
}

/** Options of the flowchart views. */
export interface FlowchartViewOptions extends TitledViewOptions {
  /** Layout direction; each view has its own default. */
  direction?: FlowchartDirection;
  /**
   * Links for a docs site: called for each element node, returns its URL or `undefined` for none. Only `http://`,
   * `https://` and relative URLs are used (as `click` lines on the nodes); anything else is refused with a warning.
   * Off by default.
   * @example { href: ({ id }) => `../services/${id}.md` }
   */
  href?: (target: LinkTarget) => string | undefined;
}

/** The options all views share, read and checked. */
export interface CommonOptions {
  maxLabelLength: number;
  limits: MermaidLimits;
  title: string | false | undefined;
  direction: FlowchartDirection | undefined;
  href: ((target: LinkTarget) => string | undefined) | undefined;
}

/** A `ModelError("invalid-argument")` about one option, with its path `options.<key>`. */
export function badOption(fn: string, key: string, what: string, got: unknown, suggestion?: string): never {
  const hint = suggestion !== undefined ? ` (did you mean "${suggestion}"?)` : "";
  const message = `options.${key} ${what}, got ${describeValue(got)}${hint}`;
  throw new ModelError("invalid-argument", `${fn}: ${message}`, [
    { path: `options.${key}`, code: "invalid-argument", message, ...(suggestion !== undefined ? { suggestion } : {}) },
  ]);
}

/**
 * Check a view's options object: an object (or `undefined`) whose keys are all known (a typo is an error with a
 * suggestion, never silently ignored), then read the options every view shares.
 */
export function readOptions(fn: string, options: unknown, keys: readonly string[]): { raw: Record<string, unknown>; common: CommonOptions } {
  if (options === undefined) return { raw: {}, common: readCommon(fn, {}) };
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new ModelError("invalid-argument", `${fn}: options must be an object, got ${describeValue(options)}`, [
      { path: "options", code: "invalid-argument", message: `options must be an object, got ${describeValue(options)}` },
    ]);
  }
  const raw = options as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!keys.includes(key)) badOption(fn, key, `is not an option of ${fn} (options: ${keys.join(", ")})`, raw[key], closestMatch(key, keys));
  }
  return { raw, common: readCommon(fn, raw) };
}

function readCommon(fn: string, raw: Record<string, unknown>): CommonOptions {
  const { maxLabelLength = DEFAULT_MAX_LABEL_LENGTH, limits, title, direction, href } = raw;
  if (typeof maxLabelLength !== "number" || !Number.isInteger(maxLabelLength) || maxLabelLength < 1 || maxLabelLength > MAX_NAME_LENGTH) {
    badOption(fn, "maxLabelLength", `must be a whole number of characters from 1 to ${MAX_NAME_LENGTH}`, maxLabelLength);
  }
  if (title !== undefined && title !== false && typeof title !== "string") badOption(fn, "title", "must be a string or false", title);
  if (direction !== undefined && !(FLOWCHART_DIRECTIONS as readonly unknown[]).includes(direction)) {
    const near = typeof direction === "string" ? closestMatch(direction.toUpperCase(), FLOWCHART_DIRECTIONS) : undefined;
    badOption(fn, "direction", `must be one of ${FLOWCHART_DIRECTIONS.join(", ")}`, direction, near);
  }
  if (href !== undefined && typeof href !== "function") badOption(fn, "href", "must be a function ({ id, kind }) => url", href);
  return {
    maxLabelLength,
    limits: readLimits(fn, limits),
    // A blank title would be drawn as "(empty)": it means no title.
    title: typeof title === "string" && title.trim() === "" ? false : (title as string | false | undefined),
    direction: direction as FlowchartDirection | undefined,
    href: href as CommonOptions["href"],
  };
}

function readLimits(fn: string, limits: unknown): MermaidLimits {
  if (limits === undefined) return { ...DEFAULT_MERMAID_LIMITS };
  if (limits === null || typeof limits !== "object" || Array.isArray(limits)) {
    badOption(fn, "limits", "must be an object such as { maxEdges: 2000, maxTextSize: 200000 }", limits);
  }
  const out = { ...DEFAULT_MERMAID_LIMITS };
  for (const [key, value] of Object.entries(limits)) {
    if (key !== "maxEdges" && key !== "maxTextSize") {
      badOption(fn, `limits.${key}`, "is not a limit (limits: maxEdges, maxTextSize)", value, closestMatch(key, ["maxEdges", "maxTextSize"]));
    }
    if (typeof value !== "number" || !(value === Number.POSITIVE_INFINITY || (Number.isInteger(value) && value > 0))) {
      badOption(fn, `limits.${key}`, "must be a positive whole number (or Infinity)", value);
    }
    out[key] = value;
  }
  return out;
}

/** A boolean option, `fallback` when absent. */
export function booleanOption(fn: string, raw: Record<string, unknown>, key: string, fallback: boolean): boolean {
  const value = raw[key];
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") badOption(fn, key, "must be true or false", value);
  return value;
}

/**
 * The title a view draws: the caller's, none when the caller said `title: false` (or a blank title), else the view's
 * own `fallback` that names what it shows.
 * @example viewTitle({ title: undefined }, "Stakeholders: Workplace") // "Stakeholders: Workplace"
 */
export function viewTitle(common: { title: string | false | undefined }, fallback: string): string | undefined {
  return common.title === false ? undefined : (common.title ?? fallback);
}

/** One of a closed set of strings, `fallback` when absent; a near miss suggests the right one. */
export function choiceOption<T extends string>(fn: string, raw: Record<string, unknown>, key: string, choices: readonly T[], fallback: T): T {
  const value = raw[key];
  if (value === undefined) return fallback;
  if (!(choices as readonly unknown[]).includes(value)) {
    const near = typeof value === "string" ? closestMatch(value, choices) : undefined;
    badOption(fn, key, `must be one of ${choices.map((c) => `"${c}"`).join(", ")}`, value, near);
  }
  return value as T;
}
