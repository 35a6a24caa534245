import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { allocateCosts } from "../../src/economics/allocate-costs.js";
import { compareValueStreams } from "../../src/flow/compare-value-streams.js";
import { flowMetrics } from "../../src/flow/flow-metrics.js";
import { journeySummary } from "../../src/flow/journey-summary.js";
import { littlesLaw } from "../../src/flow/littles-law.js";
import { practiceCoverage } from "../../src/flow/practice-coverage.js";
import { valueStreamCosts } from "../../src/flow/value-stream-costs.js";
import { updateElement } from "../../src/model/edits/update-element.js";
import { parseModel } from "../../src/model/parse-model.js";

/** docs/value-streams.md works an example through by hand: the library must give the same numbers. */
const DOC = readFileSync(fileURLToPath(new URL("../../docs/value-streams.md", import.meta.url)), "utf8");
const yamlBlocks = [...DOC.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const model = parseModel(parse(yamlBlocks[0]!));
const flow = flowMetrics(model, "onboard-employee");
const step = (id: string) => flow.steps.find((s) => s.id === id)!;
/** Rounded as the doc writes it. */
const fixed = (x: number | undefined, digits: number) => x!.toFixed(digits);

describe("docs/value-streams.md, worked example", () => {
  it("has one model, and it is valid", () => {
    expect(yamlBlocks).toHaveLength(1);
    expect(model.valueStreams.map((v) => v.id)).toEqual(["onboard-employee", "reset-password"]);
  });

  it("the step table: hours per step", () => {
    const table = ["register-hire", "approve-access", "create-accounts", "order-device", "prepare-device", "welcome", "check-in"].map((id) => [
      step(id).processTimeHours,
      step(id).waitTimeHours,
      step(id).leadTimeHours,
      step(id).pctCompleteAccurate,
    ]);
    expect(table).toEqual([
      [0.5, 24, 24.5, 0.8],
      [0.25, 48, 48.25, 0.9],
      [0.75, 4, 4.75, 0.95],
      [1, 72, 73, 1],
      [2, 28, 30, 0.9],
      [1, 2, 3, 0.95],
      [0.5, 6, 6.5, 1],
    ]);
  });

  it("the two paths", () => {
    expect(flow.entries).toEqual(["register-hire"]);
    expect(flow.ends).toEqual(["check-in"]);
    expect(flow.pathCount).toBe(2);
    const [laptop, accounts] = flow.paths;
    expect(laptop!.steps).toEqual(["register-hire", "approve-access", "order-device", "prepare-device", "welcome", "check-in"]);
    expect([laptop!.leadTimeHours, laptop!.processTimeHours, laptop!.waitTimeHours]).toEqual([185.25, 5.25, 180]);
    expect(laptop!.rolledPctCompleteAccurate).toBeCloseTo(0.6156, 15);
    expect(accounts!.steps).toEqual(["register-hire", "approve-access", "create-accounts", "welcome", "check-in"]);
    expect([accounts!.leadTimeHours, accounts!.processTimeHours, accounts!.waitTimeHours]).toEqual([87, 3, 84]);
    expect(accounts!.rolledPctCompleteAccurate).toBeCloseTo(0.6498, 15);
    for (const text of ["**87 h**", "**0.6498**", "**185.25 h**", "**0.6156**", "`pathCount` is 2"]) expect(DOC).toContain(text);
  });

  it("the stream's figures", () => {
    expect(flow.criticalPath).toEqual(flow.paths[0]!.steps);
    expect([flow.leadTimeHours, flow.processTimeHours, flow.waitTimeHours]).toEqual([185.25, 5.25, 180]);
    expect(flow.flowEfficiency).toBeCloseTo(7 / 247, 15);
    expect(fixed(flow.flowEfficiency, 5)).toBe("0.02834");
    expect(flow.rolledPctCompleteAccurate).toBeCloseTo(0.6156, 15);
    expect(flow.allStepsRolledPctCompleteAccurate).toBeCloseTo(0.58482, 15);
    expect(flow.bottleneck).toBe("order-device");
    for (const text of ["| 0.02834 (2.8%) |", "| 0.58482 |", "| `order-device` |", "185.25 h (7.7 days)"]) expect(DOC).toContain(text);
  });

  it("the shares of lead time and the slack", () => {
    const rows: [string, string, number, number][] = [
      ["register-hire", "0.13225", 185.25, 0],
      ["approve-access", "0.26046", 185.25, 0],
      ["create-accounts", "0.00000", 87, 98.25],
      ["order-device", "0.39406", 185.25, 0],
      ["prepare-device", "0.16194", 185.25, 0],
      ["welcome", "0.01619", 185.25, 0],
      ["check-in", "0.03509", 185.25, 0],
    ];
    for (const [id, share, longest, slack] of rows) {
      expect(fixed(step(id).shareOfLeadTime, 5), id).toBe(share);
      expect(step(id).longestPathHours, id).toBe(longest);
      expect(step(id).slackHours, id).toBe(slack);
      if (share !== "0.00000") expect(DOC).toContain(`| \`${id}\` | ${step(id).leadTimeHours} / 185.25 = ${share} |`);
    }
    expect(DOC).toContain("185.25 - 87 = 98.25");
  });

  it("Little's law", () => {
    expect(littlesLaw({ throughput: 1.2 / 24, leadTime: flow.leadTimeHours }).wip).toBeCloseTo(9.2625, 12);
    expect(DOC).toContain("0.05 x 185.25 = 9.2625");
  });

  it("the redesign", () => {
    const after = updateElement(model, "order-device", { waitTime: "4h" });
    const diff = compareValueStreams(model, "onboard-employee", after, "onboard-employee");
    expect(diff.leadTimeHours).toMatchObject({ before: 185.25, after: 117.25, change: -68 });
    expect(fixed(diff.leadTimeHours.relativeChange, 5)).toBe("-0.36707");
    expect(diff.waitTimeHours).toMatchObject({ before: 180, after: 112, change: -68 });
    expect(fixed(diff.waitTimeHours.relativeChange, 5)).toBe("-0.37778");
    expect(diff.processTimeHours).toMatchObject({ change: 0, relativeChange: 0 });
    expect(diff.flowEfficiency.after).toBeCloseTo(3 / 67, 15);
    expect([diff.flowEfficiency.after, diff.flowEfficiency.change, diff.flowEfficiency.relativeChange].map((x) => fixed(x, 5))).toEqual(["0.04478", "0.01644", "0.57996"]);
    expect(diff.rolledPctCompleteAccurate.change).toBe(0);
    expect(diff.stepsChanged).toEqual([{ before: "order-device", after: "order-device", changes: [{ field: "waitTimeHours", before: 72, after: 4 }] }]);
    expect(diff.bottleneck).toEqual({ before: "order-device", after: "approve-access", moved: true });
    for (const text of ["| -68 / 185.25 = -0.36707 |", "5.25 / 117.25 = 3 / 67 = 0.04478 | +0.01644 | +0.57996", "24.5 + 48.25 + 5 + 30 + 3 + 6.5 = 117.25 h"]) {
      expect(DOC).toContain(text);
    }
  });

  it("the cost view", () => {
    const view = valueStreamCosts(model, "onboard-employee", allocateCosts(model));
    expect(view.services.map((s) => [s.service, s.fullByYear[0], s.total, `${s.steps.length} / ${s.stepsInModel}`, s.attributedTotal])).toEqual([
      ["hr-portal", 90_000, 270_000, "1 / 1", 270_000],
      ["identity", 60_000, 180_000, "2 / 3", 120_000],
      ["device-supply", 120_000, 360_000, "2 / 2", 360_000],
      ["service-desk", 200_000, 600_000, "1 / 3", 200_000],
    ]);
    expect(view.attributedTotal).toBeCloseTo(950_000, 6);
    expect(view.attributedPresentValue).toBeCloseTo(866_253.44, 2);
    expect((1 + 1 / 1.1 + 1 / 1.21).toFixed(5)).toBe("2.73554");
    expect(view.services.find((s) => s.service === "identity")!.includedIn).toEqual(["hr-portal"]);
    expect(view.overlapping).toBe(true);
    expect(view.stepsWithoutService).toEqual(["approve-access", "check-in"]);
    for (const text of ["**950,000**", "**866,253.44**", "| `identity` | 60,000 | 180,000 | 2 / 3", "30,000 + 60,000 = 90,000"]) expect(DOC).toContain(text);
  });

  it("the practice coverage", () => {
    const c = practiceCoverage(model);
    const onboarding = c.streams[0]!;
    expect(onboarding.activities).toEqual({ plan: 0, improve: 1, engage: 1, "design-and-transition": 1, "obtain-build": 3, "deliver-and-support": 1 });
    expect(onboarding.skippedActivities).toEqual(["plan"]);
    expect(onboarding.practices.filter((p) => p.steps !== 1)).toEqual([{ practice: "service-request-management", steps: 2 }]);
    expect(onboarding.practices).toHaveLength(9);
    expect(c.practiceTotals["service-request-management"]).toBe(3);
    expect(c.practiceTotals["service-desk"]).toBe(2);
    expect(c.unusedPractices).toHaveLength(25);
    expect(c.atypical.map((a) => [a.step, a.practice, a.activity])).toEqual([["create-accounts", "service-request-management", "obtain-build"]]);
    expect(DOC).toContain("25 are named by no step (the model uses 9)");
  });

  it("the journey", () => {
    const s = journeySummary(model, "new-hire-journey");
    expect(s.stages.map((x) => x.meanSatisfaction)).toEqual([undefined, 4, undefined, undefined, 3.25, 2.75, undefined]);
    expect(s.meanSatisfaction).toBeCloseTo(3.2, 15);
    expect(s.unhappyServices.map((u) => [u.service, u.worstSatisfaction])).toEqual([
      ["device-supply", 2],
      ["service-desk", 2.5],
    ]);
    expect(s.stagesWithoutTouchpoints).toEqual(["explore", "offer", "agree", "realize"]);
    for (const text of ["(2 + 4.5) / 2 = 3.25", "(3 + 2.5) / 2 = 2.75", "(4 + 2 + 4.5 + 3 + 2.5) / 5 = **3.2**"]) expect(DOC).toContain(text);
  });
});
