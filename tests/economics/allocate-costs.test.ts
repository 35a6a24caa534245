import { describe, expect, it } from "vitest";
import { allocateCosts } from "../../src/economics/allocate-costs.js";
import { parseModel } from "../../src/model/parse-model.js";

const service = (id: string, dependsOn: (string | { service: string; share: number })[] = [], kind = "technical") => ({ id, name: id, kind, dependsOn });
const cost = (of: string, amount: number, extra: Record<string, unknown> = {}) => ({ of, category: "other", amount, ...extra });

describe("allocateCosts", () => {
  it("reproduces the reciprocal method of Hansen & Mowen's Anders Company example", () => {
    // Cornerstones of Cost Management (Hansen & Mowen), "Anders Company": support departments Maintenance ($100,000,
    // allocated on machine hours: GF 2,000, Cutting 9,000, Sewing 9,000) and General Factory ($270,000, on square
    // feet: Maintenance 2,500, Cutting 5,000, Sewing 8,500). Published solution: GF = $284,444, Maintenance = $144,444.
    const model = parseModel({
      name: "Anders",
      horizonYears: 1,
      services: [
        service("maintenance", [{ service: "general-factory", share: 2500 }]),
        service("general-factory", [{ service: "maintenance", share: 2000 }]),
        service("cutting", [{ service: "maintenance", share: 9000 }, { service: "general-factory", share: 5000 }], "business"),
        service("sewing", [{ service: "maintenance", share: 9000 }, { service: "general-factory", share: 8500 }], "business"),
      ],
      costs: [cost("maintenance", 100_000), cost("general-factory", 270_000)],
    });
    const a = allocateCosts(model);
    expect(Math.round(a.services["general-factory"]!.fullByYear[0]!)).toBe(284_444);
    expect(Math.round(a.services.maintenance!.fullByYear[0]!)).toBe(144_444);
    // Cutting: 0.45 x 144,444 + 0.3125 x 284,444 = 153,889; Sewing: 0.45 x 144,444 + 0.53125 x 284,444 = 216,111.
    expect(Math.round(a.services.cutting!.fullByYear[0]!)).toBe(153_889);
    expect(Math.round(a.services.sewing!.fullByYear[0]!)).toBe(216_111);
    expect(a.topLevel).toEqual(["cutting", "sewing"]);
    expect(a.services.cutting!.fullByYear[0]! + a.services.sewing!.fullByYear[0]!).toBeCloseTo(370_000, 6);
  });

  it("reproduces the two-department reciprocal example A = 1,200 + M/5, M = 2,400 + A/6", () => {
    // A textbook example (administration allocated on hours, maintenance on square footage):
    // published answer A = $1,738, M = $2,690 (rounded); exactly A = 50,400 / 29, M = 78,000 / 29.
    const model = parseModel({
      name: "Two departments",
      horizonYears: 1,
      services: [
        service("administration", [{ service: "maintenance", share: 1000 }]),
        service("maintenance", [{ service: "administration", share: 100 }]),
        service("production", [{ service: "administration", share: 500 }, { service: "maintenance", share: 4000 }], "business"),
      ],
      costs: [cost("administration", 1200), cost("maintenance", 2400)],
    });
    const a = allocateCosts(model);
    expect(a.services.administration!.fullByYear[0]).toBeCloseTo(50_400 / 29, 9);
    expect(a.services.maintenance!.fullByYear[0]).toBeCloseTo(78_000 / 29, 9);
    expect(Math.round(a.services.administration!.fullByYear[0]!)).toBe(1738);
    expect(Math.round(a.services.maintenance!.fullByYear[0]!)).toBe(2690);
    expect(a.services.production!.fullByYear[0]).toBeCloseTo(3600, 9);
  });

  it("passes resource costs to services by share and keeps unallocated costs", () => {
    const model = parseModel({
      name: "m",
      horizonYears: 3,
      services: [service("mail"), service("files"), service("product", ["mail", "files"], "business")],
      resources: [
        { id: "team", name: "Team", dimension: "organizations-and-people", supports: [{ service: "mail", share: 3 }, "files"] },
        { id: "idle", name: "Idle licence", dimension: "information-and-technology" },
      ],
      costs: [
        cost("team", 1000),
        cost("idle", 50, { recurrence: "once", startYear: 1 }),
        cost("mail", 10, { recurrence: "monthly" }),
        cost("files", 100, { growth: 0.1, startYear: 1 }),
      ],
    });
    const a = allocateCosts(model);
    expect(a.services.mail!.fromResourcesByYear).toEqual([750, 750, 750]);
    expect(a.services.mail!.directByYear).toEqual([120, 120, 120]);
    expect(a.services.files!.fullByYear).toEqual([250, 350, 360]);
    expect(a.services.product!.fullByYear.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([1120, 1220, 1230]);
    expect(a.services.product!.fromServicesByYear).toEqual(a.services.product!.fullByYear);
    expect(a.unallocatedByYear).toEqual([0, 50, 0]);
    expect(a.resources.idle!.unallocatedByYear).toEqual([0, 50, 0]);
    expect(a.totalByYear).toEqual([1120, 1270, 1230]);
    expect(a.topLevel).toEqual(["product"]);
    expect(a.services.mail!.passedOnByYear).toEqual(a.services.mail!.fullByYear);
    expect(a.services.product!.passedOnByYear).toEqual([0, 0, 0]);
  });

  it("reports investments' costs apart from running costs", () => {
    const model = parseModel({
      name: "m",
      horizonYears: 2,
      services: [service("s")],
      investments: [{ id: "upgrade", name: "Upgrade" }],
      costs: [cost("s", 10), cost("upgrade", 500, { recurrence: "once", type: "capex" })],
    });
    const a = allocateCosts(model);
    expect(a.totalByYear).toEqual([10, 10]);
    expect(a.investmentsByYear).toEqual([500, 0]);
    expect(a.services.s!.fullByYear).toEqual([10, 10]);
  });

  it("gives an empty allocation for an empty model, and ids like constructor work", () => {
    expect(allocateCosts(parseModel({ name: "empty", horizonYears: 2 }))).toMatchObject({ topLevel: [], unallocatedByYear: [0, 0], totalByYear: [0, 0] });
    const a = allocateCosts(parseModel({ name: "m", horizonYears: 1, services: [service("constructor")], costs: [cost("constructor", 5)] }));
    const byId = new Map(Object.entries(a.services));
    expect(byId.get("constructor")!.fullByYear).toEqual([5]);
    expect([...byId.keys()]).toEqual(["constructor"]);
    // A record keyed by ids has no prototype: a missing id is undefined, never an inherited function.
    expect(Reflect.get(a.services, "toString")).toBeUndefined();
    expect(Reflect.get(a.services, "hasOwnProperty")).toBeUndefined();
  });
});
