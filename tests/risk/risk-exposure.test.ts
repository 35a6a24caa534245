import { describe, expect, it } from "vitest";
import { ModelError } from "../../src/model/errors.js";
import { parseModel } from "../../src/model/parse-model.js";
import { expectedAnnualLoss } from "../../src/risk/expected-annual-loss.js";
import { riskExposure } from "../../src/risk/risk-exposure.js";

const model = parseModel({
  name: "Risks",
  stakeholders: [{ id: "staff", name: "Staff", roles: ["user"] }],
  services: [
    { id: "network", name: "Network" },
    { id: "mail", name: "Mail", dependsOn: ["network"] },
    { id: "collab", name: "Collaboration", kind: "business", bundles: ["mail"], consumers: ["staff"] },
    { id: "hr", name: "HR system" },
  ],
  valueStreams: [
    {
      id: "onboard",
      name: "Onboard",
      trigger: "contract signed",
      outcome: "productive on day one",
      steps: [{ id: "send-welcome", name: "Send welcome mail", activity: "engage", processTime: "1h", services: ["collab"] }],
    },
  ],
  risks: [
    // FAIR-style: 2 events a year x 5,000 per event.
    { id: "outage", name: "Network outage", affects: ["network"], frequency: 2, impact: 5000 },
    // Lognormal frequency from a 90% interval: mean = exp(mu + sigma^2 / 2); PERT impact: (1 + 4 x 2 + 9) / 6 = 3.
    { id: "phishing", name: "Phishing", affects: ["mail", "hr"], frequency: { low: 1, high: 10 }, impact: { low: 1, mode: 2, high: 9 } },
  ],
});

describe("expectedAnnualLoss", () => {
  it("is mean(frequency) x mean(impact)", () => {
    expect(expectedAnnualLoss(model, "outage")).toBe(10_000);
    const sigma = Math.log(10) / (2 * 1.6448536269514722);
    expect(expectedAnnualLoss(model, "phishing")).toBeCloseTo(Math.sqrt(10) * Math.exp((sigma * sigma) / 2) * 3, 9);
  });

  it("rejects unknown risks and ids of other kinds", () => {
    for (const id of ["outag", "network"]) {
      try {
        expectedAnnualLoss(model, id);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(ModelError);
        expect((e as ModelError).code).toBe("not-found");
      }
    }
  });
});

describe("riskExposure", () => {
  it("rolls risks up to everything that needs an affected element, once per risk", () => {
    const exposure = riskExposure(model, { listRisks: true });
    const phishing = expectedAnnualLoss(model, "phishing");
    expect(exposure.byRisk).toEqual({ outage: 10_000, phishing });
    expect(exposure.total).toBeCloseTo(10_000 + phishing, 9);
    expect(exposure.byElement.network).toBe(10_000);
    expect(exposure.byElement.mail).toBeCloseTo(10_000 + phishing, 9);
    expect(exposure.byElement.collab).toBeCloseTo(10_000 + phishing, 9);
    expect(exposure.byElement.onboard).toBeCloseTo(10_000 + phishing, 9);
    expect(exposure.byElement["send-welcome"]).toBeCloseTo(10_000 + phishing, 9);
    expect(exposure.byElement.hr).toBeCloseTo(phishing, 9);
    expect(exposure.risksByElement!.onboard).toEqual(["outage", "phishing"]);
    expect(exposure.countByElement.onboard).toBe(2);
    expect(riskExposure(model).risksByElement).toBeUndefined();
    expect(exposure.byElement.staff).toBeUndefined();
  });

  it("is empty for a model without risks", () => {
    expect(riskExposure(parseModel({ name: "none" }))).toEqual({ byRisk: {}, byElement: {}, countByElement: {}, total: 0 });
  });
});

describe("riskExposure options", () => {
  it("refuses an unknown option with a suggestion", () => {
    expect(() => riskExposure(model, { lisRisks: true } as never)).toThrow(/riskExposure: unknown option "lisRisks" \(did you mean "listRisks"\?\)/);
  });
});
