import { describe, expect, it } from "vitest";
import { littlesLaw, type LittlesLawInput } from "../../src/flow/littles-law.js";
import { modelError } from "./flow-model.js";

describe("littlesLaw", () => {
  it("solves for work in progress: L = λ W", () => {
    // 1.2 hires a day is 0.05 an hour; each takes 185.25 h from contract to day one: 9.2625 onboardings in progress.
    const r = littlesLaw({ throughput: 0.05, leadTime: 185.25 });
    expect(r.wip).toBeCloseTo(9.2625, 12);
    expect(r).toMatchObject({ throughput: 0.05, leadTime: 185.25, solvedFor: "wip", residual: 0, consistent: true });
  });

  it("solves for lead time: W = L / λ", () => {
    // 12 items in progress, 0.05 finished an hour: each spends 12 / 0.05 = 240 h in the system.
    const r = littlesLaw({ wip: 12, throughput: 0.05 });
    expect(r.leadTime).toBeCloseTo(240, 12);
    expect(r.solvedFor).toBe("leadTime");
  });

  it("solves for throughput: λ = L / W", () => {
    const r = littlesLaw({ wip: 30, leadTime: 120 });
    expect(r.throughput).toBe(0.25);
    expect(r.solvedFor).toBe("throughput");
  });

  it("checks three values against each other and gives the residual", () => {
    const agree = littlesLaw({ wip: 10, throughput: 0.5, leadTime: 19.6 });
    expect(agree.residual).toBeCloseTo(0.2, 12); // 10 - 0.5 x 19.6
    expect(agree.relativeResidual).toBeCloseTo(0.02, 12);
    expect(agree.consistent).toBe(true);
    expect(agree.solvedFor).toBeUndefined();
    const disagree = littlesLaw({ wip: 10, throughput: 0.5, leadTime: 30 });
    expect(disagree.residual).toBe(-5);
    expect(disagree.consistent).toBe(false);
    expect(littlesLaw({ wip: 10, throughput: 0.5, leadTime: 19.6 }, { tolerance: 0.01 }).consistent).toBe(false);
  });

  it.each<[string, unknown, string]>([
    ["only one value", { wip: 3 }, "throughput"],
    ["nothing", {}, "wip"],
    ["zero", { wip: 0, throughput: 1 }, "wip"],
    ["a negative value", { throughput: -1, leadTime: 2 }, "throughput"],
    ["NaN", { wip: 1, leadTime: Number.NaN }, "leadTime"],
    ["Infinity", { wip: Number.POSITIVE_INFINITY, leadTime: 2 }, "wip"],
    ["a string", { wip: "3", leadTime: 2 }, "wip"],
    ["an unknown key", { wip: 1, throughput: 2, leadTimeHours: 3 }, "leadTimeHours"],
  ])("refuses %s", (_, input, path) => {
    const error = modelError(() => littlesLaw(input as LittlesLawInput));
    expect(error.code).toBe("invalid-argument");
    expect(error.issues[0]!.path).toBe(path);
    expect(error.message).toMatch(/^littlesLaw: /);
  });

  it("suggests the key that was meant", () => {
    expect(modelError(() => littlesLaw({ wip: 1, throughput: 2, leadtime: 3 } as LittlesLawInput)).issues[0]!.suggestion).toBe("leadTime");
  });

  it("refuses input that is not an object, a bad tolerance, and a result beyond a double", () => {
    expect(modelError(() => littlesLaw(null as unknown as LittlesLawInput)).code).toBe("invalid-argument");
    expect(modelError(() => littlesLaw([] as unknown as LittlesLawInput)).code).toBe("invalid-argument");
    expect(modelError(() => littlesLaw({ wip: 1, throughput: 1 }, null as unknown as object)).code).toBe("invalid-argument");
    expect(modelError(() => littlesLaw({ wip: 1, throughput: 1 }, { tolerance: -1 })).issues[0]!.path).toBe("tolerance");
    const overflow = modelError(() => littlesLaw({ wip: 1e300, leadTime: 1e-300 }));
    expect(overflow.issues.map((i) => [i.path, i.code])).toEqual([["throughput", "out-of-range"]]);
  });
});
