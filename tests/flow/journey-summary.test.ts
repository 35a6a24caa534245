import { describe, expect, it } from "vitest";
import { journeySummary } from "../../src/flow/journey-summary.js";
import { parseModel } from "../../src/model/parse-model.js";
import type { Model } from "../../src/model/schema/model.js";
import { loadExample } from "../examples/load-example.js";
import { modelError } from "./flow-model.js";

const touch = (name: string, satisfaction: number, service?: string) => ({ name, satisfaction, ...(service ? { service } : {}) });

const model = parseModel({
  name: "Journeys",
  stakeholders: [{ id: "acme", name: "Acme", roles: ["customer"] }],
  services: [
    { id: "mail", name: "Mail" },
    { id: "desk", name: "Service desk" },
  ],
  journeys: [
    {
      id: "acme-journey",
      name: "Acme's journey",
      stakeholder: "acme",
      stages: [
        { stage: "onboard", touchpoints: [touch("migration", 2, "mail"), touch("training", 4), touch("first login", 3, "mail")] },
        { stage: "explore", touchpoints: [touch("website", 2.5)] },
        { stage: "co-create", touchpoints: [touch("daily mail", 4, "mail"), touch("calling the desk", 2, "desk"), touch("desk again", 1, "desk")] },
      ],
    },
    { id: "quiet", name: "Quiet", stakeholder: "acme" },
  ],
});

describe("journeySummary", () => {
  it("gives every stage, in catalog order, with its mean and its touchpoints worst first", () => {
    const s = journeySummary(model, "acme-journey");
    expect(s.stages.map((x) => [x.stage, x.meanSatisfaction])).toEqual([
      ["explore", 2.5],
      ["engage", undefined],
      ["offer", undefined],
      ["agree", undefined],
      ["onboard", 3], // (2 + 4 + 3) / 3
      ["co-create", 7 / 3], // (4 + 2 + 1) / 3
      ["realize", undefined],
    ]);
    expect(s.stages[4]!.touchpoints.map((t) => t.name)).toEqual(["migration", "first login", "training"]);
    expect(s.stages[4]!.name).toBe("Onboard");
    expect(s.stagesWithoutTouchpoints).toEqual(["engage", "offer", "agree", "realize"]);
    expect(s.meanSatisfaction).toBeCloseTo(18.5 / 7, 15); // 2 + 4 + 2.5 + 4 + 2 + 1 + 3
  });

  it("lists the worst touchpoints and the services behind the unhappy ones", () => {
    const s = journeySummary(model, "acme-journey");
    // Ties (2 and 2) keep stage order: onboard's migration before co-create's call.
    expect(s.worstTouchpoints.map((t) => `${t.name}:${t.satisfaction}`)).toEqual([
      "desk again:1",
      "migration:2",
      "calling the desk:2",
      "website:2.5",
      "first login:3",
      "training:4",
      "daily mail:4",
    ]);
    expect(s.worstTouchpoints[0]!.path).toBe("journeys[0].stages[2].touchpoints[2]");
    expect(s.unhappyServices.map((u) => [u.service, u.name, u.worstSatisfaction, u.touchpoints.map((t) => t.name)])).toEqual([
      ["desk", "Service desk", 1, ["desk again", "calling the desk"]],
      ["mail", "Mail", 2, ["migration"]],
    ]);
    expect(s.unhappyWithoutService.map((t) => t.name)).toEqual(["website"]);
    expect(s.stages[5]!.unhappy.map((t) => t.name)).toEqual(["desk again", "calling the desk"]);
  });

  it("takes another threshold", () => {
    const s = journeySummary(model, "acme-journey", { unhappyBelow: 3.5 });
    expect(s.unhappyServices.map((u) => [u.service, u.touchpoints.length])).toEqual([
      ["desk", 2],
      ["mail", 2], // migration (2) and first login (3)
    ]);
    expect(journeySummary(model, "acme-journey", { unhappyBelow: 1 }).unhappyServices).toEqual([]);
  });

  it("summarises a journey without stages", () => {
    const s = journeySummary(model, "quiet");
    expect(s.meanSatisfaction).toBeUndefined();
    expect(s.stagesWithoutTouchpoints).toHaveLength(7);
    expect(s.worstTouchpoints).toEqual([]);
  });

  it("reads the examples (worked out by hand from the YAML)", () => {
    const s = journeySummary(loadExample("modern-workplace.yaml").model, "sales-collaboration-journey");
    // onboard: mailbox migration 2.5 (mail), training 3; co-create: daily work 4, calling the desk 2 (service-desk).
    expect(s.stages.find((x) => x.stage === "onboard")!.meanSatisfaction).toBe(2.75);
    expect(s.stages.find((x) => x.stage === "co-create")!.meanSatisfaction).toBe(3);
    expect(s.unhappyServices.map((u) => u.service)).toEqual(["service-desk", "mail"]);
    expect(s.stagesWithoutTouchpoints).toEqual([]);
    // 4 + 4 + 3.5 + 4 + 2.5 + 3 + 4 + 2 + 4 = 31 over 9 touchpoints.
    expect(s.meanSatisfaction).toBeCloseTo(31 / 9, 15);
    const patient = journeySummary(loadExample("hospital.yaml").model, "patient-outpatient-journey");
    // realize: results in the app 4.5, the paper letter 1.5 (no service): the worst touchpoint of the journey.
    expect(patient.stages.find((x) => x.stage === "realize")!.meanSatisfaction).toBe(3);
    expect(patient.worstTouchpoints[0]!.name).toBe("Paper letter arrives two weeks later");
    expect(patient.unhappyServices.map((u) => u.service)).toEqual(["patient-portal"]);
    expect(patient.unhappyWithoutService.map((t) => t.satisfaction)).toEqual([1.5, 2.5]);
  });

  it("refuses an unknown journey, with a suggestion, and bad arguments", () => {
    const unknown = modelError(() => journeySummary(model, "acme-journy"));
    expect([unknown.code, unknown.issues[0]!.suggestion]).toEqual(["not-found", "acme-journey"]);
    expect(unknown.message).toMatch(/^journeySummary: /);
    expect(modelError(() => journeySummary(model, "mail")).code).toBe("not-found");
    expect(modelError(() => journeySummary(null as unknown as Model, "x")).code).toBe("invalid-argument");
    expect(modelError(() => journeySummary(model, 1 as unknown as string)).code).toBe("invalid-argument");
    expect(modelError(() => journeySummary(model, "quiet", null as unknown as object)).code).toBe("invalid-argument");
    const raw = {
      name: "Raw",
      journeys: [
        { id: "j", name: "J", stakeholder: "acme" },
        { id: "k", name: "K", stakeholder: "acme", stages: [{ stage: "later", touchpoints: [{ name: "t" }] }, { stage: "engage" }] },
      ],
    } as unknown as Model;
    expect(modelError(() => journeySummary(raw, "j")).issues.map((i) => [i.path, i.code])).toEqual([["journeys[0].stages", "invalid-type"]]);
    expect(modelError(() => journeySummary(raw, "k")).issues.map((i) => [i.path, i.code])).toEqual([
      ["journeys[1].stages[0].stage", "invalid-value"],
      ["journeys[1].stages[0].touchpoints[0].satisfaction", "out-of-range"],
      ["journeys[1].stages[1].touchpoints", "invalid-type"],
    ]);
    for (const unhappyBelow of [0, 6, Number.NaN]) {
      const error = modelError(() => journeySummary(model, "quiet", { unhappyBelow }));
      expect([error.code, error.issues[0]!.path]).toEqual(["invalid-argument", "unhappyBelow"]);
    }
  });
});
