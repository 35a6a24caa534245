import { describe, expect, it } from "vitest";
import { allocateCosts } from "../../src/economics/allocate-costs.js";
import { costPerConsumer, unchargedCosts } from "../../src/economics/cost-per-consumer.js";
import { valueBalance } from "../../src/economics/value-balance.js";
import { ModelError } from "../../src/model/errors.js";
import { parseModel } from "../../src/model/parse-model.js";

const model = parseModel({
  name: "Showback",
  horizonYears: 2,
  discountRate: 0.1,
  stakeholders: [
    { id: "sales", name: "Sales", roles: ["customer", "user"] },
    { id: "finance", name: "Finance", roles: ["customer", "sponsor"] },
    { id: "it", name: "IT", roles: ["provider"] },
  ],
  services: [
    { id: "mail", name: "Mail" },
    {
      id: "collab",
      name: "Collaboration",
      kind: "business",
      bundles: ["mail"],
      consumers: [
        { stakeholder: "sales", share: 3, costsRemoved: 100, costsImposed: { low: 10, mode: 20, high: 60 } },
        "finance",
      ],
    },
    { id: "lab", name: "Lab", kind: "business" },
  ],
  costs: [
    { of: "mail", category: "software", amount: 800 },
    { of: "collab", category: "staffing", amount: 400 },
    { of: "lab", category: "hardware", amount: 70 },
  ],
  benefits: [
    { of: "collab", name: "Time saved", amount: 2000 },
    { of: "collab", name: "Happier staff", kind: "intangible", amount: 400 },
  ],
});

describe("costPerConsumer", () => {
  it("splits a service's full cost across its consumers by share", () => {
    const showback = costPerConsumer(model, "collab");
    expect(Object.keys(showback)).toEqual(["sales", "finance"]);
    expect(showback.sales!.byYear).toEqual([900, 900]);
    expect(showback.finance!.byYear).toEqual([300, 300]);
    expect(showback.sales!.total).toBe(1800);
    expect(showback.sales!.presentValue).toBeCloseTo(900 + 900 / 1.1, 9);
  });

  it("sums top-level services without a service id, and reports what nobody is charged", () => {
    const all = costPerConsumer(model);
    expect(all.sales!.total + all.finance!.total).toBeCloseTo(2400, 9);
    expect(unchargedCosts(model)).toEqual([70, 70]);
    const a = allocateCosts(model);
    // Charged + uncharged + unallocated = everything.
    expect(all.sales!.byYear[0]! + all.finance!.byYear[0]! + unchargedCosts(model)[0]! + a.unallocatedByYear[0]!).toBeCloseTo(a.totalByYear[0]!, 9);
  });

  it("rejects an unknown service with a suggestion", () => {
    expect(() => costPerConsumer(model, "colab")).toThrow(ModelError);
    try {
      costPerConsumer(model, "colab");
    } catch (e) {
      expect((e as ModelError).code).toBe("not-found");
      expect((e as ModelError).issues[0]!.suggestion).toBe("collab");
    }
  });
});

describe("valueBalance", () => {
  it("balances the consumer's share of benefits and costs removed against costs imposed and showback", () => {
    const v = valueBalance(model, "collab", "sales");
    // share 3/4: benefits 1500, removed 100, imposed PERT (10 + 80 + 60) / 6 = 25, showback 900 per year.
    expect(v.byYear).toEqual([675, 675]);
    expect(v.presentValue).toBeCloseTo(675 + 675 / 1.1, 9);
    expect(v.benefits).toBeCloseTo(1500 + 1500 / 1.1, 9);
    expect(v.costsRemoved).toBeCloseTo(100 + 100 / 1.1, 9);
    expect(v.costsImposed).toBeCloseTo(25 + 25 / 1.1, 9);
    expect(v.showback).toBeCloseTo(900 + 900 / 1.1, 9);
    expect(v.intangibleBenefits).toBeCloseTo(300 + 300 / 1.1, 9);
  });

  it("rejects a stakeholder that does not consume the service, and unknown ids", () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return [(e as ModelError).code, (e as ModelError).message];
      }
      return undefined;
    };
    expect(codeOf(() => valueBalance(model, "collab", "it"))?.[0]).toBe("not-found");
    expect(codeOf(() => valueBalance(model, "collab", "it"))?.[1]).toContain('consumer of service "collab"');
    expect(codeOf(() => valueBalance(model, "nope", "sales"))?.[0]).toBe("not-found");
    expect(codeOf(() => valueBalance(model, "collab", 42 as unknown as string))?.[0]).toBe("invalid-argument");
  });
});

describe("valueBalance of a service other services consume", () => {
  it("charges no showback, as costPerConsumer does (its cost reaches the consumer through the top-level service)", () => {
    const m = parseModel({
      name: "Layers",
      horizonYears: 1,
      stakeholders: [{ id: "x", name: "X", roles: ["customer"] }],
      services: [
        { id: "t", name: "T", consumers: ["x"] },
        { id: "p", name: "P", kind: "business", dependsOn: ["t"], consumers: ["x"] },
      ],
      costs: [
        { of: "t", category: "other", amount: 100 },
        { of: "p", category: "other", amount: 10 },
      ],
    });
    expect(costPerConsumer(m).x!.total).toBe(110);
    expect(valueBalance(m, "t", "x").showback).toBe(0);
    expect(valueBalance(m, "p", "x").showback).toBe(110);
  });
});
