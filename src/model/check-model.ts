import { duplicateIdMessage, elementIndex, kindName, type ElementIndex, type ElementKind } from "./element-index.js";
import { formatPath, type ModelIssue } from "./errors.js";
import { modelReferences, type ReferenceSite } from "./references.js";
import type { Model } from "./schema/model.js";
import { cycleThrough, stronglyConnected } from "./strongly-connected.js";
import { createMatcher } from "./suggest.js";

/**
 * Suggestions are searched for this many unknown references at most, and while fewer than this many candidate ids
 * have been compared in all: a model with thousands of broken references still validates in about a second.
 */
const MAX_SUGGESTIONS = 200;
const MAX_COMPARISONS = 500_000;

/**
 * The semantic checks that run after the shape checks, reporting every problem in one pass: duplicate ids, unknown
 * and wrong-kind references (with "did you mean"), roles that do not fit, self and repeated references, `bundles`
 * cycles, `next` cycles, `dependsOn`/`bundles` cycles from which no cost can leave, and years beyond the horizon.
 */
export function checkModel(model: Model): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const index = elementIndex(model);
  for (const { entry, first } of index.duplicates) {
    issues.push({
      path: formatPath([...entry.path, "id"]),
      code: "duplicate-id",
      message: duplicateIdMessage(entry.id, first),
    });
  }
  checkReferences(model, index, issues);
  const services = serviceGraph(model);
  checkBundleCycles(model, services.bundles, issues);
  checkTrappedCycles(model, services.consumption, issues);
  checkStepCycles(model, issues);
  checkRepeatedPractices(model, issues);
  checkRepeatedStages(model, issues);
  checkYears(model, issues);
  return issues;
}

/** A journey stage listed twice (its touchpoints belong in one entry: summaries and health checks read stages by id). */
function checkRepeatedStages(model: Model, issues: ModelIssue[]): void {
  model.journeys.forEach((journey, j) => {
    const seen = new Map<string, number>();
    journey.stages.forEach((stage, s) => {
      const first = seen.get(stage.stage);
      if (first !== undefined) {
        issues.push({
          path: formatPath(["journeys", j, "stages", s, "stage"]),
          code: "duplicate-stage",
          message: `stage "${stage.stage}" is already listed at journeys[${j}].stages[${first}]; put its touchpoints in that entry`,
        });
      } else seen.set(stage.stage, s);
    });
  });
}

/** A practice named twice in one step (e.g. `change-control` and `change-enablement`, an alias and its id). */
function checkRepeatedPractices(model: Model, issues: ModelIssue[]): void {
  model.valueStreams.forEach((stream, v) =>
    stream.steps.forEach((step, s) => {
      const seen = new Set<string>();
      step.practices.forEach((practice, p) => {
        if (seen.has(practice)) {
          issues.push({
            path: formatPath(["valueStreams", v, "steps", s, "practices", p]),
            code: "duplicate-reference",
            message: `practice "${practice}" is listed twice in this step (an alias and its id count as the same practice)`,
          });
        }
        seen.add(practice);
      });
    }),
  );
}

function checkReferences(model: Model, index: ElementIndex, issues: ModelIssue[]): void {
  const idsByKind = new Map<ElementKind, string[]>();
  for (const e of index.byId.values()) {
    let list = idsByKind.get(e.kind);
    if (!list) idsByKind.set(e.kind, (list = []));
    list.push(e.id);
  }
  let suggestions = 0;
  let comparisons = 0;
  const matchers = new Map<string, { size: number; match: (input: string) => string | undefined }>();
  let list = -1;
  const seen = new Set<string>();
  for (const site of modelReferences(model)) {
    const target = index.byId.get(site.target);
    const wanted = () => site.kinds.map(kindName).join(" or ");
    if (!target) {
      const path = formatPath(site.path);
      let suggestion: string | undefined;
      if (suggestions < MAX_SUGGESTIONS && comparisons < MAX_COMPARISONS) {
        const key = site.kinds.join(",");
        let matcher = matchers.get(key);
        if (!matcher) {
          const candidates = site.kinds.flatMap((k) => idsByKind.get(k) ?? []);
          matcher = { size: candidates.length, match: createMatcher(candidates) };
          matchers.set(key, matcher);
        }
        suggestions++;
        comparisons += matcher.size;
        suggestion = matcher.match(site.target);
      }
      issues.push({
        path,
        code: "unknown-reference",
        message: `unknown ${wanted()} "${site.target}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`,
        ...(suggestion ? { suggestion } : {}),
      });
      continue;
    }
    if (!site.kinds.includes(target.kind)) {
      issues.push({
        path: formatPath(site.path),
        code: "wrong-kind",
        message: `"${site.target}" is a ${kindName(target.kind)} (at ${formatPath(target.path)}), but a ${wanted()} is needed here`,
      });
      continue;
    }
    if (site.sameParent !== undefined && target.parent !== site.sameParent) {
      issues.push({
        path: formatPath(site.path),
        code: "wrong-kind",
        message: `"${site.target}" is a step of value stream "${target.parent}"; next may only name steps of "${site.sameParent}"`,
      });
      continue;
    }
    if (site.roles) checkRoles(model, site, target.path, issues);
    if ((site.relation === "depends-on" || site.relation === "bundles" || site.relation === "next-step") && site.target === site.holder) {
      issues.push({ path: formatPath(site.path), code: "self-reference", message: `"${site.holder}" cannot ${site.relation === "next-step" ? "follow" : site.relation === "bundles" ? "bundle" : "depend on"} itself` });
      continue;
    }
    // The same target twice in one list would count its share twice.
    if (site.list < 0) continue;
    if (site.list !== list) {
      list = site.list;
      seen.clear();
    }
    if (seen.has(site.target)) {
      issues.push({ path: formatPath(site.path), code: "duplicate-reference", message: `"${site.target}" is listed twice here (merge the entries, adding up their shares)` });
    }
    seen.add(site.target);
  }
}

function checkRoles(model: Model, site: ReferenceSite, targetPath: readonly (string | number)[], issues: ModelIssue[]): void {
  const stakeholder = model.stakeholders[targetPath[1] as number];
  if (!stakeholder || site.roles!.some((r) => stakeholder.roles.includes(r))) return;
  const field = String(site.path[site.path.length - 1] === "stakeholder" ? "consumer" : site.path[site.path.length - 1]);
  const needed = site.roles!.join(" or ");
  issues.push({
    path: formatPath(site.path),
    code: "role-mismatch",
    message: `"${stakeholder.id}" is named as ${field} but has no ${needed} role (it has: ${stakeholder.roles.join(", ")}); add the role to ${formatPath(targetPath)}.roles`,
    suggestion: site.roles![0]!,
  });
}

/** Services as node indexes, with their consumption edges (provider -> consumer) split by kind. */
function serviceGraph(model: Model) {
  const position = new Map<string, number>();
  model.services.forEach((s, i) => {
    if (!position.has(s.id)) position.set(s.id, i);
  });
  const bundles: number[][] = model.services.map(() => []);
  const consumption: number[][] = model.services.map(() => []);
  model.services.forEach((s, consumer) => {
    for (const b of s.bundles) {
      const p = position.get(b.service);
      if (p !== undefined && p !== consumer) {
        bundles[consumer]!.push(p);
        consumption[p]!.push(consumer);
      }
    }
    for (const d of s.dependsOn) {
      const p = position.get(d.service);
      if (p !== undefined && p !== consumer) consumption[p]!.push(consumer);
    }
  });
  return { bundles, consumption };
}

const cycleText = (model: Model, cycle: number[]) => cycle.map((i) => model.services[i]!.id).join(" -> ");

function checkBundleCycles(model: Model, bundles: readonly number[][], issues: ModelIssue[]): void {
  for (const component of stronglyConnected(bundles)) {
    if (component.length < 2) continue;
    const start = Math.min(...component);
    const cycle = cycleThrough(bundles, new Set(component), start);
    const bundleIndex = model.services[start]!.bundles.findIndex((b) => b.service === model.services[cycle[1]!]!.id);
    issues.push({
      path: formatPath(["services", start, "bundles", bundleIndex, "service"]),
      code: "bundles-cycle",
      message: `bundles form a cycle: ${cycleText(model, cycle)} (a product cannot contain itself)`,
    });
  }
}

function checkTrappedCycles(model: Model, consumption: readonly number[][], issues: ModelIssue[]): void {
  for (const component of stronglyConnected(consumption)) {
    if (component.length < 2) continue;
    const members = new Set(component);
    const leaks = component.some((p) => consumption[p]!.some((c) => !members.has(c)));
    if (leaks) continue;
    const start = Math.min(...component);
    const cycle = cycleThrough(consumption, members, start);
    issues.push({
      path: formatPath(["services", start]),
      code: "trapped-cycle",
      message: `services consume each other in a cycle that no other service consumes: ${cycleText(model, cycle)}; their costs can never reach a top-level service (let a service outside the cycle consume one of them)`,
    });
  }
}

function checkStepCycles(model: Model, issues: ModelIssue[]): void {
  model.valueStreams.forEach((stream, v) => {
    if (!stream.steps.some((s) => s.next !== undefined)) return;
    const position = new Map(stream.steps.map((s, i) => [s.id, i]));
    const adjacency = stream.steps.map((s) => (s.next ?? []).map((n) => position.get(n)).filter((p): p is number => p !== undefined));
    for (const component of stronglyConnected(adjacency)) {
      if (component.length < 2) continue;
      const start = Math.min(...component);
      const cycle = cycleThrough(adjacency, new Set(component), start);
      issues.push({
        path: formatPath(["valueStreams", v, "steps", start, "next"]),
        code: "next-cycle",
        message: `steps form a cycle: ${cycle.map((i) => stream.steps[i]!.id).join(" -> ")} (a value stream's next steps must not loop back)`,
      });
    }
  });
}

function checkYears(model: Model, issues: ModelIssue[]): void {
  const last = model.horizonYears - 1;
  const beyond = (path: (string | number)[], year: number) =>
    issues.push({
      path: formatPath(path),
      code: "beyond-horizon",
      message: `year ${year} is beyond the horizon (years run from 0 to ${last}; horizonYears is ${model.horizonYears})`,
    });
  for (const key of ["costs", "benefits"] as const) {
    model[key].forEach((entry, i) => {
      if (entry.startYear > last) beyond([key, i, "startYear"], entry.startYear);
      if (entry.endYear !== undefined) {
        if (entry.endYear > last) beyond([key, i, "endYear"], entry.endYear);
        else if (entry.endYear < entry.startYear)
          issues.push({
            path: formatPath([key, i, "endYear"]),
            code: "out-of-range",
            message: `endYear (${entry.endYear}) comes before startYear (${entry.startYear})`,
          });
      }
    });
  }
  model.investments.forEach((inv, i) =>
    inv.reduces.forEach((r, j) => {
      if (r.fromYear > last) beyond(["investments", i, "reduces", j, "fromYear"], r.fromYear);
    }),
  );
}
