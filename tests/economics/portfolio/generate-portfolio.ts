import { parseModel } from "../../../src/model/parse-model.js";

/** mulberry32: a tiny seeded PRNG for the fixture. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A portfolio of `n` investments over 5 years: a project cost (once) and running costs, tangible and intangible
 * benefits, and reductions of 12 risks, so that most risks are reduced by several investments.
 * `correlated`: value tracks cost closely (net per euro 0.9 to 1.1), the hard case for branch and bound.
 */
export function generatePortfolio(n: number, seed: number, correlated = false) {
  const random = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const risks = Array.from({ length: 12 }, (_, k) => ({
    id: `risk-${k}`,
    name: `Risk ${k}`,
    frequency: { low: 0.2 + random(), high: 2 + 3 * random() },
    impact: { low: 10_000 * int(1, 5), mode: 50_000 * int(1, 3), high: 400_000 },
  }));
  const investments = Array.from({ length: n }, (_, i) => ({
    id: `inv-${i}`,
    name: `Investment ${i}`,
    reduces: Array.from({ length: int(0, 2) }, (_, k) => ({
      risk: `risk-${(i * 5 + k * 7) % 12}`,
      by: int(1, 8) / 10,
      fromYear: int(1, 2),
    })),
  }));
  const project = investments.map(() => int(20, 400) * 1000);
  const costs = investments.flatMap((inv, i) => [
    { of: inv.id, category: "outside-services" as const, type: "capex" as const, amount: project[i]!, recurrence: "once" as const },
    { of: inv.id, category: "software" as const, amount: int(0, 30) * 1000, startYear: 1 },
  ]);
  const benefits = investments.flatMap((inv, i) => {
    const yearly = correlated ? (project[i]! * (0.9 + 0.2 * random())) / 3 : int(0, 200) * 1000;
    return [
      { of: inv.id, name: "Savings", amount: yearly, startYear: 1 },
      { of: inv.id, name: "Goodwill", kind: "intangible" as const, amount: int(0, 20) * 1000, startYear: 1 },
    ];
  });
  return parseModel({ name: `Portfolio of ${n}`, horizonYears: 5, discountRate: 0.08, risks, investments, costs, benefits });
}

