import { describe, expect, it } from "vitest";
import { rankInvestments } from "../../../src/economics/portfolio/rank-investments.js";
import { returnOnInvestment } from "../../../src/economics/return-on-investment.js";
import { valueOfInvestment } from "../../../src/economics/value-of-investment.js";
import { ModelError } from "../../../src/model/errors.js";
import { parseModel } from "../../../src/model/parse-model.js";
import { loadExample } from "../../examples/load-example.js";

const Z90 = 1.6448536269514722;
// 3 years at 10%: years 1 and 2 discount to 1/1.1 + 1/1.21 = 1.7355371900826446.
const a12 = 1 / 1.1 + 1 / 1.21;

const model = parseModel({
  name: "Ranking",
  horizonYears: 3,
  discountRate: 0.1,
  risks: [{ id: "breach", name: "Breach", frequency: 2, impact: { low: 0, mode: 6000, high: 12_000 } }],
  investments: [
    { id: "mfa", name: "MFA", reduces: [{ risk: "breach", by: 0.5 }] },
    { id: "free-idea", name: "Free idea" },
    { id: "loser", name: "Loser" },
    { id: "wide", name: "Wide estimate" },
  ],
  costs: [
    { of: "mfa", category: "software", amount: { low: 80, high: 120, distribution: "normal" }, recurrence: "once" },
    { of: "loser", category: "other", amount: 1000, recurrence: "once" },
    { of: "wide", category: "outside-services", amount: { low: 100, high: 10_000 }, recurrence: "once" },
  ],
  benefits: [
    { of: "mfa", name: "Fewer resets", amount: { low: 90, mode: 100, high: 140, distribution: "triangular" }, startYear: 1 },
    { of: "free-idea", name: "Something", amount: 10 },
    { of: "loser", name: "A little", amount: 100, startYear: 1 },
    { of: "wide", name: "Big win", amount: 30_000, recurrence: "once" },
  ],
});

function thrown(run: () => unknown): ModelError {
  try {
    run();
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error("expected a ModelError");
}

describe("rankInvestments", () => {
  it("reports each investment's value, ROI, undiscounted cost and value per risk (worked by hand)", () => {
    const mfa = rankInvestments(model).find((r) => r.id === "mfa")!;
    const v = valueOfInvestment(model, "mfa");
    expect(mfa).toMatchObject({ name: "MFA", net: v.net, tangible: v.tangible, intangible: 0, riskReduction: v.riskReduction });
    expect(mfa.costs).toBeCloseTo(100, 12);
    expect(mfa.roi).toBe(returnOnInvestment(model, "mfa").roi);
    // Net: benefits 110 (triangular mean) x 1.7355 = 190.909; risk 0.5 x 2 x 6,000 x 1.7355 = 10,413.22; cost 100.
    expect(mfa.net).toBeCloseTo(110 * a12 + 6000 * a12 - 100, 9);
    expect(mfa.undiscountedCost).toBeCloseTo(100, 12);
    expect(mfa.undiscountedCostByYear.map((c) => Math.round(c * 1e9) / 1e9)).toEqual([100, 0, 0]);
    // Spread of the net value, estimates independent:
    // cost, normal 90% in [80, 120]: variance (20 / 1.6449)^2 = 147.85 (paid once, in year 0);
    // benefit, triangular (90, 100, 140): (50^2 + 10^2 - 50 x 10) / 18 = 116.67, x 1.7355^2 for years 1-2;
    // risk: frequency fixed at 2, impact PERT (0, 6000, 12000): 12000^2 x 9 / (36 x 7) = 5,142,857;
    //   Var(F I) = Var I x 2^2 = 20,571,429; x (0.5 x 1.7355)^2. In all sqrt(15,491,259) = 3,935.89.
    const variance = (20 / Z90) ** 2 + a12 ** 2 * (2100 / 18) + (0.5 * a12) ** 2 * 4 * ((144e6 * 9) / 252);
    expect(mfa.netStdDev).toBeCloseTo(Math.sqrt(variance), 6);
    expect(mfa.netStdDev).toBeCloseTo(3935.89, 1);
    expect(mfa.valuePerRisk).toBeCloseTo(mfa.net / Math.sqrt(variance), 9);
    expect(mfa.valuePerRisk).toBeCloseTo(2.6688, 3);
  });

  it("sorts by net value by default, largest first", () => {
    // wide: 30,000 - lognormal mean 2,664 = 27,336; mfa 10,504; free-idea 10 x (1 + 1.7355) = 27.36; loser -826.
    expect(rankInvestments(model).map((r) => r.id)).toEqual(["wide", "mfa", "free-idea", "loser"]);
  });

  it("sorts by ROI, a gain over no cost first and ROI reported as undefined", () => {
    const rows = rankInvestments(model, { by: "roi" });
    // free-idea: no cost (ROI not defined, gains > 0: first); mfa (10,604 - 100) / 100 = 105;
    // wide (30,000 - 2,664) / 2,664 = 10.3; loser (173.55 - 1,000) / 1,000 = -0.83.
    expect(rows.map((r) => r.id)).toEqual(["free-idea", "mfa", "wide", "loser"]);
    expect(rows[0]!.roi).toBeUndefined();
    expect(rows[1]!.roi).toBeCloseTo((110 * a12 + 6000 * a12 - 100) / 100, 9);
    expect(rows[3]!.roi).toBeCloseTo((100 * a12 - 1000) / 1000, 9);
  });

  it("sorts by value per risk: certain gains first, certain losses last", () => {
    const rows = rankInvestments(model, { by: "valuePerRisk" });
    // free-idea and loser are plain numbers: no spread, value per risk not defined; a certain gain ranks first and a
    // certain loss last. wide: 27,336 / 6,578 = 4.16 (lognormal sd = sqrt((e^(s^2) - 1) e^(2 mu + s^2))); mfa 2.67.
    expect(rows.map((r) => r.id)).toEqual(["free-idea", "wide", "mfa", "loser"]);
    expect(rows[0]!.valuePerRisk).toBeUndefined();
    expect(rows[3]!.valuePerRisk).toBeUndefined();
    expect(rows[0]!.netStdDev).toBe(0);
    const s = Math.log(100) / (2 * Z90);
    const sd = Math.sqrt((Math.exp(s * s) - 1) * Math.exp(2 * Math.log(1000) + s * s));
    expect(rows[1]!.netStdDev).toBeCloseTo(sd, 6);
    expect(rows[1]!.valuePerRisk).toBeCloseTo(4.156, 2);
  });

  it("breaks ties by id and ranks only the listed investments", () => {
    const twins = parseModel({
      name: "Twins",
      investments: [
        { id: "b", name: "B" },
        { id: "a", name: "A" },
        { id: "c", name: "C" },
      ],
      benefits: [
        { of: "b", name: "Same", amount: 5 },
        { of: "a", name: "Same", amount: 5 },
        { of: "c", name: "Less", amount: 1 },
      ],
    });
    expect(rankInvestments(twins).map((r) => r.id)).toEqual(["a", "b", "c"]);
    expect(rankInvestments(twins, { by: "roi" }).map((r) => r.id)).toEqual(["a", "b", "c"]);
    expect(rankInvestments(twins, { investments: ["c", "b"] }).map((r) => r.id)).toEqual(["b", "c"]);
    expect(rankInvestments(parseModel({ name: "Empty" }))).toEqual([]);
  });

  it("rejects an unknown sort key, unknown options and unknown ids", () => {
    const e = thrown(() => rankInvestments(model, { by: "nett" } as never));
    expect(e.code).toBe("invalid-argument");
    expect(e.issues[0]).toMatchObject({ path: "by", suggestion: "net" });
    expect(thrown(() => rankInvestments(model, { by: 1 } as never)).issues[0]!.path).toBe("by");
    const f = thrown(() => rankInvestments(model, { sortBy: "roi" } as never));
    expect(f.code).toBe("invalid-argument");
    expect(f.issues[0]!.path).toBe("sortBy");
    const g = thrown(() => rankInvestments(model, { investments: ["mfa", "wid"] }));
    expect(g.code).toBe("not-found");
    expect(g.issues[0]).toMatchObject({ path: "investments[1]", suggestion: "wide" });
    expect(thrown(() => rankInvestments(model, "net" as never)).code).toBe("invalid-argument");
  });

  it("on the modern workplace example, puts the investment with the widest estimates last by value per risk", () => {
    const { model: workplace } = loadExample("modern-workplace.yaml");
    expect(rankInvestments(workplace).map((r) => r.id)).toEqual([
      "mfa-rollout",
      "self-service-portal-build",
      "network-upgrade",
      "mail-archive-migration",
    ]);
    // MFA's value rests on the phishing loss: frequency 0.3 to 3 a year, impact up to 400,000 an event. Its net
    // value (357,675) is about one standard deviation (358,613) above zero; the portal's is 7.
    const rows = rankInvestments(workplace, { by: "valuePerRisk" });
    expect(rows.map((r) => r.id)).toEqual(["self-service-portal-build", "mail-archive-migration", "network-upgrade", "mfa-rollout"]);
    expect(rows[3]!.valuePerRisk).toBeCloseTo(0.997, 3);
    expect(rows[0]!.valuePerRisk).toBeCloseTo(6.97, 2);
  });
});
