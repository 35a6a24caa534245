import { describe, expect, it } from "vitest";
import { ACTIVITY_IDS, ITIL4, PRACTICE_IDS, practiceIdOf } from "../../src/reference/itil4.js";

describe("ITIL4 reference pack", () => {
  it("has the 34 practices: 14 general, 17 service, 3 technical", () => {
    expect(ITIL4.practices).toHaveLength(34);
    const count = (c: string) => ITIL4.practices.filter((p) => p.category === c).length;
    expect([count("general"), count("service"), count("technical")]).toEqual([14, 17, 3]);
    expect(new Set(PRACTICE_IDS).size).toBe(34);
  });

  it("has 6 activities, 7 principles, 4 dimensions, 7 stages, 5 roles", () => {
    expect(ITIL4.valueChainActivities).toHaveLength(6);
    expect(ITIL4.guidingPrinciples).toHaveLength(7);
    expect(ITIL4.dimensions).toHaveLength(4);
    expect(ITIL4.journeyStages).toHaveLength(7);
    expect(ITIL4.stakeholderRoles).toHaveLength(5);
  });

  it("maps every practice to known value chain activities only", () => {
    for (const p of ITIL4.practices) {
      expect(p.activities.length).toBeGreaterThan(0);
      for (const a of p.activities) expect(ACTIVITY_IDS).toContain(a);
    }
  });

  it("keeps aliases unique and distinct from ids", () => {
    const aliases = ITIL4.practices.flatMap((p) => [...p.aliases] as string[]);
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const a of aliases) expect(PRACTICE_IDS as readonly string[]).not.toContain(a);
  });

  it("resolves ids and aliases", () => {
    expect(practiceIdOf("change-control")).toBe("change-enablement");
    expect(practiceIdOf("service-catalog-management")).toBe("service-catalogue-management");
    expect(practiceIdOf("incident-management")).toBe("incident-management");
    expect(practiceIdOf("incident-mgmt")).toBeUndefined();
  });
});
