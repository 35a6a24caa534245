import { describe, expect, it } from "vitest";
import { lintModel } from "../../../src/flow/lint/lint-model.js";
import { exampleFiles, loadExample } from "../../examples/load-example.js";

const findings = (file: string) => lintModel(loadExample(file).model);

describe("lintModel on the bundled examples", () => {
  it("finds no error in any of them (they are the models we show people)", () => {
    for (const file of exampleFiles()) expect([file, findings(file).filter((f) => f.severity === "error")]).toEqual([file, []]);
  });

  it("modern workplace: the unhappy onboarding stage and the unmapped fax machines its authors put in", () => {
    const all = findings("modern-workplace.yaml");
    // The onboard stage: (2.5 + 3) / 2 = 2.75 < 3, at the level the file's lint block sets (warning, below 3).
    expect(all.filter((f) => f.rule === "low-satisfaction")).toEqual([
      expect.objectContaining({ severity: "warning", path: "journeys[0].stages[4]", id: "sales-collaboration-journey" }),
    ]);
    expect(all.find((f) => f.rule === "low-satisfaction")!.message).toContain('"Mailbox migration weekend" (2.5, service "mail")');
    // "Still paid for, not yet mapped to any service": unallocated, reported as info as the file asks.
    expect(all.filter((f) => f.rule === "unallocated-cost").map((f) => [f.severity, f.id])).toEqual([["info", "legacy-fax-machines"]]);
    // The outcome-based agreements pass: most targets measure the customer's outcome, uptime is one among several.
    expect(all.filter((f) => f.rule.startsWith("agreement-"))).toEqual([]);
    // The pipeline self-service portal is not live, so nobody consuming it yet is no problem.
    expect(all.some((f) => f.id === "self-service-portal")).toBe(false);
  });

  it("hospital: the identity check at onboarding and the clinical step with no IT practice its authors put in", () => {
    const all = findings("hospital.yaml");
    // The onboard stage has one touchpoint, at 2; realize averages (4.5 + 1.5) / 2 = 3, not below 3.
    expect(all.filter((f) => f.rule === "low-satisfaction").map((f) => [f.severity, f.path])).toEqual([["warning", "journeys[0].stages[4]"]]);
    // "Clinical work: no IT management practice applies, so `practices` is left out."
    expect(all.filter((f) => f.rule === "step-without-practice").map((f) => [f.severity, f.id])).toEqual([["info", "consultation"]]);
    // The retired referral gateway is no longer consumed, so nothing live depends on it.
    expect(all.some((f) => f.id === "referral-gateway")).toBe(false);
  });
});
