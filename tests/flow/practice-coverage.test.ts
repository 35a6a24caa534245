import { describe, expect, it } from "vitest";
import { practiceCoverage } from "../../src/flow/practice-coverage.js";
import type { Model } from "../../src/model/schema/model.js";
import { PRACTICE_IDS } from "../../src/reference/itil4.js";
import { loadExample } from "../examples/load-example.js";
import { modelError, rawModel, step, streamModel } from "./flow-model.js";

const at = (activity: string, practices: string[]) => ({ activity, practices });

describe("practiceCoverage", () => {
  const model = streamModel(
    [
      { ...step("a", 1), ...at("engage", ["service-desk", "relationship-management"]) },
      { ...step("b", 1), ...at("deliver-and-support", ["service-desk"]) },
      // An alias is counted under its id (an alias next to its own id is a model error: duplicate-reference).
      { ...step("c", 1), ...at("obtain-build", ["change-control", "service-desk"]) },
      { ...step("d", 1), ...at("deliver-and-support", []) },
    ],
    [{ id: "other", name: "Other", trigger: "t", outcome: "o", steps: [{ ...step("x", 1), ...at("plan", ["portfolio-management"]) }] }],
  );

  it("counts each stream's steps per activity and practice, and what it skips", () => {
    const [vs, other] = practiceCoverage(model).streams;
    expect(vs).toEqual({
      valueStream: "vs",
      name: "VS",
      steps: 4,
      activities: { plan: 0, improve: 0, engage: 1, "design-and-transition": 0, "obtain-build": 1, "deliver-and-support": 2 },
      practices: [
        { practice: "relationship-management", steps: 1 },
        { practice: "change-enablement", steps: 1 },
        { practice: "service-desk", steps: 3 },
      ],
      skippedActivities: ["plan", "improve", "design-and-transition"],
      stepsWithoutPractice: ["d"],
    });
    expect(other!.skippedActivities).toEqual(["improve", "engage", "design-and-transition", "obtain-build", "deliver-and-support"]);
  });

  it("builds the practices x activities matrix and lists the practices nobody uses", () => {
    const c = practiceCoverage(model);
    expect(Object.keys(c.matrix)).toEqual([...PRACTICE_IDS]);
    expect(c.matrix["service-desk"]).toEqual({ plan: 0, improve: 0, engage: 1, "design-and-transition": 0, "obtain-build": 1, "deliver-and-support": 1 });
    expect(c.matrix["change-enablement"]["obtain-build"]).toBe(1);
    expect(c.practiceTotals["service-desk"]).toBe(3);
    expect(c.activityTotals).toEqual({ plan: 1, improve: 0, engage: 1, "design-and-transition": 0, "obtain-build": 1, "deliver-and-support": 2 });
    expect(c.unusedPractices).toHaveLength(34 - 4);
    expect(c.unusedPractices).not.toContain("portfolio-management");
    expect(c.unusedPractices[0]).toBe("architecture-management");
  });

  it("flags a practice used outside the activities it typically contributes to", () => {
    // The catalog: service-desk typically contributes to engage and deliver-and-support, not obtain-build.
    expect(practiceCoverage(model).atypical).toEqual([
      {
        valueStream: "vs",
        step: "c",
        practice: "service-desk",
        activity: "obtain-build",
        typicalActivities: ["engage", "deliver-and-support"],
        path: "valueStreams[0].steps[2].practices[1]",
      },
    ]);
  });

  it("reads the examples (counted by hand from the YAML)", () => {
    const c = practiceCoverage(loadExample("modern-workplace.yaml").model);
    const onboard = c.streams.find((s) => s.valueStream === "onboard-employee")!;
    // register-hire engage; choose-offerings plan; approve-access design-and-transition; create-accounts and
    // prepare-device obtain-build; welcome-day-one deliver-and-support; first-week-feedback improve: nothing skipped.
    expect(onboard.skippedActivities).toEqual([]);
    expect(onboard.activities["obtain-build"]).toBe(2);
    expect(onboard.practices.find((p) => p.practice === "service-request-management")!.steps).toBe(2);
    const access = c.streams.find((s) => s.valueStream === "fulfil-access-request")!;
    expect(access.skippedActivities).toEqual(["plan", "improve", "design-and-transition", "obtain-build"]);
    // service-request-management on log-request, check-standard, grant-automatically, grant-manually, and 2 onboarding steps.
    expect(c.practiceTotals["service-request-management"]).toBe(6);
    expect(c.matrix["service-request-management"]["deliver-and-support"]).toBe(3);
    const hospital = practiceCoverage(loadExample("hospital.yaml").model);
    expect(hospital.streams.find((s) => s.valueStream === "outpatient-appointment")!.stepsWithoutPractice).toEqual(["consultation"]);
  });

  it("handles a model without value streams", () => {
    const c = practiceCoverage(streamModel([step("a", 1)]));
    expect(c.streams).toHaveLength(1);
    const none = practiceCoverage({ ...streamModel([step("a", 1)]), valueStreams: [] } as Model);
    expect(none.streams).toEqual([]);
    expect(none.unusedPractices).toEqual([...PRACTICE_IDS]);
  });

  it("refuses what is not a parsed model", () => {
    expect(modelError(() => practiceCoverage(undefined as unknown as Model)).code).toBe("invalid-argument");
    const error = modelError(() =>
      practiceCoverage(rawModel([{ id: "vs", name: "VS", steps: [{ id: "a", activity: "build", practices: [] }, { id: "b", activity: "plan", practices: ["incident-mgmt"] }] }])),
    );
    expect(error.code).toBe("invalid-argument");
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ["valueStreams[0].steps[0].activity", "invalid-value"],
      ["valueStreams[0].steps[1].practices[0]", "unknown-practice"],
    ]);
    const lists = modelError(() => practiceCoverage(rawModel([{ id: "vs", name: "VS" }, { id: "w", name: "W", steps: [{ id: "a", activity: "plan" }] }, null as unknown as object])));
    expect(lists.issues.map((i) => [i.path, i.code])).toEqual([
      ["valueStreams[0].steps", "invalid-type"],
      ["valueStreams[1].steps[0].practices", "invalid-type"],
      ["valueStreams[2].steps", "invalid-type"],
    ]);
  });
});
