import { applyPatches } from "immer";
import { describe, expect, it } from "vitest";
import { addStep } from "../../../src/model/edits/add-step.js";
import type { Model } from "../../../src/model/schema/model.js";
import type { StepInput } from "../../../src/model/schema/value-stream.js";
import { catchModelError, expectGoodEdit, pathsOf } from "./expect-edit.js";
import { smallModel } from "./small-model.js";

const laptop: StepInput = { id: "laptop", name: "Order laptop", activity: "obtain-build", services: ["workplace"], processTime: "2d", waitTime: "1w", next: ["welcome"] };
const stepIds = (m: Model) => m.valueStreams[0]!.steps.map((s) => s.id);

describe("addStep", () => {
  it("appends a step, with durations in hours", () => {
    const model = smallModel();
    const next = addStep(model, "onboard", { ...laptop, next: [] });
    expect(stepIds(next)).toEqual(["request", "setup", "welcome", "laptop"]);
    expect(next.valueStreams[0]!.steps[3]).toMatchObject({ id: "laptop", processTimeHours: 48, waitTimeHours: 168, pctCompleteAccurate: 1, practices: [] });
    expectGoodEdit(model, next, smallModel());
  });

  it("inserts right after the step named by `after`, leaving other steps' next as they are", () => {
    const model = smallModel();
    const { model: next, inversePatches } = addStep(model, "onboard", laptop, { after: "setup", withPatches: true });
    expect(stepIds(next)).toEqual(["request", "setup", "laptop", "welcome"]);
    expect(next.valueStreams[0]!.steps[1]!.next).toEqual(["welcome"]);
    expectGoodEdit(model, next, smallModel());
    expect(applyPatches(next, inversePatches)).toStrictEqual(model);
  });

  describe("refuses", () => {
    it("an unknown value stream, suggesting the closest", () => {
      const e = catchModelError(() => addStep(smallModel(), "onbord", laptop));
      expect(e.code).toBe("not-found");
      expect(e.issues[0]!.suggestion).toBe("onboard");
    });

    it("an id that is not a value stream", () => {
      const e = catchModelError(() => addStep(smallModel(), "mail", laptop));
      expect(e.code).toBe("invalid-argument");
      expect(e.issues[0]!.code).toBe("wrong-kind");
    });

    it("an `after` that is not a step of the stream", () => {
      const e = catchModelError(() => addStep(smallModel(), "onboard", laptop, { after: "set-up" }));
      expect(e.code).toBe("not-found");
      expect(e.issues[0]!.suggestion).toBe("setup");
      expect(catchModelError(() => addStep(smallModel(), "onboard", laptop, { after: 2 as never })).code).toBe("invalid-argument");
    });

    it("a bad step, at its path in the model", () => {
      const e = catchModelError(() => addStep(smallModel(), "onboard", { ...laptop, processTime: "soon", activity: "build" as never }, { after: "request" }));
      expect(e.code).toBe("invalid-model");
      expect(pathsOf(e).sort()).toEqual(["valueStreams[0].steps[1].activity", "valueStreams[0].steps[1].processTime"]);
    });

    it("a step id already used, at the new step's path", () => {
      const e = catchModelError(() => addStep(smallModel(), "onboard", { ...laptop, id: "setup" }, { after: "request" }));
      expect(e.issues.map((i) => [i.path, i.code])).toEqual([["valueStreams[0].steps[1].id", "duplicate-id"]]);
    });

    it("a step that follows itself", () => {
      const e = catchModelError(() => addStep(smallModel(), "onboard", { ...laptop, next: ["laptop"] }));
      expect(e.issues.map((i) => [i.path, i.code])).toEqual([["valueStreams[0].steps[3].next[0]", "self-reference"]]);
    });
  });
});
