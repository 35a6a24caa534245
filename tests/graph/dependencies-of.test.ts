import { describe, expect, it } from "vitest";
import { dependenciesOf } from "../../src/graph/dependencies-of.js";
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

describe("dependenciesOf", () => {
  it("a service needs what it depends on and bundles, its resources and its supplier", () => {
    expect(dependenciesOf(m, "smart-collaboration")).toEqual(["mail", "file-sharing"]);
    expect(dependenciesOf(m, "mail")).toEqual(["db", "mail-security", "network"]);
    expect(dependenciesOf(m, "mail-security")).toEqual(["acme"]);
    expect(dependenciesOf(m, "network")).toEqual(["network-team", "service-desk"]);
    expect(dependenciesOf(m, "prototype")).toEqual([]);
  });

  it("gives the transitive closure in document order", () => {
    expect(dependenciesOf(m, "smart-collaboration", { transitive: true })).toEqual([
      "acme",
      "db",
      "network-team",
      "mail",
      "file-sharing",
      "mail-security",
      "network",
      "service-desk",
    ]);
    expect(dependenciesOf(m, "mail", { transitive: true })).toEqual(["acme", "db", "network-team", "mail-security", "network", "service-desk"]);
    expect(dependenciesOf(m, "mail", { transitive: false })).toEqual(dependenciesOf(m, "mail"));
  });

  it("is safe on a dependsOn cycle and never lists the element itself", () => {
    expect(dependenciesOf(m, "network", { transitive: true })).toEqual(["network-team", "service-desk"]);
    expect(dependenciesOf(m, "service-desk", { transitive: true })).toEqual(["network-team", "network"]);
  });

  it("a step needs its services and performer; a stream its steps; a journey its touchpoint services", () => {
    expect(dependenciesOf(m, "provision")).toEqual(["network-team", "mail", "file-sharing"]);
    expect(dependenciesOf(m, "escalate")).toEqual(["acme", "network"]);
    expect(dependenciesOf(m, "fix")).toEqual([]);
    expect(dependenciesOf(m, "onboarding")).toEqual(["request", "provision", "welcome"]);
    expect(dependenciesOf(m, "incident", { transitive: true })).toEqual(["acme", "network-team", "network", "service-desk", "log", "fix", "escalate"]);
    expect(dependenciesOf(m, "new-joiner")).toEqual(["mail", "service-desk"]);
    expect(dependenciesOf(m, "sc-standard")).toEqual(["smart-collaboration"]);
  });

  it("resources, stakeholders and other elements need nothing", () => {
    for (const id of ["db", "to-string", "finance", "acme", "constructor", "costs[0]", "mail-licences", "db-outage", "upgrade", "practice:service-desk"]) {
      expect(dependenciesOf(m, id, { transitive: true })).toEqual([]);
    }
  });

  it("returns a fresh array each time", () => {
    const first = dependenciesOf(m, "mail");
    first.push("changed");
    expect(dependenciesOf(m, "mail")).toEqual(["db", "mail-security", "network"]);
  });

  it("reports an unknown id as not-found with a suggestion", () => {
    const error = thrown(() => dependenciesOf(m, "mial"));
    expect(error.code).toBe("not-found");
    expect(error.message).toMatch(/^dependenciesOf: /);
    expect(error.issues[0]).toMatchObject({ path: "", code: "not-found", suggestion: "mail" });
    expect(thrown(() => dependenciesOf(m, "nothing-like-it")).issues[0]!.suggestion).toBeUndefined();
    expect(thrown(() => dependenciesOf(parseModel({ name: "Empty" }), "mail")).code).toBe("not-found");
    // Names inherited from Object.prototype are not elements.
    for (const id of ["toString", "hasOwnProperty", "__proto__"]) expect(thrown(() => dependenciesOf(m, id)).code).toBe("not-found");
  });

  it("rejects a bad id or bad options with invalid-argument", () => {
    for (const id of [undefined, null, 3, {}]) expect(thrown(() => dependenciesOf(m, id as unknown as string)).code).toBe("invalid-argument");
    for (const options of [null, 1, "transitive", [], { transitive: "yes" }, { transitiv: true }]) {
      const error = thrown(() => dependenciesOf(m, "mail", options as never));
      expect(error.code).toBe("invalid-argument");
      expect(error.message).toMatch(/^dependenciesOf: /);
    }
  });
});
