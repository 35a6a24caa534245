import { describe, expect, it } from "vitest";
import { allocateCosts, type CostAllocation } from "../../src/economics/allocate-costs.js";
import { valueStreamCosts } from "../../src/flow/value-stream-costs.js";
import { dependenciesOf } from "../../src/graph/dependencies-of.js";
import { parseModel } from "../../src/model/parse-model.js";
import { loadExample } from "../examples/load-example.js";
import { modelError, step } from "./flow-model.js";
import { generateModel } from "../fixtures/generate-model.js";

const uses = (services: string[], next?: string[]) => ({ services, ...(next ? { next } : {}) });

/**
 * Portal (business) depends on db; desk stands alone. Stream "order": o1 uses portal, o2 uses portal and db, o3 uses
 * nothing. Stream "support": s1 uses desk and db. Two years at 10%.
 */
const model = parseModel({
  name: "Costs",
  horizonYears: 2,
  discountRate: 0.1,
  services: [
    { id: "portal", name: "Portal", kind: "business", dependsOn: ["db"] },
    { id: "db", name: "Database" },
    { id: "desk", name: "Service desk", kind: "business" },
  ],
  valueStreams: [
    { id: "order", name: "Order", trigger: "t", outcome: "o", steps: [{ ...step("o1", 1), ...uses(["portal"]) }, { ...step("o2", 1), ...uses(["portal", "db"]) }, step("o3", 1)] },
    { id: "support", name: "Support", trigger: "t", outcome: "o", steps: [{ ...step("s1", 1), ...uses(["desk", "db"]) }] },
    { id: "empty", name: "Empty", trigger: "t", outcome: "o", steps: [] },
  ],
  costs: [
    { of: "portal", category: "software", amount: 1000 },
    { of: "db", category: "hardware", amount: 2200, startYear: 1 },
    { of: "desk", category: "staffing", amount: 500 },
  ],
});

describe("valueStreamCosts", () => {
  it("gives each service its full cost and the part that falls to the stream by use", () => {
    const view = valueStreamCosts(model, "order", allocateCosts(model));
    expect(view.services.map((s) => s.service)).toEqual(["portal", "db"]);
    const [portal, db] = view.services;
    // Portal: its own 1,000 a year plus db's 2,200 in year 1 (db passes its full cost on to portal, its only consumer).
    expect(portal!.fullByYear).toEqual([1000, 3200]);
    expect(portal!.total).toBe(4200);
    expect(portal!.presentValue).toBeCloseTo(1000 + 3200 / 1.1, 9);
    expect([portal!.steps, portal!.stepsInModel, portal!.share, portal!.attributedTotal]).toEqual([["o1", "o2"], 2, 1, 4200]);
    expect(portal!.topLevel).toBe(true);
    // db: used by o2 here and by s1 in support: half of it falls to "order".
    expect(db!.fullByYear).toEqual([0, 2200]);
    expect([db!.steps, db!.stepsInModel, db!.valueStreams, db!.share]).toEqual([["o2"], 2, ["order", "support"], 0.5]);
    expect(db!.attributedByYear).toEqual([0, 1100]);
    expect(db!.attributedPresentValue).toBeCloseTo(1000, 9); // 1,100 / 1.1
    expect(db!.includedIn).toEqual(["portal"]);
    expect(view.overlapping).toBe(true);
    expect(view.attributedByYear).toEqual([1000, 4300]);
    expect(view.attributedTotal).toBe(5300);
    expect(view.attributedPresentValue).toBeCloseTo(1000 + 3200 / 1.1 + 1000, 9);
    expect(view.stepsWithoutService).toEqual(["o3"]);
    expect(view).toMatchObject({ valueStream: "order", currency: "EUR", horizonYears: 2, discountRate: 0.1 });
  });

  it("does not flag services that do not consume each other", () => {
    const view = valueStreamCosts(model, "support", allocateCosts(model));
    expect(view.overlapping).toBe(false);
    expect(view.services.map((s) => [s.service, s.share, s.attributedTotal])).toEqual([
      ["desk", 1, 1000],
      ["db", 0.5, 1100],
    ]);
  });

  it("shares each service of an example stream by its steps", () => {
    const { model: workplace } = loadExample("modern-workplace.yaml");
    const view = valueStreamCosts(workplace, "onboard-employee", allocateCosts(workplace));
    // service-desk: register-hire and welcome-day-one here, log-request in fulfil-access-request: 2 of 3 steps.
    const desk = view.services.find((s) => s.service === "service-desk")!;
    expect([desk.steps, desk.stepsInModel, desk.valueStreams]).toEqual([["register-hire", "welcome-day-one"], 3, ["onboard-employee", "fulfil-access-request"]]);
    expect(desk.share).toBeCloseTo(2 / 3, 15);
    expect(desk.total).toBeCloseTo(allocateCosts(workplace).services["service-desk"]!.fullByYear.reduce((s, v) => s + v, 0), 6);
    expect(view.stepsWithoutService).toEqual(["approve-access", "first-week-feedback"]);
  });

  it("refuses an unknown stream, a stream with no steps and an allocation from another model", () => {
    const allocation = allocateCosts(model);
    const unknown = modelError(() => valueStreamCosts(model, "ordr", allocation));
    expect([unknown.code, unknown.issues[0]!.suggestion]).toEqual(["not-found", "order"]);
    const empty = modelError(() => valueStreamCosts(model, "empty", allocation));
    expect([empty.code, empty.issues[0]!.path]).toEqual(["invalid-argument", "valueStreams[2].steps"]);
    expect(modelError(() => valueStreamCosts(model, "order", undefined as unknown as CostAllocation)).code).toBe("invalid-argument");
    const raw = { ...model, valueStreams: [{ id: "bare", name: "Bare", steps: [{ id: "b1", name: "b1", processTimeHours: 1, waitTimeHours: 0, pctCompleteAccurate: 1, practices: [] }] }] } as unknown as typeof model;
    const unparsed = modelError(() => valueStreamCosts(raw, "bare", allocation));
    expect(unparsed.issues.map((i) => [i.path, i.code])).toEqual([["valueStreams[0].steps[0].services", "invalid-type"]]);
    const other = parseModel({ name: "Other", horizonYears: 3, services: [{ id: "portal", name: "Portal" }] });
    const horizon = modelError(() => valueStreamCosts(model, "order", allocateCosts(other)));
    expect([horizon.code, horizon.issues[0]!.path]).toEqual(["invalid-argument", "allocation.horizonYears"]);
    const missing = parseModel({ name: "Other", horizonYears: 2, services: [{ id: "portal", name: "Portal" }] });
    const service = modelError(() => valueStreamCosts(model, "order", allocateCosts(missing)));
    expect([service.code, service.issues[0]!.path]).toEqual(["invalid-argument", "allocation.services.db"]);
  });
});

describe("valueStreamCosts: the stream's own benefits", () => {
  it("lists the benefit entries of the value stream, tangible and intangible apart", () => {
    const { model } = loadExample("modern-workplace.yaml");
    const view = valueStreamCosts(model, "onboard-employee", allocateCosts(model));
    // productive-day-one: PERT (120,000 + 4 x 160,000 + 200,000) / 6 = 160,000 a year, every year.
    expect(view.benefits.tangibleByYear).toEqual(new Array(model.horizonYears).fill(160_000));
    const pv = view.benefits.tangibleByYear.reduce((s, v, t) => s + v / (1 + model.discountRate) ** t, 0);
    expect(view.benefits.tangiblePresentValue).toBeCloseTo(pv, 6);
    expect(view.benefits.intangiblePresentValue).toBe(0);
  });
});

describe("valueStreamCosts on a large model", () => {
  it("flags the services inside another listed service's cost exactly as dependenciesOf says, cycles included", () => {
    const model = parseModel(generateModel({ services: 600, cycleShare: 0.1 }));
    const allocation = allocateCosts(model);
    let flagged = 0;
    for (const stream of model.valueStreams) {
      const view = valueStreamCosts(model, stream.id, allocation);
      for (const provider of view.services) {
        const expected = view.services
          .filter((consumer) => consumer !== provider && dependenciesOf(model, consumer.service, { transitive: true }).includes(provider.service))
          .map((consumer) => consumer.service);
        expect(provider.includedIn, `${stream.id}: ${provider.service}`).toEqual(expected);
        flagged += expected.length;
      }
      expect(view.overlapping).toBe(view.services.some((s) => s.includedIn.length > 0));
    }
    // The model must hold such pairs, or the comparison proves nothing.
    expect(flagged).toBeGreaterThan(10);
  });
});
