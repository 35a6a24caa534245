import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_PATHS, MAX_PATHS_LIMIT, flowMetrics } from "../../src/flow/flow-metrics.js";
import type { Model } from "../../src/model/schema/model.js";
import { loadExample } from "../examples/load-example.js";
import { modelError, rawModel, step, streamModel } from "./flow-model.js";

const ids = (m: { steps: { id: string }[] }) => m.steps.map((s) => s.id);

describe("flowMetrics on a sequence (no next)", () => {
  it("adds up every step in document order", () => {
    const model = streamModel([step("a", "30m", "1d"), step("b", 2, "4h", undefined, { pctCompleteAccurate: 0.8 }), step("c", "1h", 0, undefined, { pctCompleteAccurate: 0.5 })]);
    const flow = flowMetrics(model, "vs");
    // a: 0.5 + 24 = 24.5 h; b: 2 + 4 = 6 h; c: 1 + 0 = 1 h. Lead 31.5 h, process 3.5 h, wait 28 h.
    expect(flow.branching).toBe(false);
    expect(flow.leadTimeHours).toBe(31.5);
    expect(flow.processTimeHours).toBe(3.5);
    expect(flow.waitTimeHours).toBe(28);
    expect(flow.flowEfficiency).toBeCloseTo(3.5 / 31.5, 15);
    expect(flow.rolledPctCompleteAccurate).toBeCloseTo(0.4, 15);
    expect(flow.criticalPath).toEqual(["a", "b", "c"]);
    expect(flow.bottleneck).toBe("a");
    expect(flow.pathCount).toBe(1);
    expect(flow.pathCountExact).toBe("1");
    expect(flow.pathsTruncated).toBe(false);
    expect(flow.entries).toEqual(["a"]);
    expect(flow.ends).toEqual(["c"]);
    expect(flow.steps.map((s) => s.shareOfLeadTime)).toEqual([24.5 / 31.5, 6 / 31.5, 1 / 31.5]);
    expect(flow.steps.every((s) => s.onCriticalPath && s.slackHours === 0)).toBe(true);
  });

  it("gives a one-step stream its own figures", () => {
    const flow = flowMetrics(streamModel([step("only", "2h", "6h")]), "vs");
    expect([flow.leadTimeHours, flow.flowEfficiency, flow.bottleneck, flow.criticalPath]).toEqual([8, 0.25, "only", ["only"]]);
  });
});

describe("flowMetrics on a branching stream", () => {
  it("takes the longer side of a diamond and gives the other its slack", () => {
    // a -> b -> d and a -> c -> d: a-b-d = 1 + 5 + 1 = 7 h, a-c-d = 1 + 2 + 1 = 4 h.
    const model = streamModel([step("a", 1, 0, ["b", "c"]), step("b", 2, 3, ["d"]), step("c", 1, 1, ["d"]), step("d", 1, 0)]);
    const flow = flowMetrics(model, "vs");
    expect(flow.branching).toBe(true);
    expect(flow.criticalPath).toEqual(["a", "b", "d"]);
    expect(flow.leadTimeHours).toBe(7);
    expect(flow.processTimeHours).toBe(4);
    expect(flow.waitTimeHours).toBe(3);
    expect(flow.bottleneck).toBe("b");
    expect(flow.pathCount).toBe(2);
    expect(flow.paths.map((p) => [p.steps, p.leadTimeHours])).toEqual([
      [["a", "b", "d"], 7],
      [["a", "c", "d"], 4],
    ]);
    const c = flow.steps.find((s) => s.id === "c")!;
    expect([c.onCriticalPath, c.shareOfLeadTime, c.longestPathHours, c.slackHours]).toEqual([false, 0, 4, 3]);
    const shares = flow.steps.filter((s) => s.onCriticalPath).reduce((sum, s) => sum + s.shareOfLeadTime!, 0);
    expect(shares).toBeCloseTo(1, 15);
  });

  it("runs parallel branches to several ends", () => {
    // a -> b (end), a -> c -> e (end), a -> d (end, pointed to by no other step than a).
    const model = streamModel([step("a", 1, 0, ["b", "c", "d"]), step("b", 1, 10), step("c", 1, 1, ["e"]), step("d", 0, 0, []), step("e", 2, 0)]);
    const flow = flowMetrics(model, "vs");
    expect(flow.entries).toEqual(["a"]);
    expect(flow.ends).toEqual(["b", "d", "e"]);
    expect(flow.paths.map((p) => [p.steps.join(" "), p.leadTimeHours])).toEqual([
      ["a b", 12],
      ["a c e", 5],
      ["a d", 1],
    ]);
    expect(flow.criticalPath).toEqual(["a", "b"]);
  });

  it("starts from every entry and joins", () => {
    // Entries a and b both lead to c; x stands alone (an entry and an end: a path of its own).
    const model = streamModel([step("a", 1, 1, ["c"]), step("b", 1, 5, ["c"]), step("c", 1, 0, ["d"]), step("d", 1, 0), step("x", 20, 0, [])]);
    const flow = flowMetrics(model, "vs");
    expect(flow.entries).toEqual(["a", "b", "x"]);
    expect(flow.ends).toEqual(["d", "x"]);
    expect(flow.pathCount).toBe(3);
    expect(flow.paths.map((p) => p.steps.join(" "))).toEqual(["x", "b c d", "a c d"]);
    expect(flow.criticalPath).toEqual(["x"]);
    expect(flow.steps.find((s) => s.id === "a")!.slackHours).toBe(16); // 20 - (2 + 1 + 1)
  });

  it("breaks a tie in lead time by the longer process time", () => {
    // a -> b -> d: 1 + 4 + 1; a -> c -> d: 1 + 4 + 1; c works 3 h and waits 1 h, b works 1 h and waits 3 h.
    const model = streamModel([step("a", 1, 0, ["b", "c"]), step("b", 1, 3, ["d"]), step("c", 3, 1, ["d"]), step("d", 1, 0)]);
    const flow = flowMetrics(model, "vs");
    expect(flow.criticalPath).toEqual(["a", "c", "d"]);
    expect(flow.paths[1]!.steps).toEqual(["a", "b", "d"]);
    expect(flow.paths[0]!.leadTimeHours).toBe(flow.paths[1]!.leadTimeHours);
  });

  it("breaks a full tie by document order, not by the order of next", () => {
    const model = streamModel([step("a", 1, 0, ["b", "c"]), step("c", 2, 2, ["d"]), step("b", 2, 2, ["d"]), step("d", 1, 0)]);
    expect(flowMetrics(model, "vs").criticalPath).toEqual(["a", "c", "d"]);
    // The bottleneck tie (c and b: 4 h each, 2 h of work each) goes to the first in document order, too.
    expect(flowMetrics(model, "vs").bottleneck).toBe("c");
  });

  it("treats sums that differ only by rounding as a tie", () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point: a-b is not really longer than c; document order decides.
    const model = streamModel([step("c", 0.3, 0, []), step("a", 0.1, 0, ["b"]), step("b", 0.2, 0)]);
    const flow = flowMetrics(model, "vs");
    expect(flow.criticalPath).toEqual(["c"]);
    expect(flow.paths.map((p) => p.steps.join(" "))).toEqual(["c", "a b"]);
  });

  it("picks the bottleneck on the critical path only", () => {
    // b (9 h) is the largest step, but off the critical path a-c-d-e (1 + 5 + 5 + 5 = 16 h > 1 + 9 = 10 h).
    const model = streamModel([step("a", 1, 0, ["b", "c"]), step("b", 1, 8), step("c", 1, 4, ["d"]), step("d", 1, 4, ["e"]), step("e", 1, 4)]);
    const flow = flowMetrics(model, "vs");
    expect(flow.criticalPath).toEqual(["a", "c", "d", "e"]);
    expect(flow.bottleneck).toBe("c");
  });

  it("gives the stream-wide rolled %C&A beside the critical path's", () => {
    const pca = (p: number) => ({ pctCompleteAccurate: p });
    const model = streamModel([step("a", 1, 0, ["b", "c"], pca(0.9)), step("b", 5, 0, ["d"], pca(0.8)), step("c", 1, 0, ["d"], pca(0.5)), step("d", 1, 0, undefined, pca(1))]);
    const flow = flowMetrics(model, "vs");
    expect(flow.rolledPctCompleteAccurate).toBeCloseTo(0.72, 15); // a, b, d
    expect(flow.allStepsRolledPctCompleteAccurate).toBeCloseTo(0.36, 15); // a, b, c, d
    expect(flow.paths[1]!.rolledPctCompleteAccurate).toBeCloseTo(0.45, 15); // a, c, d
  });
});

describe("flowMetrics counts paths it does not list", () => {
  /** A chain of `layers` layers of `width` steps, every step of a layer pointing to every step of the next. */
  const layered = (layers: number, width: number) =>
    streamModel(
      Array.from({ length: layers * width }, (_, i) => {
        const layer = Math.floor(i / width);
        const next = layer + 1 < layers ? Array.from({ length: width }, (_, k) => `s${(layer + 1) * width + k}`) : [];
        return step(`s${i}`, 1 + (i % width), (i * 7) % 5, next);
      }),
    );

  it("lists the 100 longest of 2^20 paths and counts them all", () => {
    const flow = flowMetrics(layered(20, 2), "vs");
    expect(flow.pathCount).toBe(2 ** 20);
    expect(flow.pathCountExact).toBe("1048576");
    expect(flow.paths).toHaveLength(DEFAULT_MAX_PATHS);
    expect(flow.pathsTruncated).toBe(true);
    expect(flow.paths[0]!.steps).toEqual(flow.criticalPath);
    for (let i = 1; i < flow.paths.length; i++) expect(flow.paths[i]!.leadTimeHours).toBeLessThanOrEqual(flow.paths[i - 1]!.leadTimeHours);
  });

  it("counts beyond 2^53 exactly in pathCountExact", () => {
    const flow = flowMetrics(layered(41, 3), "vs", { maxPaths: 5 });
    // 3 entries, then 3 ways on from each of 40 layers: 3^41 paths.
    expect(flow.pathCountExact).toBe("36472996377170786403");
    expect(flow.pathCountExact).toBe((3n ** 41n).toString());
    expect(flow.pathCount).toBe(Number(3n ** 41n)); // the nearest double
    expect(flow.pathCount).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
    expect(flow.paths).toHaveLength(5);
    expect(flow.criticalPath).toHaveLength(41);
  });

  it("lists no path with maxPaths 0 and still finds the critical path", () => {
    const flow = flowMetrics(layered(3, 2), "vs", { maxPaths: 0 });
    expect(flow.paths).toEqual([]);
    expect(flow.pathsTruncated).toBe(true);
    expect(flow.criticalPath).toHaveLength(3);
  });
});

describe("flowMetrics with zero lead time", () => {
  it("reports flow efficiency and shares as undefined, not NaN", () => {
    const flow = flowMetrics(streamModel([step("a", 0, 0), step("b", "0m", "0h")]), "vs");
    expect(flow.leadTimeHours).toBe(0);
    expect(flow.flowEfficiency).toBeUndefined();
    expect(flow.paths[0]!.flowEfficiency).toBeUndefined();
    expect(flow.steps.map((s) => s.shareOfLeadTime)).toEqual([undefined, undefined]);
    expect(flow.bottleneck).toBe("a");
    expect(flow.rolledPctCompleteAccurate).toBe(1);
  });
});

describe("flowMetrics on the examples (figures worked out by hand from the YAML)", () => {
  it("modern-workplace onboard-employee: a sequence of seven steps", () => {
    // 30m+1d = 24.5; 20m+1d = 24 1/3; 15m+2d = 48.25; 0.75+4h = 4.75; 2h+1d 4h = 30; 1h+3d = 73; 20m+1w = 168 1/3.
    const { model } = loadExample("modern-workplace.yaml");
    const flow = flowMetrics(model, "onboard-employee");
    expect(flow.leadTimeHours).toBeCloseTo(373 + 1 / 6, 12);
    expect(flow.processTimeHours).toBeCloseTo(5 + 1 / 6, 12); // 30 + 20 + 15 + 45 + 120 + 60 + 20 = 310 minutes
    expect(flow.waitTimeHours).toBe(368); // 24 + 24 + 48 + 4 + 28 + 72 + 168
    expect(flow.flowEfficiency).toBeCloseTo(31 / 2239, 15); // (31/6) / (2239/6)
    expect(flow.rolledPctCompleteAccurate).toBeCloseTo(0.5814, 15); // 0.8 x 0.85 x 0.9 x 0.95
    expect(flow.bottleneck).toBe("first-week-feedback");
    expect(flow.pathCount).toBe(1);
  });

  it("modern-workplace fulfil-access-request: the manual branch is critical", () => {
    const { model } = loadExample("modern-workplace.yaml");
    const flow = flowMetrics(model, "fulfil-access-request");
    // log 10m; check 5m + 2h; owner 10m + 2d; grant by hand 15m + 4h; confirm 5m + 1h: 669/12 = 55.75 h.
    expect(flow.criticalPath).toEqual(["log-request", "check-standard", "owner-approval", "grant-manually", "confirm-access"]);
    expect(flow.leadTimeHours).toBeCloseTo(55.75, 12);
    expect(flow.processTimeHours).toBeCloseTo(0.75, 12); // 45 minutes
    expect(flow.flowEfficiency).toBeCloseTo(3 / 223, 12);
    expect(flow.rolledPctCompleteAccurate).toBeCloseTo(0.5985, 12); // 0.9 x 0.7 x 0.95
    expect(flow.bottleneck).toBe("owner-approval");
    // The automatic branch: 10m + 2h 5m + 1m + 1h 5m = 201/60 = 3.35 h, so granting automatically has 52.4 h of slack.
    expect(flow.paths[1]!.leadTimeHours).toBeCloseTo(3.35, 12);
    expect(flow.paths[1]!.rolledPctCompleteAccurate).toBeCloseTo(0.9, 12);
    expect(flow.steps.find((s) => s.id === "grant-automatically")!.slackHours).toBeCloseTo(52.4, 12);
  });

  it("hospital outpatient-appointment: booking is the bottleneck", () => {
    const { model } = loadExample("hospital.yaml");
    const flow = flowMetrics(model, "outpatient-appointment");
    // 10m+1d, 15m+5d, 10m+3w, 1h+1w, 30m+2h, 15m+3d = 892 1/3 h; the advice branch 10m+1d, 15m+5d, 20m+1d, 15m+3d = 241 h.
    expect(flow.criticalPath).toEqual(["receive-referral", "triage-referral", "book-appointment", "pre-visit-tests", "consultation", "inform-patient"]);
    expect(flow.leadTimeHours).toBeCloseTo(892 + 1 / 3, 12);
    expect(flow.processTimeHours).toBeCloseTo(2 + 1 / 3, 12);
    expect(flow.waitTimeHours).toBe(890);
    expect(flow.rolledPctCompleteAccurate).toBeCloseTo(0.52326, 12); // 0.85 x 0.9 x 0.8 x 0.95 x 0.9
    expect(flow.bottleneck).toBe("book-appointment");
    expect(flow.paths[1]!.leadTimeHours).toBeCloseTo(241, 12);
    expect(flow.steps.find((s) => s.id === "advise-gp")!.slackHours).toBeCloseTo(651 + 1 / 3, 9);
  });
});

describe("flowMetrics refuses bad input", () => {
  const model = streamModel([step("a", 1)], [{ id: "empty-stream", name: "Empty", trigger: "t", outcome: "o", steps: [] }]);

  it("an unknown stream id, with a suggestion", () => {
    const error = modelError(() => flowMetrics(model, "empty-strem"));
    expect(error.code).toBe("not-found");
    expect(error.issues[0]!.suggestion).toBe("empty-stream");
    expect(error.message).toMatch(/^flowMetrics: /);
  });

  it("the id of an element that is not a value stream", () => {
    expect(modelError(() => flowMetrics(model, "a")).code).toBe("not-found");
  });

  it("a stream with no steps, naming its path", () => {
    const error = modelError(() => flowMetrics(model, "empty-stream"));
    expect(error.code).toBe("invalid-argument");
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([["valueStreams[1].steps", "no-steps"]]);
  });

  it("arguments of the wrong type", () => {
    expect(modelError(() => flowMetrics(undefined as unknown as Model, "vs")).code).toBe("invalid-argument");
    expect(modelError(() => flowMetrics({} as Model, "vs")).code).toBe("invalid-argument");
    expect(modelError(() => flowMetrics(model, 3 as unknown as string)).code).toBe("invalid-argument");
    expect(modelError(() => flowMetrics(model, "vs", null as unknown as object)).code).toBe("invalid-argument");
  });

  it.each([-1, 1.5, MAX_PATHS_LIMIT + 1, Number.NaN, "10"])("maxPaths %s", (maxPaths) => {
    const error = modelError(() => flowMetrics(model, "vs", { maxPaths: maxPaths as number }));
    expect(error.code).toBe("invalid-argument");
    expect(error.issues[0]!.path).toBe("maxPaths");
  });

  describe("a model that parseModel would refuse", () => {
    const raw = (steps: object[]) => rawModel([{ id: "vs", name: "VS", steps }]);
    const hours = { name: "step", practices: [], services: [], processTimeHours: 1, waitTimeHours: 0, pctCompleteAccurate: 1 };
    const issuesOf = (steps: object[]) => {
      const error = modelError(() => flowMetrics(raw(steps), "vs"));
      expect(error.code).toBe("invalid-argument");
      return error.issues.map((i) => [i.path, i.code]);
    };

    it("hours that were never parsed", () => {
      expect(issuesOf([{ id: "a", name: "a", practices: [], services: [], processTime: "1h" }])).toEqual([
        ["valueStreams[0].steps[0].processTimeHours", "invalid-duration"],
        ["valueStreams[0].steps[0].waitTimeHours", "invalid-duration"],
        ["valueStreams[0].steps[0].pctCompleteAccurate", "out-of-range"],
      ]);
    });

    it("next naming an unknown step, the step itself, or a step twice", () => {
      expect(issuesOf([{ id: "a", ...hours, next: ["b", "a", "zz", "b"] }, { id: "b", ...hours }])).toEqual([
        ["valueStreams[0].steps[0].next[1]", "self-reference"],
        ["valueStreams[0].steps[0].next[2]", "unknown-reference"],
        ["valueStreams[0].steps[0].next[3]", "duplicate-reference"],
      ]);
    });

    it("next that is not a list", () => {
      expect(issuesOf([{ id: "a", ...hours, next: "b" }, { id: "b", ...hours }])).toEqual([["valueStreams[0].steps[0].next", "invalid-type"]]);
    });

    it("a cycle", () => {
      expect(issuesOf([{ id: "a", ...hours, next: ["b"] }, { id: "b", ...hours, next: ["c"] }, { id: "c", ...hours, next: ["b"] }])).toEqual([
        ["valueStreams[0].steps[1].next", "next-cycle"],
      ]);
    });

    it("steps that are not steps, or lack an id, a name or their lists", () => {
      expect(issuesOf([null as unknown as object, { processTimeHours: 1, waitTimeHours: 0, pctCompleteAccurate: 1, practices: "x" }])).toEqual([
        ["valueStreams[0].steps[0]", "invalid-type"],
        ["valueStreams[0].steps[1].id", "invalid-type"],
        ["valueStreams[0].steps[1].name", "invalid-type"],
        ["valueStreams[0].steps[1].practices", "invalid-type"],
        ["valueStreams[0].steps[1].services", "invalid-type"],
      ]);
    });

    it("steps that are not a list", () => {
      expect(issuesOf(undefined as unknown as object[])).toEqual([["valueStreams[0].steps", "no-steps"]]);
    });
  });
});

describe("flowMetrics output", () => {
  it("lists every step with its activity and practices, in document order", () => {
    const model = streamModel([step("a", 1, 0, undefined, { activity: "engage", practices: ["service-desk"], services: [] })]);
    const [a] = flowMetrics(model, "vs").steps;
    expect(a).toMatchObject({ id: "a", index: 0, activity: "engage", practices: ["service-desk"], services: [] });
    expect(ids(flowMetrics(model, "vs"))).toEqual(["a"]);
  });
});
