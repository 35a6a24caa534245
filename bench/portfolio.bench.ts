// Portfolio choice speed. Run: npx vitest bench --run bench/portfolio.bench.ts
import { bench, describe } from "vitest";
import { rankInvestments } from "../src/economics/portfolio/rank-investments.js";
import { portfolioValue } from "../src/economics/portfolio/portfolio-value.js";
import { selectPortfolio } from "../src/economics/portfolio/select-portfolio.js";
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

describe("rankInvestments, 40 investments", () => {
  bench("by value per risk", () => {
    rankInvestments(mixed, { by: "valuePerRisk" });
  });
});
