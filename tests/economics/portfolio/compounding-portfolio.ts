import { parseModel } from "../../../src/model/parse-model.js";
import type { Model } from "../../../src/model/schema/model.js";

/**
 * The reviewer's adversarial portfolio ("port40b"): `n` investments spread round-robin over `risks` risks (investment
 * i reduces risk i mod risks by 10% to 90%), each risk a loss of 100,000 a year, over 3 years at 5%; costs 1,000 to
 * 10,000 once, benefits 0.5 to 2.5 times the cost; budget half the total cost. Reductions of one risk compound
 * (1 - Π (1 - by)), and the loss avoided dwarfs the costs, so a search over all investments bounds them poorly.
 * Drawn with the linear congruential generator of the original script (seed 777), so the instances are the same.
 * With `linkEvery` k, every k-th investment also reduces the next risk by 30%: the risks chain into one group that
 * cannot be listed whole (the hard case: a search over every investment).
 */
export function compoundingPortfolio(risks: number, n = 40, seed = 777, linkEvery = 0): { model: Model; budget: number } {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const riskList = Array.from({ length: risks }, (_, r) => ({ id: `r${r}`, name: "r", frequency: 1, impact: 100_000 }));
  const investments = Array.from({ length: n }, (_, i) => ({
    id: `i${i}`,
    name: "i",
    reduces: [
      { risk: `r${i % risks}`, by: Math.round(10 * (0.1 + 0.8 * random())) / 10 },
      ...(linkEvery > 0 && risks > 1 && i % linkEvery === 0 ? [{ risk: `r${(i + 1) % risks}`, by: 0.3 }] : []),
    ],
  }));
  const costs = investments.map((inv) => ({
    of: inv.id,
    category: "other" as const,
    amount: Math.round(1000 + 9000 * random()),
    recurrence: "once" as const,
  }));
  const benefits = investments.map((inv, i) => ({
    of: inv.id,
    name: "b",
    amount: Math.round(costs[i]!.amount * (0.5 + 2 * random())),
    recurrence: "once" as const,
  }));
  const model = parseModel({ name: "p", horizonYears: 3, discountRate: 0.05, risks: riskList, investments, costs, benefits });
  return { model, budget: costs.reduce((s, c) => s + c.amount, 0) / 2 };
}
