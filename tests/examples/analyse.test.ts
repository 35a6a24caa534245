import { describe, expect, it } from "vitest";
import { analyse, summary } from "../../examples/analyse.js";
import { modernWorkplace } from "../../examples/modern-workplace.js";

describe("examples/analyse.ts", () => {
  const a = analyse(modernWorkplace);

  it("answers with numbers that hold together", () => {
    // Conservation, every year.
    for (const year of a.conservation) expect(year.allocated).toBeCloseTo(year.total, 6);
    // The showback of the product adds up to its TCO.
    const shown = Object.values(a.showback).reduce((s, c) => s + c.total, 0);
    expect(shown).toBeCloseTo(a.tco.total, 6);
    // The exact portfolio beats the greedy-by-ratio pick designed into the example.
    expect(a.portfolio.selected).toEqual(["mfa-rollout", "self-service-portal-build"]);
    // The investments are ranked by net value, largest first.
    const nets = a.investments.map((r) => r.net);
    expect(nets).toEqual([...nets].sort((x, y) => y - x));
    // The onboarding stream's bottleneck is on its critical path.
    expect(a.onboarding.criticalPath).toContain(a.onboarding.bottleneck);
    // The designed low-satisfaction stage shows up in the health checks.
    expect(a.findings.map((f) => f.rule)).toContain("low-satisfaction");
    // Sales gets more from the product than it is charged (value balance > 0).
    expect(a.salesValueBalance.presentValue).toBeGreaterThan(0);
  });

  it("prints a summary that quotes those numbers", () => {
    const lines = summary(modernWorkplace);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toContain(Math.round(a.tco.total).toLocaleString("en-US"));
    expect(lines[2]).toContain("mfa-rollout + self-service-portal-build");
    expect(lines[4]).toContain(a.valueOfInformation.byEstimate[0]!.path);
  });
});
