import { describe, expect, it } from "vitest";
import { dependentsOf } from "../../src/graph/dependents-of.js";
import { ModelError } from "../../src/model/errors.js";
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

describe("dependentsOf", () => {
  it("lists who needs an element directly, in document order", () => {
    expect(dependentsOf(m, "network")).toEqual(["mail", "file-sharing", "service-desk", "escalate"]);
    expect(dependentsOf(m, "mail")).toEqual(["smart-collaboration", "provision", "new-joiner"]);
    expect(dependentsOf(m, "smart-collaboration")).toEqual(["sc-standard", "welcome"]);
    expect(dependentsOf(m, "db")).toEqual(["mail", "file-sharing"]);
    expect(dependentsOf(m, "acme")).toEqual(["mail-security", "escalate"]);
    expect(dependentsOf(m, "network-team")).toEqual(["network", "provision"]);
    expect(dependentsOf(m, "provision")).toEqual(["onboarding"]);
    expect(dependentsOf(m, "prototype")).toEqual(["prototype-trial"]);
  });

  it("gives the transitive closure, cycle-safe, without the element itself", () => {
    expect(dependentsOf(m, "db", { transitive: true })).toEqual([
      "smart-collaboration",
      "sc-standard",
      "mail",
      "file-sharing",
      "onboarding",
      "provision",
      "welcome",
      "new-joiner",
    ]);
    expect(dependentsOf(m, "network", { transitive: true })).toEqual([
      "smart-collaboration",
      "sc-standard",
      "mail",
      "file-sharing",
      "service-desk",
      "onboarding",
      "request",
      "provision",
      "welcome",
      "incident",
      "log",
      "escalate",
      "new-joiner",
    ]);
  });

  it("nothing needs a stream, a journey, a consumer or an idle resource", () => {
    for (const id of ["onboarding", "incident", "new-joiner", "finance", "constructor", "to-string", "it-dept", "prototype-trial", "db-outage"]) {
      expect(dependentsOf(m, id, { transitive: true })).toEqual([]);
    }
  });

  it("reports unknown ids and bad options", () => {
    const error = thrown(() => dependentsOf(m, "netwrk"));
    expect(error.code).toBe("not-found");
    expect(error.message).toMatch(/^dependentsOf: /);
    expect(error.issues[0]!.suggestion).toBe("network");
    expect(thrown(() => dependentsOf(m, "constructr")).issues[0]!.suggestion).toBe("constructor");
    expect(thrown(() => dependentsOf(m, "mail", { deep: true } as never)).code).toBe("invalid-argument");
  });
});
