import { elementIndex } from "../model/element-index.js";
import { ModelError, describeValue, formatPath, invalidArgument, notFound, type ModelIssue } from "../model/errors.js";
import type { Model } from "../model/schema/model.js";
import { closestMatch } from "../model/suggest.js";
import { ITIL4_JOURNEY_STAGES, type JourneyStageId } from "../reference/itil4.js";

/** Touchpoints scored below this are unhappy unless {@link JourneySummaryOptions.unhappyBelow} says otherwise. */
export const DEFAULT_UNHAPPY_BELOW = 3;

/** Options of {@link journeySummary}. */
export interface JourneySummaryOptions {
  /** A touchpoint with satisfaction below this (1 to 5) is unhappy; default {@link DEFAULT_UNHAPPY_BELOW}. */
  unhappyBelow?: number;
}

/** One touchpoint of a journey, with where it is. */
export interface TouchpointSummary {
  name: string;
  stage: JourneyStageId;
  /** 1 (awful) to 5 (delighted). */
  satisfaction: number;
  service: string | undefined;
  actors: string[];
  /** Where it is in the model: `journeys[0].stages[4].touchpoints[1]`. */
  path: string;
}

/** One stage of a journey. */
export interface StageSummary {
  stage: JourneyStageId;
  /** The stage's name in the ITIL 4 catalog. */
  name: string;
  /** Mean satisfaction of its touchpoints; `undefined` for a stage with no touchpoint. */
  meanSatisfaction: number | undefined;
  /** Its touchpoints, worst first. */
  touchpoints: TouchpointSummary[];
  /** Its touchpoints scored below the threshold, worst first. */
  unhappy: TouchpointSummary[];
}

/** A service behind unhappy touchpoints. */
export interface UnhappyService {
  service: string;
  name: string;
  /** The lowest satisfaction among its unhappy touchpoints. */
  worstSatisfaction: number;
  /** Its unhappy touchpoints, worst first. */
  touchpoints: TouchpointSummary[];
}

/** The result of {@link journeySummary}. */
export interface JourneySummary {
  journey: string;
  name: string;
  stakeholder: string;
  /** Mean satisfaction over all touchpoints (each counts once); `undefined` when there is none. */
  meanSatisfaction: number | undefined;
  /** All seven stages, in catalog order (explore ... realize), touchpoints of a stage listed twice merged. */
  stages: StageSummary[];
  /** Every touchpoint, worst first (ties: stage order, then document order). */
  worstTouchpoints: TouchpointSummary[];
  /** The services behind unhappy touchpoints, worst first (ties: more unhappy touchpoints, then first seen). */
  unhappyServices: UnhappyService[];
  /** Unhappy touchpoints that name no service: nobody's service to fix, worth a look. */
  unhappyWithoutService: TouchpointSummary[];
  /** Stages with no touchpoint, in catalog order. */
  stagesWithoutTouchpoints: JourneyStageId[];
}

const STAGE_ORDER = new Map<string, number>(ITIL4_JOURNEY_STAGES.map((s, i) => [s.id, i]));

/**
 * Summary of a customer journey: per stage (all seven, in catalog order) the mean satisfaction
 * (Σ satisfaction / number of touchpoints, on the 1 to 5 scale; `undefined` without touchpoints) and the touchpoints
 * worst first; the services behind the unhappy touchpoints (satisfaction < `unhappyBelow`, default 3); the stages with no
 * touchpoint; the mean over all touchpoints. Throws `ModelError`: `not-found` for an unknown journey (with a suggestion),
 * `invalid-argument` for a threshold outside 1 to 5.
 * @example
 * const s = journeySummary(model, "sales-collaboration-journey");
 * s.stages.find((x) => x.stage === "onboard")?.meanSatisfaction // 2.75
 * s.unhappyServices.map((u) => u.service) // ["service-desk", "mail"]
 */
export function journeySummary(model: Model, journeyId: string, options: JourneySummaryOptions = {}): JourneySummary {
  const fn = "journeySummary";
  if (model === null || typeof model !== "object" || !Array.isArray(model.journeys as unknown)) invalidArgument(fn, "model must be a parsed model (see parseModel)", model);
  if (typeof journeyId !== "string") invalidArgument(fn, "journeyId must be a journey id (a string)", journeyId);
  if (options === null || typeof options !== "object") invalidArgument(fn, "options must be an object", options);
  const threshold = options.unhappyBelow ?? DEFAULT_UNHAPPY_BELOW;
  if (!(typeof threshold === "number" && threshold >= 1 && threshold <= 5)) {
    const message = `unhappyBelow must be a satisfaction from 1 to 5, got ${String(threshold)}`;
    throw new ModelError("invalid-argument", `${fn}: ${message}`, [{ path: "unhappyBelow", code: "out-of-range", message }]);
  }
  const j = model.journeys.findIndex((x) => x?.id === journeyId);
  if (j < 0) notFound(fn, "journey", journeyId, closestMatch(journeyId, model.journeys.map((x) => x?.id).filter((id): id is string => typeof id === "string")));
  const journey = model.journeys[j]!;

  const all: TouchpointSummary[] = [];
  const issues: ModelIssue[] = [];
  const list = <T>(value: readonly T[] | undefined, path: (string | number)[]): readonly T[] => {
    if (Array.isArray(value as unknown)) return value!;
    issues.push({ path: formatPath(path), code: "invalid-type", message: `must be a list, got ${describeValue(value)}` });
    return [];
  };
  list(journey.stages, ["journeys", j, "stages"]).forEach((stage, s) => {
    if (!STAGE_ORDER.has(stage?.stage)) issues.push({ path: formatPath(["journeys", j, "stages", s, "stage"]), code: "invalid-value", message: `unknown journey stage ${describeValue(stage?.stage)}` });
    list(stage?.touchpoints, ["journeys", j, "stages", s, "touchpoints"]).forEach((t, k) => {
      const path = formatPath(["journeys", j, "stages", s, "touchpoints", k]);
      if (!(typeof t?.satisfaction === "number" && t.satisfaction >= 1 && t.satisfaction <= 5)) {
        issues.push({ path: `${path}.satisfaction`, code: "out-of-range", message: `must be a satisfaction from 1 to 5, got ${describeValue(t?.satisfaction)}` });
        return;
      }
      all.push({ name: t.name, stage: stage.stage, satisfaction: t.satisfaction, service: t.service, actors: [...(t.actors ?? [])], path });
    });
  });
  if (issues.length > 0) throw new ModelError("invalid-argument", `${fn}: journey "${journey.id}" is not a parsed journey (pass a model from parseModel)`, issues);
  // Stable sort: ties keep stage order, then document order.
  const byStage = [...all].sort((a, b) => STAGE_ORDER.get(a.stage)! - STAGE_ORDER.get(b.stage)!);
  const worst = [...byStage].sort((a, b) => a.satisfaction - b.satisfaction);
  const unhappy = worst.filter((t) => t.satisfaction < threshold);

  const stages = ITIL4_JOURNEY_STAGES.map((catalog): StageSummary => {
    const touchpoints = worst.filter((t) => t.stage === catalog.id);
    return {
      stage: catalog.id,
      name: catalog.name,
      meanSatisfaction: meanOf(touchpoints),
      touchpoints,
      unhappy: touchpoints.filter((t) => t.satisfaction < threshold),
    };
  });

  const index = elementIndex(model);
  const services = new Map<string, UnhappyService>();
  for (const t of unhappy) {
    if (t.service === undefined) continue;
    let entry = services.get(t.service);
    if (!entry) {
      const at = index.byId.get(t.service);
      const name = at?.kind === "service" ? model.services[at.path[1] as number]!.name : t.service;
      services.set(t.service, (entry = { service: t.service, name, worstSatisfaction: t.satisfaction, touchpoints: [] }));
    }
    entry.touchpoints.push(t);
  }
  const unhappyServices = [...services.values()].sort(
    (a, b) => a.worstSatisfaction - b.worstSatisfaction || b.touchpoints.length - a.touchpoints.length,
  );
  return {
    journey: journey.id,
    name: journey.name,
    stakeholder: journey.stakeholder,
    meanSatisfaction: meanOf(all),
    stages,
    worstTouchpoints: worst,
    unhappyServices,
    unhappyWithoutService: unhappy.filter((t) => t.service === undefined),
    stagesWithoutTouchpoints: stages.filter((s) => s.touchpoints.length === 0).map((s) => s.stage),
  };
}

function meanOf(touchpoints: readonly TouchpointSummary[]): number | undefined {
  if (touchpoints.length === 0) return undefined;
  return touchpoints.reduce((s, t) => s + t.satisfaction, 0) / touchpoints.length;
}
