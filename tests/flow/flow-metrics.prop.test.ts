import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flowMetrics, MAX_PATHS_LIMIT } from "../../src/flow/flow-metrics.js";
import { step, streamModel } from "./flow-model.js";

const hours = fc.oneof(fc.constantFrom(0, 0.25, 0.5, 1 / 3, 1, 2, 24, 168), fc.double({ min: 0, max: 500, noNaN: true }));

/**
 * A small value stream as written: up to 8 steps with random hours and %C&A; when branching, each step points to some
 * steps later in a hidden topological order (a DAG), and the steps are listed in a shuffled document order.
 */
const arbitraryStream = fc
  .record({
    n: fc.integer({ min: 1, max: 8 }),
    branching: fc.boolean(),
    times: fc.array(fc.tuple(hours, hours, fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 8, maxLength: 8 }),
    edges: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }),
  })
  .map(({ n, branching, times, edges, order }) => {
    const id = (i: number) => `s${i}`;
    const steps = Array.from({ length: n }, (_, i) => {
      const next = branching ? Array.from({ length: n }, (_, j) => j).filter((j) => j > i && edges[i * 8 + j]).map(id) : undefined;
      const [p, w, pca] = times[i]!;
      return step(id(i), p, w, next, { pctCompleteAccurate: pca });
    });
    const position = branching ? steps.map((_, i) => i).sort((a, b) => order[a]! - order[b]! || a - b) : steps.map((_, i) => i);
    return position.map((i) => steps[i]!);
  });

type StepInput = ReturnType<typeof step> & { pctCompleteAccurate: number };

/** Every path from an entry to an end, by depth-first search (the brute force the dynamic programme must agree with). */
function allPaths(steps: readonly StepInput[]): string[][] {
  const branching = steps.some((s) => s.next !== undefined);
  if (!branching) return [steps.map((s) => s.id)];
  const byId = new Map(steps.map((s) => [s.id, s]));
  const pointedTo = new Set(steps.flatMap((s) => s.next ?? []));
  const out: string[][] = [];
  const walk = (path: string[]) => {
    const next = byId.get(path[path.length - 1]!)!.next ?? [];
    if (next.length === 0) out.push(path);
    for (const n of next) walk([...path, n]);
  };
  for (const s of steps) if (!pointedTo.has(s.id)) walk([s.id]);
  return out;
}

describe("flowMetrics properties", () => {
  it("the critical path is at least as long as every path, and the DP finds every path (count and ranking)", () => {
    fc.assert(
      fc.property(arbitraryStream, (steps) => {
        const model = streamModel(steps);
        const flow = flowMetrics(model, "vs", { maxPaths: MAX_PATHS_LIMIT });
        const parsed = new Map(model.valueStreams[0]!.steps.map((s) => [s.id, s]));
        const lead = (path: string[]) => path.reduce((t, id) => t + parsed.get(id)!.processTimeHours + parsed.get(id)!.waitTimeHours, 0);
        const brute = allPaths(steps as StepInput[]);
        expect(flow.pathCount).toBe(brute.length);
        expect(flow.pathsTruncated).toBe(false);
        // Sums within 1e-9 (relative, and absolute below 1 h) count as a tie, broken by process time and document order.
        const slack = (x: number) => 1e-9 * Math.max(1, x);
        for (const path of brute) expect(flow.leadTimeHours + slack(flow.leadTimeHours)).toBeGreaterThanOrEqual(lead(path));
        const key = (p: string[]) => p.join(" ");
        expect(flow.paths.map((p) => key(p.steps)).sort()).toEqual(brute.map(key).sort());
        expect(flow.paths[0]!.steps).toEqual(flow.criticalPath);
        for (let i = 1; i < flow.paths.length; i++) expect(flow.paths[i]!.leadTimeHours).toBeLessThanOrEqual(flow.paths[i - 1]!.leadTimeHours + slack(flow.paths[i - 1]!.leadTimeHours));
      }),
      { numRuns: 300 },
    );
  });

  it("flow efficiency and rolled %C&A lie in [0, 1]; efficiency is undefined exactly when lead time is 0", () => {
    fc.assert(
      fc.property(arbitraryStream, (steps) => {
        const flow = flowMetrics(streamModel(steps), "vs");
        for (const figures of [flow, ...flow.paths]) {
          if (figures.leadTimeHours === 0) expect(figures.flowEfficiency).toBeUndefined();
          else {
            expect(figures.flowEfficiency).toBeGreaterThanOrEqual(0);
            expect(figures.flowEfficiency).toBeLessThanOrEqual(1);
          }
          expect(figures.rolledPctCompleteAccurate).toBeGreaterThanOrEqual(0);
          expect(figures.rolledPctCompleteAccurate).toBeLessThanOrEqual(1);
        }
        // Rounding: the two products multiply in different orders, so they may differ in the last bit.
        expect(flow.allStepsRolledPctCompleteAccurate).toBeLessThanOrEqual(flow.rolledPctCompleteAccurate * (1 + 1e-12));
      }),
      { numRuns: 300 },
    );
  });

  it("slack is never negative, 0 on the critical path, and critical-path shares add up to 1", () => {
    fc.assert(
      fc.property(arbitraryStream, (steps) => {
        const flow = flowMetrics(streamModel(steps), "vs");
        for (const s of flow.steps) {
          expect(s.slackHours).toBeGreaterThanOrEqual(0);
          if (s.onCriticalPath) expect(s.slackHours).toBe(0);
          expect(s.longestPathHours).toBeLessThanOrEqual(flow.leadTimeHours + 1e-9 * Math.max(1, flow.leadTimeHours));
        }
        if (flow.leadTimeHours > 0) {
          const shares = flow.steps.reduce((t, s) => t + s.shareOfLeadTime!, 0);
          expect(shares).toBeCloseTo(1, 9);
        }
        const bottleneck = flow.steps.find((s) => s.id === flow.bottleneck)!;
        expect(bottleneck.onCriticalPath).toBe(true);
        for (const s of flow.steps) if (s.onCriticalPath) expect(s.leadTimeHours).toBeLessThanOrEqual(bottleneck.leadTimeHours);
      }),
      { numRuns: 300 },
    );
  });

  it("on a sequence, the figures are the plain sums and product over the steps", () => {
    fc.assert(
      fc.property(arbitraryStream, (written) => {
        const model = streamModel(written.map(({ next: _next, ...s }) => s));
        const steps = model.valueStreams[0]!.steps;
        const flow = flowMetrics(model, "vs");
        let lead = 0;
        let process = 0;
        let wait = 0;
        let rolled = 1;
        for (const s of steps) {
          lead += s.processTimeHours + s.waitTimeHours;
          process += s.processTimeHours;
          wait += s.waitTimeHours;
          rolled *= s.pctCompleteAccurate;
        }
        expect(flow.leadTimeHours).toBe(lead);
        expect(flow.processTimeHours).toBe(process);
        expect(flow.waitTimeHours).toBe(wait);
        expect(flow.rolledPctCompleteAccurate).toBe(rolled);
        expect(flow.criticalPath).toEqual(steps.map((s) => s.id));
        expect(flow.pathCount).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
