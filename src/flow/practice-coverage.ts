import { ModelError, formatPath, invalidArgument, type ModelIssue } from "../model/errors.js";
import type { Model } from "../model/schema/model.js";
import { ITIL4_PRACTICES } from "../reference/itil4-practices.js";
import { ACTIVITY_IDS, PRACTICE_IDS, type ActivityId, type PracticeId } from "../reference/itil4.js";

/** How one value stream uses the value chain activities and the practices. */
export interface StreamCoverage {
  valueStream: string;
  name: string;
  /** Number of steps. */
  steps: number;
  /** Steps per value chain activity (all six, 0 for an activity no step is in). */
  activities: Record<ActivityId, number>;
  /** The practices its steps name, with how many steps name each, in catalog order. */
  practices: { practice: PracticeId; steps: number }[];
  /** Activities no step is in, in catalog order (no `engage` step: nobody talks to the customer). */
  skippedActivities: ActivityId[];
  /** Steps that name no practice. */
  stepsWithoutPractice: string[];
}

/** A practice named in a step whose activity is not one the practice typically contributes to (worth a look, not an error). */
export interface AtypicalPracticeUse {
  valueStream: string;
  step: string;
  practice: PracticeId;
  activity: ActivityId;
  /** The activities the practice typically contributes to (`ITIL4_PRACTICES[].activities`). */
  typicalActivities: ActivityId[];
  /** `valueStreams[i].steps[j].practices[k]`. */
  path: string;
}

/** The result of {@link practiceCoverage}. Counts are numbers of steps. */
export interface PracticeCoverage {
  /** Every value stream, in model order. */
  streams: StreamCoverage[];
  /** matrix[practice][activity]: steps in that activity that name that practice; all 34 practices x 6 activities. */
  matrix: Record<PracticeId, Record<ActivityId, number>>;
  /** Steps that name each practice (all 34). */
  practiceTotals: Record<PracticeId, number>;
  /** Steps in each activity (all six). */
  activityTotals: Record<ActivityId, number>;
  /** Practices no step names, in catalog order. */
  unusedPractices: PracticeId[];
  /** Practices used outside the activities they typically contribute to, in model order. */
  atypical: AtypicalPracticeUse[];
}

const TYPICAL = new Map<string, readonly string[]>(ITIL4_PRACTICES.map((p) => [p.id, p.activities]));
const activityCounts = () => Object.fromEntries(ACTIVITY_IDS.map((a) => [a, 0])) as Record<ActivityId, number>;

/**
 * Which value chain activities and ITIL 4 practices the value streams use: per stream the steps per activity, the
 * practices with their step counts, the activities it skips and its steps without a practice; across the model a
 * practices x activities matrix of step counts (a step naming two practices counts once for each), the practices no
 * step names (of the 34), and the practices named in an activity they do not typically contribute to (per the
 * catalog's `activities`: informational). Throws `ModelError("invalid-argument")` for a model that is not parsed.
 * @example
 * const c = practiceCoverage(model);
 * c.matrix["service-request-management"]["obtain-build"] // 1
 * c.streams[0].skippedActivities // ["plan"] (docs/value-streams.md)
 * c.atypical[0] // { step: "create-accounts", practice: "service-request-management", activity: "obtain-build", ... }
 */
export function practiceCoverage(model: Model): PracticeCoverage {
  if (model === null || typeof model !== "object" || !Array.isArray(model.valueStreams as unknown)) {
    invalidArgument("practiceCoverage", "model must be a parsed model (see parseModel)", model);
  }
  const matrix = Object.fromEntries(PRACTICE_IDS.map((p) => [p, activityCounts()])) as Record<PracticeId, Record<ActivityId, number>>;
  const practiceTotals = Object.fromEntries(PRACTICE_IDS.map((p) => [p, 0])) as Record<PracticeId, number>;
  const activityTotals = activityCounts();
  const atypical: AtypicalPracticeUse[] = [];
  const issues: ModelIssue[] = [];

  const streams = model.valueStreams.map((stream, i): StreamCoverage => {
    const activities = activityCounts();
    const practiceSteps = new Map<PracticeId, number>();
    const stepsWithoutPractice: string[] = [];
    const steps = Array.isArray(stream?.steps as unknown) ? stream.steps : [];
    if (steps !== stream?.steps) issues.push({ path: formatPath(["valueStreams", i, "steps"]), code: "invalid-type", message: "must be a list of steps" });
    steps.forEach((step, j) => {
      if (!Array.isArray(step?.practices as unknown)) {
        issues.push({ path: formatPath(["valueStreams", i, "steps", j, "practices"]), code: "invalid-type", message: "must be a list of practice ids" });
        return;
      }
      const activity = step.activity;
      if (!(ACTIVITY_IDS as readonly string[]).includes(activity)) {
        issues.push({ path: formatPath(["valueStreams", i, "steps", j, "activity"]), code: "invalid-value", message: `unknown value chain activity "${String(activity)}"` });
        return;
      }
      activities[activity]++;
      activityTotals[activity]++;
      const seen = new Set<string>();
      step.practices.forEach((practice, k) => {
        const path = formatPath(["valueStreams", i, "steps", j, "practices", k]);
        const typical = TYPICAL.get(practice);
        if (!typical) {
          issues.push({ path, code: "unknown-practice", message: `unknown ITIL 4 practice "${String(practice)}" (pass a model from parseModel)` });
          return;
        }
        if (seen.has(practice)) return; // an id and its alias: one practice, counted once per step
        seen.add(practice);
        practiceSteps.set(practice, (practiceSteps.get(practice) ?? 0) + 1);
        matrix[practice][activity]++;
        practiceTotals[practice]++;
        if (!typical.includes(activity)) {
          atypical.push({ valueStream: stream?.id, step: step.id, practice, activity, typicalActivities: [...typical] as ActivityId[], path });
        }
      });
      if (seen.size === 0) stepsWithoutPractice.push(step.id);
    });
    return {
      valueStream: stream?.id,
      name: stream?.name,
      steps: steps.length,
      activities,
      practices: PRACTICE_IDS.filter((p) => practiceSteps.has(p)).map((practice) => ({ practice, steps: practiceSteps.get(practice)! })),
      skippedActivities: ACTIVITY_IDS.filter((a) => activities[a] === 0),
      stepsWithoutPractice,
    };
  });
  if (issues.length > 0) throw new ModelError("invalid-argument", "practiceCoverage: the model is not a parsed model (see parseModel)", issues);
  return {
    streams,
    matrix,
    practiceTotals,
    activityTotals,
    unusedPractices: PRACTICE_IDS.filter((p) => practiceTotals[p] === 0),
    atypical,
  };
}
