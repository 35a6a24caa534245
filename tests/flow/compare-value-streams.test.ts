import { describe, expect, it } from "vitest";
import { compareValueStreams } from "../../src/flow/compare-value-streams.js";
import { updateElement } from "../../src/model/edits/update-element.js";
import type { Model } from "../../src/model/schema/model.js";
import { modelError, step, streamModel } from "./flow-model.js";

const stream = (id: string, steps: object[]) => ({ id, name: id, trigger: "demand", outcome: "value", steps });

describe("compareValueStreams", () => {
  // As is: a (1 + 2) -> b (1 + 10) -> c (2 + 0): 16 h, 4 h of work. To be: b waits 1 h, c is done twice as well, a new
  // check d (0.5 + 0) ends it, and the steps keep their names (ids differ: both streams live in one model).
  const model = streamModel(
    [step("a", 1, 2), step("b", 1, 10), step("c", 2, 0, undefined, { pctCompleteAccurate: 0.5 })],
    [
      stream("to-be", [
        { ...step("tb-a", 1, 2), name: "a" },
        { ...step("tb-b", 1, 1), name: "b", practices: ["service-desk"] },
        { ...step("tb-c", 2, 0), name: "c", pctCompleteAccurate: 1 },
        step("tb-d", 0.5, 0),
      ]),
    ],
  );

  it("gives the change in every figure, absolute and relative", () => {
    const diff = compareValueStreams(model, "vs", "to-be");
    // After: 3 + 2 + 2 + 0.5 = 7.5 h lead, 4.5 h process, 3 h wait.
    expect(diff.leadTimeHours).toEqual({ before: 16, after: 7.5, change: -8.5, relativeChange: -8.5 / 16 });
    expect(diff.processTimeHours).toEqual({ before: 4, after: 4.5, change: 0.5, relativeChange: 0.125 });
    expect(diff.waitTimeHours).toEqual({ before: 12, after: 3, change: -9, relativeChange: -0.75 });
    expect(diff.flowEfficiency.before).toBe(0.25);
    expect(diff.flowEfficiency.after).toBe(0.6);
    expect(diff.flowEfficiency.change).toBeCloseTo(0.35, 15);
    expect(diff.flowEfficiency.relativeChange).toBeCloseTo(1.4, 15);
    expect(diff.rolledPctCompleteAccurate).toEqual({ before: 0.5, after: 1, change: 0.5, relativeChange: 1 });
  });

  it("matches steps by name when the ids differ, and lists what was added and changed", () => {
    const diff = compareValueStreams(model, "vs", "to-be");
    expect(diff.matches).toEqual([
      { before: "a", after: "tb-a", by: "name" },
      { before: "b", after: "tb-b", by: "name" },
      { before: "c", after: "tb-c", by: "name" },
    ]);
    expect(diff.stepsAdded).toEqual(["tb-d"]);
    expect(diff.stepsRemoved).toEqual([]);
    expect(diff.stepsChanged).toEqual([
      {
        before: "b",
        after: "tb-b",
        changes: [
          { field: "practices", before: [], after: ["service-desk"] },
          { field: "waitTimeHours", before: 10, after: 1 },
        ],
      },
      {
        before: "c",
        after: "tb-c",
        changes: [
          { field: "pctCompleteAccurate", before: 0.5, after: 1 },
          { field: "next", before: [], after: ["tb-d"] },
        ],
      },
    ]);
  });

  it("says whether the bottleneck moved and the critical path changed", () => {
    const diff = compareValueStreams(model, "vs", "to-be");
    expect(diff.bottleneck).toEqual({ before: "b", after: "tb-a", moved: true });
    expect(diff.criticalPathChanged).toBe(true); // tb-d is new
    const same = compareValueStreams(model, "vs", "vs");
    expect(same.bottleneck.moved).toBe(false);
    expect(same.criticalPathChanged).toBe(false);
    expect(same.stepsChanged).toEqual([]);
    expect(same.matches.every((m) => m.by === "id")).toBe(true);
    expect(same.leadTimeHours.change).toBe(0);
  });

  it("compares two versions of a model, by id", () => {
    const after = updateElement(updateElement(model, "b", { waitTime: "1h", name: "b, faster" }), "c", { activity: "engage" });
    const diff = compareValueStreams(model, "vs", after, "vs");
    expect(diff.leadTimeHours).toMatchObject({ before: 16, after: 7, change: -9 });
    expect(diff.stepsChanged.map((c) => [c.after, c.changes.map((x) => x.field)])).toEqual([
      ["b", ["name", "waitTimeHours"]],
      ["c", ["activity"]],
    ]);
    expect(diff.bottleneck).toEqual({ before: "b", after: "a", moved: true });
    expect(diff.criticalPathChanged).toBe(false);
  });

  it("reports removed steps and a branch that changed the next steps", () => {
    const before = streamModel([step("a", 1, 0, ["b", "c"]), step("b", 1, 0, ["d"]), step("c", 5, 0, ["d"]), step("d", 1, 0)]);
    const after = streamModel([step("a", 1, 0, ["b"]), step("b", 1, 0, ["d"]), step("d", 1, 0)]);
    const diff = compareValueStreams(before, "vs", after, "vs");
    expect(diff.stepsRemoved).toEqual(["c"]);
    expect(diff.stepsChanged).toEqual([{ before: "a", after: "a", changes: [{ field: "next", before: ["b", "c"], after: ["b"] }] }]);
    expect(diff.before.criticalPath).toEqual(["a", "c", "d"]);
    expect(diff.after.criticalPath).toEqual(["a", "b", "d"]);
    expect(diff.criticalPathChanged).toBe(true);
    expect(diff.bottleneck).toEqual({ before: "c", after: "a", moved: true });
  });

  it("does not match names that are not unique", () => {
    const twins = streamModel([{ ...step("a", 1), name: "same" }, { ...step("b", 1), name: "same" }], [stream("other", [{ ...step("x", 1), name: "same" }])]);
    const diff = compareValueStreams(twins, "vs", "other");
    expect(diff.matches).toEqual([]);
    expect(diff.stepsRemoved).toEqual(["a", "b"]);
    expect(diff.stepsAdded).toEqual(["x"]);
  });

  it("leaves a relative change undefined when there is nothing to compare with", () => {
    const zero = streamModel([step("a", 0, 0)], [stream("busy", [step("b", 1, 1)])]);
    const diff = compareValueStreams(zero, "vs", "busy");
    expect(diff.leadTimeHours).toEqual({ before: 0, after: 2, change: 2, relativeChange: undefined });
    expect(diff.flowEfficiency).toEqual({ before: undefined, after: 0.5, change: undefined, relativeChange: undefined });
  });

  it("refuses unknown ids, empty streams and misplaced arguments", () => {
    const empty = streamModel([step("a", 1)], [stream("empty", [])]);
    const unknown = modelError(() => compareValueStreams(empty, "vs", "emty"));
    expect([unknown.code, unknown.issues[0]!.suggestion]).toEqual(["not-found", "empty"]);
    expect(unknown.message).toMatch(/^compareValueStreams: /);
    expect(modelError(() => compareValueStreams(empty, "nope", "vs")).code).toBe("not-found");
    const noSteps = modelError(() => compareValueStreams(empty, "vs", "empty"));
    expect([noSteps.code, noSteps.issues[0]!.path]).toEqual(["invalid-argument", "valueStreams[1].steps"]);
    expect(modelError(() => compareValueStreams(empty, "vs", 3 as unknown as string)).code).toBe("invalid-argument");
    expect(modelError(() => compareValueStreams(empty, "vs", empty as Model, undefined as unknown as string)).code).toBe("invalid-argument");
    expect(modelError(() => compareValueStreams(null as unknown as Model, "vs", "vs")).code).toBe("invalid-argument");
  });
});
