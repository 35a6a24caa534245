import { describe, expect, it } from "vitest";
import { impactOf } from "../../src/graph/impact-of.js";
import { ModelError } from "../../src/model/errors.js";
import { parseModel } from "../../src/model/parse-model.js";
import { graphModel as m } from "./graph-model.js";

function thrown(fn: () => unknown): ModelError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    return error as ModelError;
  }
  throw new Error("expected a ModelError");
}

describe("impactOf", () => {
  it("a failing resource affects the services it supports and everything that needs them", () => {
    expect(impactOf(m, "db")).toEqual({
      element: "db",
      services: ["smart-collaboration", "mail", "file-sharing"],
      offerings: ["sc-standard"],
      steps: ["provision", "welcome"],
      valueStreams: ["onboarding"],
      journeys: ["new-joiner"],
      // constructor acts in a touchpoint of new-joiner (on mail): the actors of an affected journey are touched too.
      stakeholders: { customers: ["finance", "constructor"], users: ["staff", "constructor"], sponsors: ["finance"] },
      paths: {
        mail: ["db", "mail"],
        "file-sharing": ["db", "file-sharing"],
        "smart-collaboration": ["db", "mail", "smart-collaboration"],
        "sc-standard": ["db", "mail", "smart-collaboration", "sc-standard"],
        provision: ["db", "mail", "provision"],
        welcome: ["db", "mail", "smart-collaboration", "welcome"],
        onboarding: ["db", "mail", "provision", "onboarding"],
        "new-joiner": ["db", "mail", "new-joiner"],
        // finance is also the consumer of onboarding, but smart-collaboration is nearer.
        finance: ["db", "mail", "smart-collaboration", "finance"],
        staff: ["db", "mail", "smart-collaboration", "staff"],
        constructor: ["db", "mail", "new-joiner", "constructor"],
        "service-desk-team": ["db", "mail", "new-joiner", "service-desk-team"],
      },
    });
  });

  it("a failing supplier affects what it supplies and the steps it performs", () => {
    const impact = impactOf(m, "acme");
    expect(impact.services).toEqual(["smart-collaboration", "mail", "mail-security"]);
    expect(impact.steps).toEqual(["provision", "welcome", "escalate"]);
    expect(impact.valueStreams).toEqual(["onboarding", "incident"]);
    expect(impact.paths["mail"]).toEqual(["acme", "mail-security", "mail"]);
    expect(impact.paths["incident"]).toEqual(["acme", "escalate", "incident"]);
    // staff consumes incident (3 links away) and smart-collaboration (4 links away): the shorter path wins.
    expect(impact.paths["staff"]).toEqual(["acme", "escalate", "incident", "staff"]);
  });

  it("follows a dependsOn cycle once and does not list the failed element", () => {
    const impact = impactOf(m, "network");
    expect(impact.services).toEqual(["smart-collaboration", "mail", "file-sharing", "service-desk"]);
    expect(impact.steps).toEqual(["request", "provision", "welcome", "log", "escalate"]);
    expect(impact.valueStreams).toEqual(["onboarding", "incident"]);
    expect(impact.paths["service-desk"]).toEqual(["network", "service-desk"]);
    expect(impact.paths["log"]).toEqual(["network", "service-desk", "log"]);
    expect(impact.paths["staff"]).toEqual(["network", "service-desk", "staff"]);
    expect(impact.paths["network"]).toBeUndefined();
    expect(impactOf(m, "service-desk").services).toEqual(["smart-collaboration", "mail", "file-sharing", "network"]);
  });

  it("a failing service fails its own consumers", () => {
    const impact = impactOf(m, "smart-collaboration");
    expect(impact.services).toEqual([]);
    expect(impact.steps).toEqual(["welcome"]);
    expect(impact.stakeholders).toEqual({ customers: ["finance"], users: ["staff"], sponsors: ["finance"] });
    expect(impact.paths["finance"]).toEqual(["smart-collaboration", "finance"]);
    expect(impact.paths["onboarding"]).toEqual(["smart-collaboration", "welcome", "onboarding"]);
  });

  it("sorts stakeholders by role; one with two roles is in both lists", () => {
    const impact = impactOf(m, "prototype");
    expect(impact.stakeholders).toEqual({ customers: ["constructor"], users: ["constructor"], sponsors: [] });
    expect(impact.paths["constructor"]).toEqual(["prototype", "constructor"]);
    expect(impact.journeys).toEqual(["prototype-trial"]);
    expect(impact.paths["prototype-trial"]).toEqual(["prototype", "prototype-trial"]);
    expect(impactOf(m, "onboarding").stakeholders).toEqual({ customers: ["finance"], users: [], sponsors: ["finance"] });
    // The journey's stakeholder and the actors of its touchpoints.
    expect(impactOf(m, "new-joiner").stakeholders).toEqual({ customers: ["constructor"], users: ["staff", "constructor"], sponsors: [] });
  });

  it("a failing performer affects its steps and their streams", () => {
    const impact = impactOf(m, "service-desk-team");
    expect(impact.steps).toEqual(["request"]);
    expect(impact.valueStreams).toEqual(["onboarding"]);
    expect(impact.services).toEqual([]);
    expect(impact.paths["finance"]).toEqual(["service-desk-team", "request", "onboarding", "finance"]);
  });

  it("an element nothing needs affects nothing", () => {
    const impact = impactOf(m, "to-string");
    expect(impact).toEqual({
      element: "to-string",
      services: [],
      offerings: [],
      steps: [],
      valueStreams: [],
      journeys: [],
      stakeholders: { customers: [], users: [], sponsors: [] },
      paths: {},
    });
    // A null-prototype record: inherited names are not paths.
    expect(impact.paths["constructor"]).toBeUndefined();
    expect(impact.paths["toString"]).toBeUndefined();
  });

  it("reports unknown ids with a suggestion", () => {
    const error = thrown(() => impactOf(m, "dbb"));
    expect(error.code).toBe("not-found");
    expect(error.message).toMatch(/^impactOf: /);
    expect(error.issues[0]!.suggestion).toBe("db");
    expect(thrown(() => impactOf(parseModel({ name: "Empty" }), "db")).code).toBe("not-found");
    expect(thrown(() => impactOf(m, 7 as unknown as string)).code).toBe("invalid-argument");
  });
});
