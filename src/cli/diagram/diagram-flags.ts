import { safeHref } from "../../mermaid/safe-href.js";
import type { MermaidViewName } from "../../mermaid/to-mermaid-view.js";
import { closestMatch } from "../../model/suggest.js";
import { STAKEHOLDER_ROLE_IDS } from "../../reference/itil4.js";
import type { CommandInput, CommandOption } from "../command.js";
import { UsageError } from "../usage-error.js";

/** A flag of `servicevalue diagram` that sets a view option: which views take it, and how its text becomes the option. */
interface ViewFlag extends CommandOption {
  /** The views that take it. */
  views: readonly MermaidViewName[];
  /** The option key and value for the view; a bad value throws a message (without the flag name). */
  option: (value: string | boolean) => [key: string, value: unknown];
}

const ALL: readonly MermaidViewName[] = ["service-map", "stakeholder-map", "value-stream", "journey", "portfolio-quadrant", "cost-flow", "dimensions", "impact"];
const FLOWCHARTS: readonly MermaidViewName[] = ["service-map", "stakeholder-map", "value-stream", "impact"];
const TITLED: readonly MermaidViewName[] = [...FLOWCHARTS, "journey", "portfolio-quadrant"];

const choice =
  (key: string, choices: readonly string[], map: (v: string) => unknown = (v) => v, normalise: (v: string) => string = (v) => v) =>
  (value: string | boolean): [string, unknown] => {
    const v = normalise(String(value).trim());
    if (!choices.includes(v)) throw new Error(`must be one of ${choices.join(", ")}, got ${JSON.stringify(value)}${hint(v, choices)}`);
    return [key, map(v)];
  };
const whole =
  (key: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  (value: string | boolean): [string, unknown] => {
    const text = String(value).trim();
    const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!(Number.isSafeInteger(n) && n >= min && n <= max)) throw new Error(`must be a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? " up" : ` to ${max}`}, got ${JSON.stringify(value)}`);
    return [key, n];
  };
const text = (key: string) => (value: string | boolean): [string, unknown] => [key, String(value)];
const off = (key: string) => (): [string, unknown] => [key, false];
const on = (key: string) => (): [string, unknown] => [key, true];

function hint(value: string, choices: readonly string[]): string {
  const near = closestMatch(value, choices);
  return near ? ` (did you mean "${near}"?)` : "";
}

/**
 * The view options `servicevalue diagram` takes as flags, by flag name. A flag given for a view that does not take it
 * is a usage error, never silently ignored.
 */
export const DIAGRAM_FLAGS: Readonly<Record<string, ViewFlag>> = {
  direction: {
    type: "string",
    valueName: "LR|TD|...",
    description: "layout direction: TB, TD, BT, LR or RL (flowcharts)",
    views: FLOWCHARTS,
    option: choice("direction", ["TB", "TD", "BT", "LR", "RL"], undefined, (v) => v.toUpperCase()),
  },
  title: { type: "string", valueName: "text", description: "the diagram's title (default: one that names what it shows)", views: TITLED, option: text("title") },
  "no-title": { type: "boolean", description: "no title", views: TITLED, option: off("title") },
  "max-label-length": { type: "string", valueName: "n", description: "cut labels longer than n characters with an ellipsis (default 60)", views: ALL, option: whole("maxLabelLength", 1, 20_000) },
  "max-edges": { type: "string", valueName: "n", description: "the site's Mermaid maxEdges, when it raises the default 500", views: ALL, option: whole("maxEdges", 1) },
  "max-text-size": { type: "string", valueName: "n", description: "the site's Mermaid maxTextSize, when it raises the default 50,000", views: ALL, option: whole("maxTextSize", 1) },
  link: {
    type: "string",
    valueName: "template",
    description: "a click link on each node, {id} replaced by its id, e.g. ../services/{id}.md (http(s) or relative; flowcharts)",
    views: FLOWCHARTS,
    option: (value) => {
      const template = String(value);
      if (!template.includes("{id}")) throw new Error(`must contain {id}, such as "../services/{id}.md", got ${JSON.stringify(value)}`);
      // Checked once here rather than refused node by node: ids are percent-encoded, so the template decides.
      const sample = safeHref(template.split("{id}").join("id"));
      if (!sample.ok) throw new Error(`is not a link a diagram may hold (${sample.reason}), got ${JSON.stringify(value)}`);
      return ["href", ({ id }: { id: string }) => template.split("{id}").join(encodeURIComponent(id))];
    },
  },
  focus: { type: "string", valueName: "id", description: "keep only what this element touches (service-map)", views: ["service-map"], option: text("focus") },
  aggregate: {
    type: "string",
    valueName: "auto|true|false",
    description: "collapse technical services into their business services: auto (when over the limits), true, false (service-map)",
    views: ["service-map"],
    option: choice("aggregate", ["auto", "true", "false"], (v) => (v === "auto" ? "auto" : v === "true")),
  },
  tco: { type: "boolean", description: "show each service's TCO on its node (service-map)", views: ["service-map"], option: on("tco") },
  "no-resources": { type: "boolean", description: "leave out the resources (service-map)", views: ["service-map"], option: off("resources") },
  "no-suppliers": { type: "boolean", description: "leave out the suppliers (service-map)", views: ["service-map"], option: off("suppliers") },
  roles: {
    type: "string",
    valueName: "a,b",
    description: `only these roles: ${STAKEHOLDER_ROLE_IDS.join(", ")} (stakeholder-map)`,
    views: ["stakeholder-map"],
    option: (value) => {
      const roles = String(value).split(",").map((r) => r.trim()).filter((r) => r !== "");
      if (roles.length === 0) throw new Error(`must list roles (${STAKEHOLDER_ROLE_IDS.join(", ")}), got ${JSON.stringify(value)}`);
      for (const role of roles) {
        if (!(STAKEHOLDER_ROLE_IDS as readonly string[]).includes(role)) throw new Error(`has an unknown role ${JSON.stringify(role)}${hint(role, STAKEHOLDER_ROLE_IDS)}; the roles are ${STAKEHOLDER_ROLE_IDS.join(", ")}`);
      }
      return ["roles", roles];
    },
  },
  "no-unrelated": { type: "boolean", description: "leave out stakeholders related to no service (stakeholder-map)", views: ["stakeholder-map"], option: off("unrelated") },
  "group-by": { type: "string", valueName: "activity|none", description: "group the steps by value chain activity, or not (value-stream)", views: ["value-stream"], option: choice("groupBy", ["activity", "none"]) },
  "no-times": { type: "boolean", description: "no process and wait times on the steps (value-stream)", views: ["value-stream"], option: off("times") },
  "no-pct-complete-accurate": { type: "boolean", description: "no %C&A on the steps (value-stream)", views: ["value-stream"], option: off("pctCompleteAccurate") },
  "no-summary": { type: "boolean", description: "no lead time and flow efficiency on the outcome (value-stream)", views: ["value-stream"], option: off("summary") },
  offerings: { type: "boolean", description: "also draw the affected offerings (impact)", views: ["impact"], option: on("offerings") },
  of: { type: "string", valueName: "services|investments", description: "what to plot (portfolio-quadrant; default services)", views: ["portfolio-quadrant"], option: choice("of", ["services", "investments"]) },
  value: { type: "string", valueName: "net|roi", description: "the value axis (portfolio-quadrant; default net)", views: ["portfolio-quadrant"], option: choice("value", ["net", "roi"]) },
  "service-kind": {
    type: "string",
    valueName: "all|business|technical",
    description: "which services to plot (portfolio-quadrant; default all)",
    views: ["portfolio-quadrant"],
    option: choice("serviceKind", ["all", "business", "technical"]),
  },
  year: { type: "string", valueName: "t", description: "one year of the horizon, 0 the first (cost-flow; default all)", views: ["cost-flow"], option: whole("year", 0) },
  decimals: { type: "string", valueName: "n", description: "decimals of the amounts, 0 to 6 (cost-flow; default 0)", views: ["cost-flow"], option: whole("decimals", 0, 6) },
  detail: {
    type: "string",
    valueName: "auto|full|services|pools",
    description: "how much of the flow to draw (cost-flow; default auto: the most that fits)",
    views: ["cost-flow"],
    option: choice("detail", ["auto", "full", "services", "pools"]),
  },
};

/** The view flags as command options (help text, parsing), for `servicevalue diagram` and `servicevalue render`. */
export const VIEW_FLAG_OPTIONS = Object.fromEntries(
  Object.entries(DIAGRAM_FLAGS).map(([name, { type, valueName, description }]) => [name, { type, description, ...(valueName ? { valueName } : {}) }]),
) as Record<string, CommandOption>;

/**
 * The view options given as flags for `view`: each flag's option (`--max-edges` and `--max-text-size` together as
 * `limits`). A flag the view does not take is a {@link UsageError} naming the views that do; a bad value is one that
 * says what is expected.
 * @example viewOptions("value-stream", { direction: "td" }) // { direction: "TD" }
 */
export function viewOptions(view: MermaidViewName, values: CommandInput["values"], command = "diagram"): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  const limits: Record<string, unknown> = {};
  for (const [flag, spec] of Object.entries(DIAGRAM_FLAGS)) {
    const value = values[flag];
    if (value === undefined || value === false) continue;
    if (!spec.views.includes(view)) {
      throw new UsageError(`--${flag} does not apply to the ${view} view (it applies to: ${spec.views.join(", ")})`, { command });
    }
    let entry: [string, unknown];
    try {
      entry = spec.option(value);
    } catch (e) {
      throw new UsageError(`--${flag} ${(e as Error).message}`, { command });
    }
    if (entry[0] === "maxEdges" || entry[0] === "maxTextSize") limits[entry[0]] = entry[1];
    else options[entry[0]] = entry[1];
  }
  if (values.title !== undefined && values["no-title"] === true) throw new UsageError("--title and --no-title exclude each other", { command });
  if (Object.keys(limits).length > 0) options.limits = limits;
  return options;
}
