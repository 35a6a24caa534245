// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { netStandardDeviation } from "../../src/economics/portfolio/net-standard-deviation.js";
import { ModelError, parseModel, returnOnInvestment, riskExposure, valueOfInvestment, type Model } from "../../src/index.js";
import { portfolioPoints, quadrantCoordinate, toMermaidPortfolioQuadrant } from "../../src/mermaid/to-mermaid-portfolio-quadrant.js";
import { generateModel } from "../fixtures/generate-model.js";
import { example } from "./examples.js";
import { MERMAID_VERSIONS, displayed, parsed } from "./mermaid-parser.js";

const workplace = example("modern-workplace").model;
const hospital = example("hospital").model;

/** The points as written: name, class and the two coordinates. */
function points(text: string): { name: string; cls: string; x: string; y: string }[] {
  return [...text.matchAll(/^ {2}"([^"]*)":::(\w+): \[([\d.]+), ([\d.]+)\]$/gm)].map((m) => ({ name: m[1]!, cls: m[2]!, x: m[3]!, y: m[4]! }));
}

/** x = 0.05 + 0.9 risk / max risk, y = 0.5 + 0.45 value / max |value| (docs/diagrams.md). */
function scaled(rows: { risk: number; value: number }[]) {
  const maxRisk = Math.max(...rows.map((r) => r.risk));
  const maxValue = Math.max(...rows.map((r) => Math.abs(r.value)));
  return rows.map((r) => ({
    x: quadrantCoordinate(0.05 + (maxRisk > 0 ? (0.9 * r.risk) / maxRisk : 0)),
    y: quadrantCoordinate(0.5 + (maxValue > 0 ? (0.45 * r.value) / maxValue : 0)),
    cls: r.value > 0 ? "gain" : r.value < 0 ? "loss" : "even",
  }));
}

function serviceRows(model: Model, value: "net" | "roi" = "net") {
  const exposure = riskExposure(model).byElement;
  return model.services.map((s) => {
    const r = returnOnInvestment(model, s.id);
    return { risk: exposure[s.id] ?? 0, value: value === "net" ? r.npv : (r.roi ?? 0) };
  });
}

describe("quadrantCoordinate", () => {
  it("writes 0 to 0.999 with three decimals, and 1 as 1 (the grammar refuses 1.000)", () => {
    expect([0, 0.12345, 0.5, 0.9994, 0.9996, 1, 1.7, -0.2, Number.NaN].map(quadrantCoordinate)).toEqual([
      "0.000", "0.123", "0.500", "0.999", "1", "1", "1", "0.000", "0.000",
    ]);
  });
});

describe("toMermaidPortfolioQuadrant", () => {
  it.each(MERMAID_VERSIONS)("plots every service of both examples by risk exposure and net value (Mermaid %i)", async (version) => {
    for (const model of [workplace, hospital]) {
      const { text, warnings } = toMermaidPortfolioQuadrant(model);
      expect(warnings).toEqual([]);
      const got = points(text);
      expect(got.map((p) => p.name)).toEqual(model.services.map((s) => s.name.replace(/"/g, "#34;")));
      expect(got.map(({ x, y, cls }) => ({ x, y, cls }))).toEqual(scaled(serviceRows(model)));
      const d = await parsed(version, text);
      const data = d.db.getQuadrantData();
      expect(data.points.map((p: { text: { text: string } }) => displayed(p.text.text)).sort()).toEqual(model.services.map((s) => s.name).sort());
      expect(data.quadrants.map((q: { text: { text: string } }) => q.text.text).sort()).toEqual(["Fix or retire", "Grow", "Protect", "Review"]);
      // Colours come from our classes, never Mermaid's NaN default.
      for (const p of data.points as { fill: string }[]) expect(p.fill).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it("plots investments by the uncertainty of their net value and the net value", async () => {
    const { text } = toMermaidPortfolioQuadrant(workplace, { of: "investments" });
    const rows = workplace.investments.map((inv) => ({ risk: netStandardDeviation(workplace, inv), value: valueOfInvestment(workplace, inv.id).net }));
    expect(points(text).map(({ x, y, cls }) => ({ x, y, cls }))).toEqual(scaled(rows));
    // Multi-factor authentication: the most uncertain and the most valuable.
    expect(points(text)[0]).toEqual({ name: "Multi-factor authentication for everyone", cls: "gain", x: "0.950", y: "0.950" });
    expect(text).toContain('  x-axis "Low uncertainty of value" --> "High uncertainty of value"\n');
    expect(text).toContain('  quadrant-2 "Do now"\n');
    for (const version of MERMAID_VERSIONS) expect((await parsed(version, text)).type).toBe("quadrantChart");
  });

  it("plots ROI instead of net value, and one kind of service", () => {
    const roi = toMermaidPortfolioQuadrant(workplace, { value: "roi" }).text;
    expect(points(roi).map(({ x, y, cls }) => ({ x, y, cls }))).toEqual(scaled(serviceRows(workplace, "roi")));
    expect(roi).toContain('  y-axis "ROI below 0" --> "ROI above 0"\n');
    const business = points(toMermaidPortfolioQuadrant(workplace, { serviceKind: "business" }).text);
    expect(business.map((p) => p.name)).toEqual(["Smart Collaboration", "Workplace Device"]);
  });

  it("puts an ROI over zero cost on the midline, with a warning", () => {
    const model = parseModel({ name: "m", services: [{ id: "free", name: "Free" }], benefits: [{ of: "free", name: "b", amount: 10 }] });
    const { text, warnings } = toMermaidPortfolioQuadrant(model, { value: "roi" });
    expect(points(text)).toEqual([{ name: "Free", cls: "even", x: "0.050", y: "0.500" }]);
    expect(warnings).toEqual(['toMermaidPortfolioQuadrant: ROI of "free" is not defined (zero cost): drawn on the midline']);
  });

  it("keeps the points farthest from the centre when the text is over maxTextSize", async () => {
    const big = parseModel(generateModel({ services: 2000, seed: 5 }));
    const { text, warnings } = toMermaidPortfolioQuadrant(big);
    expect(text.length).toBeLessThanOrEqual(50_000);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^toMermaidPortfolioQuadrant: 2000 points need \d+ characters, over maxTextSize 50000: showing the \d+ farthest from the centre/);
    expect(points(text).length).toBeGreaterThan(500);
    expect((await parsed(12, text)).type).toBe("quadrantChart");
    expect(toMermaidPortfolioQuadrant(big, { limits: { maxTextSize: Infinity } }).warnings).toEqual([]);
  });

  it("gives an empty model a valid chart without points", async () => {
    const { text } = toMermaidPortfolioQuadrant(parseModel({ name: "Empty" }), { title: "Nothing" });
    expect(points(text)).toEqual([]);
    for (const version of MERMAID_VERSIONS) expect((await parsed(version, text)).db.getQuadrantData().points).toEqual([]);
  });

  it("refuses bad options", () => {
    for (const [options, path, suggestion] of [
      [{ of: "service" }, "options.of", "services"],
      [{ value: "npv" }, "options.value", "net"],
      [{ serviceKind: "busines" }, "options.serviceKind", "business"],
      [{ direction: "LR" }, "options.direction", undefined],
    ] as const) {
      try {
        toMermaidPortfolioQuadrant(workplace, options as never);
        expect.fail("expected an error");
      } catch (e) {
        expect((e as ModelError).code).toBe("invalid-argument");
        expect((e as ModelError).issues[0]!.path).toBe(path);
        expect((e as ModelError).issues[0]!.suggestion).toBe(suggestion);
      }
    }
  });
});

describe("portfolioPoints", () => {
  it("gives each investment its net value (or ROI) and net standard deviation, scaled to the chart", () => {
    const net = portfolioPoints(workplace, "investments", "net");
    const roi = portfolioPoints(workplace, "investments", "roi");
    expect(net.map((p) => p.id)).toEqual(workplace.investments.map((i) => i.id));
    const maxRisk = Math.max(...net.map((p) => p.risk));
    const maxValue = Math.max(...net.map((p) => Math.abs(p.value!)));
    workplace.investments.forEach((inv, k) => {
      const v = valueOfInvestment(workplace, inv.id);
      expect(net[k]!.value).toBeCloseTo(v.net, 6);
      expect(roi[k]!.value).toBeCloseTo(v.net / v.costs, 12);
      expect(net[k]!.risk).toBeCloseTo(netStandardDeviation(workplace, inv), 6);
      expect(net[k]!.x).toBeCloseTo(0.05 + 0.9 * (net[k]!.risk / maxRisk), 12);
      expect(net[k]!.y).toBeCloseTo(0.5 + 0.45 * (net[k]!.value! / maxValue), 12);
    });
  });

  it("refuses a choice it does not know", () => {
    for (const call of [
      () => portfolioPoints(workplace, "investment" as never, "net"),
      () => portfolioPoints(workplace, "investments", "NET" as never),
      () => portfolioPoints(workplace, "services", "net", "shared" as never),
    ]) {
      expect(call).toThrow(ModelError);
    }
    try {
      portfolioPoints(workplace, "investment" as never, "net");
    } catch (e) {
      expect((e as ModelError).issues[0]).toMatchObject({ path: "options.of", suggestion: "investments" });
    }
  });
});
