import { describe, expect, it } from "vitest";
import { allocateCosts } from "../../src/economics/allocate-costs.js";
import { entriesByYear } from "../../src/economics/entries-by-year.js";
import { netStandardDeviation } from "../../src/economics/portfolio/net-standard-deviation.js";
import { portfolioValue } from "../../src/economics/portfolio/portfolio-value.js";
import { rankInvestments } from "../../src/economics/portfolio/rank-investments.js";
import { selectPortfolio } from "../../src/economics/portfolio/select-portfolio.js";
import { returnOnInvestment } from "../../src/economics/return-on-investment.js";
import { totalCostOfOwnership } from "../../src/economics/total-cost-of-ownership.js";
import { assertParsedModel } from "../../src/model/assert-parsed-model.js";
import { addService } from "../../src/model/edits/add-service.js";
import { removeElement } from "../../src/model/edits/remove-element.js";
import { ModelError } from "../../src/model/errors.js";
import { parseModel } from "../../src/model/parse-model.js";
import { expectedAnnualLoss } from "../../src/risk/expected-annual-loss.js";
import { riskExposure } from "../../src/risk/risk-exposure.js";
import { simulate } from "../../src/risk/simulate.js";

const written = { name: "As written", services: [{ id: "mail", name: "Mail" }], costs: [{ of: "mail", category: "software", amount: 10 }] };

describe("assertParsedModel", () => {
  it("lets a parsed model through and refuses a document as written, naming the function", () => {
    expect(() => assertParsedModel("f", parseModel(written))).not.toThrow();
    for (const bad of [written, null, undefined, 3, "model", [], {}]) {
      let error: unknown;
      try {
        assertParsedModel("f", bad);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ModelError);
      expect((error as ModelError).code).toBe("invalid-argument");
      expect((error as ModelError).message).toMatch(/^f: model must be a model from parseModel/);
    }
  });

  it("guards the calculations: no TypeError for a document that was not parsed", () => {
    const calls = [
      () => allocateCosts(written as never),
      () => totalCostOfOwnership(written as never, "mail"),
      () => returnOnInvestment(written as never, "mail"),
      () => expectedAnnualLoss(written as never, "x"),
      () => riskExposure(written as never),
      () => simulate(written as never, { iterations: 10 }),
      () => selectPortfolio(written as never, { budget: 10 }),
      () => portfolioValue(written as never, []),
      () => rankInvestments(written as never),
      () => netStandardDeviation(written as never, { id: "x" } as never),
      () => entriesByYear(written as never, "costs", "mail"),
    ];
    for (const call of calls) expect(call).toThrow(ModelError);
  });

  it("guards the edits too, even when every list is there (a reference as written would crash them)", () => {
    const lists = { stakeholders: [], resources: [], valueStreams: [], journeys: [], costs: [], benefits: [], risks: [], investments: [] };
    const document = { name: "As written", horizonYears: 5, ...lists, services: [{ id: "a", name: "A", dependsOn: ["b"] }, { id: "b", name: "B" }] };
    for (const call of [() => addService(document as never, { id: "c", name: "C" }), () => removeElement(document as never, "b")]) {
      expect(call).toThrow(/model must be a model from parseModel/);
    }
  });
});
