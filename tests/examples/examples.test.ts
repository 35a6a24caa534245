import { rankInvestments } from "../../src/economics/portfolio/rank-investments.js";
import { selectPortfolio } from "../../src/economics/portfolio/select-portfolio.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { hospital } from "../../examples/hospital.js";
import { modernWorkplace } from "../../examples/modern-workplace.js";
import {
  ACTIVITY_IDS,
  COST_CATEGORIES,
  DIMENSION_IDS,
  RECURRENCES,
  parseModel,
  toModelInput,
  type Estimate,
  type Model,
} from "../../src/index.js";
import { exampleFiles, loadExample } from "./load-example.js";

const SCHEMA_LINE = "# yaml-language-server: $schema=../schema/model.schema.json";

const service = (model: Model, id: string) => {
  const found = model.services.find((s) => s.id === id);
  if (!found) throw new Error(`no service ${id}`);
  return found;
};
const stakeholder = (model: Model, id: string) => {
  const found = model.stakeholders.find((s) => s.id === id);
  if (!found) throw new Error(`no stakeholder ${id}`);
  return found;
};
const stream = (model: Model, id: string) => {
  const found = model.valueStreams.find((v) => v.id === id);
  if (!found) throw new Error(`no value stream ${id}`);
  return found;
};
const dependsOn = (model: Model, from: string, to: string) => service(model, from).dependsOn.some((d) => d.service === to);

/** Every estimate of a model, wherever it stands. */
function estimates(model: Model): Estimate[] {
  const out: Estimate[] = [];
  for (const c of model.costs) out.push(c.amount as Estimate);
  for (const b of model.benefits) out.push(b.amount as Estimate);
  for (const r of model.risks) out.push(r.frequency as Estimate, r.impact as Estimate);
  for (const s of model.services)
    for (const c of s.consumers) {
      if (c.costsRemoved) out.push(c.costsRemoved as Estimate);
      if (c.costsImposed) out.push(c.costsImposed as Estimate);
    }
  return out;
}

describe("the bundled examples", () => {
  const files = exampleFiles();

  it("include the modern workplace and the hospital", () => {
    expect(files).toEqual(expect.arrayContaining(["modern-workplace.yaml", "hospital.yaml"]));
  });

  it.each(files)("%s parses and starts with the editor schema line", (file) => {
    const { text, model } = loadExample(file);
    expect(text.split("\n")[0]).toBe(SCHEMA_LINE);
    expect(model.services.length).toBeGreaterThan(5);
    expect(Object.isFrozen(model)).toBe(true);
  });

  it.each(files)("%s reads the same as YAML 1.1 and 1.2 (no bare yes/no/on/off or dates)", (file) => {
    const { text, input } = loadExample(file);
    expect(parse(text, { version: "1.1" })).toStrictEqual(input);
  });

  it.each(files)("%s survives a round trip through toModelInput", (file) => {
    const { model } = loadExample(file);
    expect(parseModel(toModelInput(model))).toStrictEqual(model);
  });

  it.each(files)("%s uses every dimension, cost category, recurrence and estimate form", (file) => {
    const { model } = loadExample(file);
    expect(new Set(model.resources.map((r) => r.dimension))).toEqual(new Set(DIMENSION_IDS));
    expect(new Set(model.costs.map((c) => c.category))).toEqual(new Set(COST_CATEGORIES));
    expect(new Set(model.costs.map((c) => c.recurrence))).toEqual(new Set(RECURRENCES));
    expect(new Set(model.costs.map((c) => c.type))).toEqual(new Set(["capex", "opex"]));
    expect(new Set(estimates(model).map((e) => e.kind))).toEqual(new Set(["fixed", "interval", "three-point"]));
    expect(model.costs.some((c) => c.growth > 0)).toBe(true);
    expect(model.costs.some((c) => c.startYear > 0)).toBe(true);
    expect(model.costs.some((c) => c.endYear !== undefined)).toBe(true);
    expect(new Set(model.benefits.map((b) => b.kind))).toEqual(new Set(["tangible", "intangible"]));
    const kindOf = (id: string) =>
      model.services.some((s) => s.id === id) ? "service" : model.valueStreams.some((v) => v.id === id) ? "value-stream" : "investment";
    expect(new Set(model.benefits.map((b) => kindOf(b.of)))).toEqual(new Set(["service", "value-stream", "investment"]));
  });

  it.each(files)("%s has a branching value stream, a linear one, and steps across the value chain", (file) => {
    const { model } = loadExample(file);
    const branching = model.valueStreams.filter((v) => v.steps.some((s) => (s.next?.length ?? 0) >= 2));
    expect(branching.length).toBeGreaterThanOrEqual(1);
    expect(model.valueStreams.some((v) => v.steps.every((s) => s.next === undefined))).toBe(true);
    const steps = model.valueStreams.flatMap((v) => v.steps);
    expect(new Set(steps.map((s) => s.activity))).toEqual(new Set(ACTIVITY_IDS));
    expect(steps.some((s) => s.pctCompleteAccurate < 1)).toBe(true);
  });

  it.each(files)("%s has a journey with low scores, risks on services and a stream, and four investments or more", (file) => {
    const { model } = loadExample(file);
    const touchpoints = model.journeys.flatMap((j) => j.stages.flatMap((s) => s.touchpoints));
    expect(new Set(model.journeys.flatMap((j) => j.stages.map((s) => s.stage))).size).toBe(7);
    expect(touchpoints.some((t) => t.satisfaction < 3)).toBe(true);
    const affected = new Set(model.risks.flatMap((r) => r.affects));
    expect(model.services.some((s) => affected.has(s.id))).toBe(true);
    expect(model.valueStreams.some((v) => affected.has(v.id))).toBe(true);
    expect(model.investments.length).toBeGreaterThanOrEqual(4);
    for (const inv of model.investments) {
      expect(model.costs.some((c) => c.of === inv.id), inv.id).toBe(true);
    }
    expect(model.investments.filter((inv) => inv.reduces.length > 0).length).toBeGreaterThanOrEqual(4);
  });
});

describe("the TypeScript examples", () => {
  it("build the same modern workplace model as the YAML file", () => {
    expect(modernWorkplace).toStrictEqual(loadExample("modern-workplace.yaml").model);
  });

  it("build the same hospital model as the YAML file", () => {
    expect(hospital).toStrictEqual(loadExample("hospital.yaml").model);
  });
});

describe("modern workplace", () => {
  const { model, text } = loadExample("modern-workplace.yaml");

  it("is a five-year EUR model at 8%", () => {
    expect([model.currency, model.horizonYears, model.discountRate]).toEqual(["EUR", 5, 0.08]);
  });

  it("sells Smart Collaboration as a product bundling exactly the four technical services", () => {
    const product = service(model, "smart-collaboration");
    expect(product.kind).toBe("business");
    expect(product.bundles.map((b) => b.service).sort()).toEqual(["file-sharing", "mail", "mail-security", "sms-fax-gateway"]);
    for (const b of product.bundles) expect(service(model, b.service).kind).toBe("technical");
    expect(model.services.filter((s) => s.kind === "business").map((s) => s.id)).toEqual(["smart-collaboration", "workplace-device"]);
  });

  it("has sponsors who are not its users, and customers who define requirements", () => {
    const consumers = service(model, "smart-collaboration").consumers.map((c) => stakeholder(model, c.stakeholder));
    const sponsors = consumers.filter((s) => s.roles.includes("sponsor"));
    expect(sponsors.map((s) => s.id)).toContain("cfo-office");
    for (const s of sponsors) expect(s.roles).not.toContain("user");
    expect(consumers.every((s) => s.roles.includes("customer"))).toBe(true);
    const users = model.stakeholders.filter((s) => s.roles.includes("user"));
    expect(users.map((s) => s.id)).toEqual(["employees"]);
    expect(users[0]!.roles).not.toContain("sponsor");
    // The users meet the product in the journey, the sponsors in the agreement.
    const actors = model.journeys.flatMap((j) => j.stages.flatMap((s) => s.touchpoints.flatMap((t) => t.actors)));
    expect(actors).toContain("employees");
  });

  it("shows the product's cost by headcount and states what it removes and imposes", () => {
    const consumers = service(model, "smart-collaboration").consumers;
    expect(consumers.reduce((sum, c) => sum + c.share, 0)).toBe(2000);
    for (const c of consumers) {
      expect(c.costsRemoved, c.stakeholder).toBeDefined();
      expect(c.costsImposed, c.stakeholder).toBeDefined();
    }
  });

  it("has offerings with goods, access, actions and a price", () => {
    const offering = service(model, "smart-collaboration").offerings[0]!;
    expect(offering.goods.length).toBeGreaterThan(0);
    expect(offering.access.length).toBeGreaterThan(0);
    expect(offering.actions.length).toBeGreaterThan(0);
    expect(offering.price).toBe(14.5);
  });

  it("states the agreement's outcome in the customer's words, with targets beyond uptime", () => {
    const agreement = service(model, "smart-collaboration").agreement!;
    expect(agreement.outcome).toBe("every employee can work with colleagues and customers from anywhere, on any device");
    const outcomeTargets = agreement.targets.filter((t) => !/availab|uptime/i.test(t.metric));
    expect(outcomeTargets.length).toBeGreaterThanOrEqual(4);
    expect(agreement.targets.some((t) => t.direction === "at-most")).toBe(true);
  });

  it("has a dependsOn cycle between the network and the service desk, with an exit", () => {
    expect(dependsOn(model, "network", "service-desk")).toBe(true);
    expect(dependsOn(model, "service-desk", "network")).toBe(true);
    const outside = model.services.filter((s) => s.id !== "network" && s.id !== "service-desk");
    expect(outside.filter((s) => s.dependsOn.some((d) => d.service === "network" || d.service === "service-desk")).map((s) => s.id)).toEqual(
      expect.arrayContaining(["smart-collaboration", "workplace-device"]),
    );
  });

  it("buys mail from an external supplier under a partners-and-suppliers contract", () => {
    const mail = service(model, "mail");
    expect(mail.supplier).toBe("cloud-mail-provider");
    expect(stakeholder(model, "cloud-mail-provider")).toMatchObject({ internal: false, roles: ["supplier"] });
    const contract = model.resources.find((r) => r.id === "cloud-mail-contract")!;
    expect(contract).toMatchObject({ dimension: "partners-and-suppliers", kind: "contract", supports: [{ service: "mail", share: 1 }] });
  });

  it("has resources of every kind the brief names, one of them unallocated", () => {
    expect(new Set(model.resources.map((r) => r.kind))).toEqual(new Set(["team", "skill", "application", "platform", "contract", "process"]));
    const fax = model.resources.find((r) => r.id === "legacy-fax-machines")!;
    expect(fax.supports).toEqual([]);
    expect(model.costs.some((c) => c.of === "legacy-fax-machines")).toBe(true);
  });

  it("normalises the practice alias change-control to change-enablement", () => {
    expect(text).toContain("practices: [change-control,");
    const step = stream(model, "onboard-employee").steps.find((s) => s.id === "approve-access")!;
    expect(step.practices).toEqual(["change-enablement", "information-security-management"]);
  });

  it("onboards from a signed contract to a productive first day, with durations in mixed units", () => {
    const onboarding = stream(model, "onboard-employee");
    expect(onboarding.trigger).toBe("a hiring manager signs a contract");
    expect(onboarding.outcome).toBe("the new employee is productive on day one");
    const byId = new Map(onboarding.steps.map((s) => [s.id, s]));
    expect(byId.get("register-hire")).toMatchObject({ processTime: "30m", processTimeHours: 0.5, waitTimeHours: 24 });
    expect(byId.get("create-accounts")).toMatchObject({ processTime: 0.75, processTimeHours: 0.75, waitTimeHours: 4 });
    expect(byId.get("prepare-device")?.waitTimeHours).toBe(28);
    expect(byId.get("first-week-feedback")?.waitTimeHours).toBe(168);
    const rolled = onboarding.steps.reduce((p, s) => p * s.pctCompleteAccurate, 1);
    expect(rolled).toBeCloseTo(0.8 * 0.85 * 0.9 * 0.95, 12);
  });

  it("branches the access request into an automatic and an approved path that meet again", () => {
    const steps = stream(model, "fulfil-access-request").steps;
    const next = new Map(steps.map((s) => [s.id, s.next]));
    expect(next.get("check-standard")).toEqual(["grant-automatically", "owner-approval"]);
    expect(next.get("grant-automatically")).toEqual(["confirm-access"]);
    expect(next.get("grant-manually")).toEqual(["confirm-access"]);
    expect(next.get("confirm-access")).toEqual([]);
  });

  it("reduces the phishing risk by the MFA rollout", () => {
    const mfa = model.investments.find((i) => i.id === "mfa-rollout")!;
    expect(mfa.reduces).toEqual([{ risk: "phishing-compromise", by: 0.7, fromYear: 1 }]);
    expect(model.risks.find((r) => r.id === "phishing-compromise")!.affects).toContain("mail");
  });

  it("sizes the investments so that greedy picks under a budget go wrong", () => {
    // Budgets are compared with undiscounted costs (spec); values are VOI net values (PV).
    const values = rankInvestments(model).map((r) => ({ id: r.id, net: r.net, cost: r.undiscountedCost }));
    type Value = (typeof values)[number];
    // The library's net values agree with an independent computation straight from the spec.
    for (const independent of investmentValues(model)) {
      expect(values.find((v) => v.id === independent.id)!.net).toBeCloseTo(independent.net, 6);
    }
    const pick = (budget: number, rank: (v: Value) => number) => {
      let spent = 0;
      const chosen: string[] = [];
      for (const v of [...values].sort((a, b) => rank(b) - rank(a)))
        if (spent + v.cost <= budget) {
          spent += v.cost;
          chosen.push(v.id);
        }
      return chosen;
    };
    const worth = (ids: string[]) => values.filter((v) => ids.includes(v.id)).reduce((s, v) => s + v.net, 0);

    const byRatio = pick(450_000, (v) => v.net / v.cost);
    expect(byRatio.sort()).toEqual(["mfa-rollout", "network-upgrade"]);
    const at450 = selectPortfolio(model, { budget: 450_000 });
    expect(at450.selected).toEqual(["mfa-rollout", "self-service-portal-build"]);
    expect(at450.net).toBeGreaterThan(worth(byRatio));

    const byNet = pick(660_000, (v) => v.net);
    expect(byNet.sort()).toEqual(["mfa-rollout", "self-service-portal-build"]);
    const at660 = selectPortfolio(model, { budget: 660_000 });
    expect(at660.selected).toEqual(["mfa-rollout", "mail-archive-migration", "network-upgrade"]);
    expect(at660.cost).toBeLessThanOrEqual(660_000);
    expect(at660.net).toBeGreaterThan(worth(byNet));
  });

  it("keeps the lint settings and meta", () => {
    expect(model.lint.rules["low-satisfaction"]).toEqual({ level: "warning", options: { below: 3 } });
    expect(model.meta).toMatchObject({ reviewed: "2026-03-01" });
    expect(service(model, "mail").meta).toEqual({ cmdbId: "CI-0042" });
  });
});

describe("hospital", () => {
  const { model } = loadExample("hospital.yaml");

  it("is a seven-year model at 4%", () => {
    expect([model.currency, model.horizonYears, model.discountRate]).toEqual(["EUR", 7, 0.04]);
  });

  it("has the board as sponsor, clinicians as users and the patient as a customer in a journey", () => {
    // The board sponsors (and, for patient access, defines the requirements as its customer); it never uses the record.
    expect(stakeholder(model, "hospital-board").roles).toEqual(["sponsor", "customer"]);
    expect(stakeholder(model, "hospital-board").roles).not.toContain("user");
    expect(stakeholder(model, "clinicians").roles).toEqual(["user"]);
    expect(stakeholder(model, "patients").roles).toContain("customer");
    expect(service(model, "patient-access").consumers.map((c) => c.stakeholder)).toEqual(["hospital-board"]);
    expect(model.journeys[0]!.stakeholder).toBe("patients");
  });

  it("bundles the EHR, PACS and the lab system into the clinical record", () => {
    expect(service(model, "clinical-record").bundles.map((b) => b.service)).toEqual(["ehr", "pacs", "lab-system"]);
    expect(service(model, "clinical-record").agreement?.outcome).toMatch(/clinicians have a complete, current picture/);
  });

  it("has a dependsOn cycle between the EHR and the integration engine, with an exit", () => {
    expect(dependsOn(model, "ehr", "integration-engine")).toBe(true);
    expect(dependsOn(model, "integration-engine", "ehr")).toBe(true);
    expect(dependsOn(model, "patient-access", "integration-engine")).toBe(true);
  });

  it("gets the image archive from a supplier's cloud", () => {
    expect(service(model, "cloud-image-archive").supplier).toBe("imaging-cloud-vendor");
    expect(stakeholder(model, "imaging-cloud-vendor").internal).toBe(false);
  });

  it("runs the outpatient stream from a GP referral to a treated, informed patient, branching at triage", () => {
    const outpatient = stream(model, "outpatient-appointment");
    expect([outpatient.trigger, outpatient.outcome]).toEqual(["a GP refers a patient", "the patient is treated and informed of the results"]);
    const triage = outpatient.steps.find((s) => s.id === "triage-referral")!;
    expect(triage.next).toEqual(["book-appointment", "advise-gp"]);
    expect(outpatient.steps.find((s) => s.id === "book-appointment")?.waitTimeHours).toBe(3 * 168);
  });

  it("weighs ransomware and an EHR outage, reduced by investments", () => {
    const reduced = new Set(model.investments.flatMap((i) => i.reduces.map((r) => r.risk)));
    expect([...reduced]).toEqual(expect.arrayContaining(["ransomware", "ehr-outage"]));
    expect(model.services.some((s) => s.lifecycle === "retired")).toBe(true);
  });
});

interface InvestmentValue {
  id: string;
  /** Present value of the costs. */
  cost: number;
  net: number;
}

/**
 * Present values of each investment's costs and net value (tangible + intangible benefits + risk reduction - costs),
 * straight from the spec ("Costs and benefits", "Investments"), as an independent check of the example's design.
 */
function investmentValues(model: Model): InvestmentValue[] {
  const last = model.horizonYears - 1;
  const factor = (t: number) => (1 + model.discountRate) ** -t;
  const pv = (flow: Model["costs"][number] | Model["benefits"][number]) => {
    let sum = 0;
    for (let t = flow.startYear; t <= (flow.recurrence === "once" ? flow.startYear : (flow.endYear ?? last)); t++) {
      const perYear = flow.amount.mean * (flow.recurrence === "monthly" ? 12 : 1);
      sum += perYear * (1 + flow.growth) ** (t - flow.startYear) * factor(t);
    }
    return sum;
  };
  const loss = new Map(model.risks.map((r) => [r.id, r.frequency.mean * r.impact.mean]));
  return model.investments.map((inv) => {
    const cost = model.costs.filter((c) => c.of === inv.id).reduce((s, c) => s + pv(c), 0);
    const benefit = model.benefits.filter((b) => b.of === inv.id).reduce((s, b) => s + pv(b), 0);
    let reduction = 0;
    for (const r of inv.reduces) for (let t = r.fromYear; t <= last; t++) reduction += r.by * loss.get(r.risk)! * factor(t);
    return { id: inv.id, cost, net: benefit + reduction - cost };
  });
}
