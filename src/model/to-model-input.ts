import { COLLECTION_KIND, type ElementKind } from "./element-index.js";
import { assertNever } from "./errors.js";
import { toEstimateInput, type Estimate } from "./estimate.js";
import type { Benefit, Cost } from "./schema/cost.js";
import type { Journey } from "./schema/journey.js";
import type { Model, ModelInput } from "./schema/model.js";
import type { Resource } from "./schema/resource.js";
import type { Investment, Risk } from "./schema/risk.js";
import type { Service } from "./schema/service.js";
import type { Step, ValueStream } from "./schema/value-stream.js";

type Plain = Record<string, unknown>;

/** Defaults that are left out when writing a model back, per key. Arrays left out when empty. */
const DEFAULTS: Record<string, unknown> = {
  kind: undefined, // depends on the element, handled below
  internal: true,
  lifecycle: "live",
  waitTime: 0,
  pctCompleteAccurate: 1,
  recurrence: "yearly",
  startYear: 0,
  growth: 0,
  type: "opex",
  direction: "at-least",
  fromYear: 1,
  share: 1,
};

/**
 * Write a normalised model back in the form a person writes it: estimates as numbers or `{ low, high }`, references as
 * ids where the share is 1, durations as written, derived fields (`processTimeHours`, estimate `mean`) dropped, and
 * defaults and empty lists left out. Parsing the result gives back an equal model: nothing is lost.
 * @example stringify(toModelInput(parseModel(input))) // what writeModel saves
 */
export function toModelInput(model: Model): ModelInput {
  const out: Plain = {};
  for (const [key, value] of Object.entries(model)) {
    switch (key) {
      case "stakeholders":
      case "resources":
      case "services":
      case "valueStreams":
      case "journeys":
      case "costs":
      case "benefits":
      case "risks":
      case "investments": {
        const kind = COLLECTION_KIND[key];
        put(out, key, (value as readonly object[]).map((e) => toElementInput(kind, e)));
        break;
      }
      case "lint":
        if (Object.keys(model.lint.rules).length > 0) out.lint = structuredClone(model.lint);
        break;
      default:
        if (value !== undefined) out[key] = copy(value);
    }
  }
  return out as ModelInput;
}

/** The element kind held by each top-level list. */

/**
 * Write one normalised element back in the form a person writes it, as {@link toModelInput} does for a whole model
 * (nested elements too: a step, an offering). Parsing the result with the element's schema gives back an equal element.
 * @example toElementInput("service", model.services[0]) // { id: "mail", name: "Mail", dependsOn: ["db"] }
 */
export function toElementInput(kind: ElementKind, element: object): Plain {
  switch (kind) {
    case "stakeholder":
      return compact(element, { kind: "organization" });
    case "resource": {
      const r = element as Resource;
      return compact({ ...r, supports: r.supports.map(serviceRef) });
    }
    case "service":
      return serviceInput(element as Service);
    case "offering":
      return compact(element);
    case "value-stream": {
      const v = element as ValueStream;
      return compact({ ...v, steps: v.steps.map(stepInput) });
    }
    case "step":
      return stepInput(element as Step);
    case "journey": {
      const j = element as Journey;
      return compact({ ...j, stages: j.stages.map((st) => compact({ ...st, touchpoints: st.touchpoints.map((t) => compact(t)) })) });
    }
    case "cost":
      return flowInput(element as Cost);
    case "benefit":
      return flowInput(element as Benefit, { kind: "tangible" });
    case "risk": {
      const r = element as Risk;
      return compact({ ...r, frequency: toEstimateInput(r.frequency as Estimate), impact: toEstimateInput(r.impact as Estimate) });
    }
    case "investment": {
      const i = element as Investment;
      return compact({ ...i, reduces: i.reduces.map((r) => compact(r)) });
    }
    default:
      return assertNever(kind);
  }
}

function serviceRef(ref: { service: string; share: number }): unknown {
  return ref.share === 1 ? ref.service : { service: ref.service, share: ref.share };
}

function serviceInput(s: Service): Plain {
  return compact(
    {
      ...s,
      consumers: s.consumers.map((c) => {
        if (c.share === 1 && c.costsRemoved === undefined && c.costsImposed === undefined) return c.stakeholder;
        return compact({
          ...c,
          costsRemoved: c.costsRemoved && toEstimateInput(c.costsRemoved as Estimate),
          costsImposed: c.costsImposed && toEstimateInput(c.costsImposed as Estimate),
        });
      }),
      bundles: s.bundles.map(serviceRef),
      dependsOn: s.dependsOn.map(serviceRef),
      offerings: s.offerings.map((o) => compact(o)),
      agreement: s.agreement && compact({ ...s.agreement, targets: s.agreement.targets.map((t) => compact(t)) }),
    },
    { kind: "technical" },
  );
}

function stepInput(step: Step): Plain {
  const { processTimeHours: _p, waitTimeHours: _w, ...rest } = step;
  const out = compact(rest);
  // An explicit empty `next` list means "last step" in a branching stream: keep it.
  if (step.next) out.next = [...step.next];
  return out;
}

function flowInput(entry: Cost | Benefit, kindDefault: Plain = {}): Plain {
  return compact({ ...entry, amount: toEstimateInput(entry.amount as Estimate) }, kindDefault);
}

/** Copy an element, leaving out undefined values, empty lists and default values. */
function compact(element: object, extraDefaults: Plain = {}): Plain {
  const out: Plain = {};
  for (const [key, value] of Object.entries(element)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (key in extraDefaults ? extraDefaults[key] === value : key !== "kind" && key in DEFAULTS && DEFAULTS[key] === value) continue;
    out[key] = key === "meta" ? copy(value) : Array.isArray(value) ? value.map(copy) : copy(value);
  }
  return out;
}

function put(out: Plain, key: string, list: unknown[]): void {
  if (list.length > 0) out[key] = list;
}

function copy(value: unknown): unknown {
  return value !== null && typeof value === "object" ? structuredClone(value) : value;
}
