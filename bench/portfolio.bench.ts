// Portfolio choice speed. Run: npx vitest bench --run bench/portfolio.bench.ts
import { bench, describe } from "vitest";
import { rankInvestments } from "../src/economics/portfolio/rank-investments.js";
import { portfolioValue } from "../src/economics/portfolio/portfolio-value.js";
import { selectPortfolio } from "../src/economics/portfolio/select-portfolio.js";
import { compoundingPortfolio } from "../tests/economics/portfolio/compounding-portfolio.js";
import { generatePortfolio } from "../tests/economics/portfolio/generate-portfolio.js";

const totalCost = (model: ReturnType<typeof generatePortfolio>) =>
  portfolioValue(model, model.investments.map((i) => i.id)).cost;

const mixed = generatePortfolio(40, 7);
const correlated = generatePortfolio(40, 11, true);

describe("selectPortfolio, 40 candidates, budget half the total cost", () => {
  const budget = totalCost(mixed) / 2;
  bench("varied costs and values, shared risks", () => {
    selectPortfolio(mixed, { budget });
  });
  const hardBudget = totalCost(correlated) / 2;
  bench("value close to proportional to cost (hard case)", () => {
    selectPortfolio(correlated, { budget: hardBudget });
  });
});

// The reviewer's adversarial cases ("port40b"): 40 investments round-robin on few risks, reductions compounding.
// The old branch and bound over all 40 took 0.05 s (1 risk), 0.9 s (3), 42 s (5), 4 min (6), 0.6 s (10), 0.06 s (20).
describe("selectPortfolio, 40 investments compounding on few risks, budget half the total cost", () => {
  for (const risks of [1, 3, 5, 10, 20]) {
    const { model, budget } = compoundingPortfolio(risks);
    bench(`${risks} risk${risks === 1 ? "" : "s"}`, () => {
      selectPortfolio(model, { budget });
    });
  }
});

// One group of 40 (every third investment also reduces the next of 5 risks): the search stops at its default step
// limit (500,000 steps) with exact: false; searching it to the end takes under 2 million steps.
describe("selectPortfolio, 40 investments chaining 5 risks into one group", () => {
  const { model, budget } = compoundingPortfolio(5, 40, 777, 3);
  bench("default step limit", () => {
    selectPortfolio(model, { budget });
  }, { iterations: 3, time: 0 });
});

describe("rankInvestments, 40 investments", () => {
  bench("by value per risk", () => {
    rankInvestments(mixed, { by: "valuePerRisk" });
  });
});
