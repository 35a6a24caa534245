import { describe, expect, it } from "vitest";
import { LINT_RULES } from "../../../src/flow/lint/lint-rules.js";
import { PROVIDER_METRIC_TERMS } from "../../../src/flow/lint/provider-metric-terms.js";
import { findingsOf, goodModel, lintInput } from "./lint-fixture.js";

type Good = ReturnType<typeof goodModel>;
const modify = (change: (m: Good) => void): Good => {
  const m = goodModel();
  change(m);
  return m;
};
// The fixture's services by position: product (business), app, platform (technical, supplied).
const product = (m: Good) => m.services[0] as Record<string, unknown>;

describe("the built-in rules", () => {
  it("all pass the good model", () => {
    expect(lintInput(goodModel())).toEqual([]);
  });

  it("have unique kebab-case names, a description and a severity", () => {
    const names = LINT_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of LINT_RULES) {
      expect(rule.name).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(["error", "warning", "info"]).toContain(rule.defaultSeverity);
    }
    expect(names).toEqual(expect.arrayContaining(["low-satisfaction", "unallocated-cost"]));
  });

  it("cannot be changed by a caller", () => {
    expect(Object.isFrozen(LINT_RULES)).toBe(true);
    expect(Object.isFrozen(LINT_RULES[0])).toBe(true);
    expect(() => {
      (LINT_RULES[0] as { defaultSeverity: string }).defaultSeverity = "error";
    }).toThrow(TypeError);
  });
});

describe("business-service-without-owner", () => {
  it("reports a business service with no owner, not a technical or a retired one", () => {
    const m = modify((m) => {
      delete product(m).owner;
      delete (m.services[1] as Record<string, unknown>).owner;
      m.services.push({ id: "old", name: "Old", kind: "business", lifecycle: "retired", consumers: ["finance"] });
    });
    expect(findingsOf(m, "business-service-without-owner")).toEqual([["services[0]", "product"]]);
  });
});

describe("business-service-without-customer", () => {
  it("reports a business service none of whose consumers is a customer", () => {
    const m = modify((m) => {
      product(m).consumers = ["staff"];
    });
    expect(findingsOf(m, "business-service-without-customer")).toEqual([["services[0].consumers", "product"]]);
    const none = modify((m) => {
      product(m).consumers = [];
      m.journeys[0]!.stages![0]!.touchpoints![0]!.actors = ["finance", "staff", "it"];
    });
    expect(findingsOf(none, "business-service-without-customer")).toEqual([["services[0].consumers", "product"]]);
  });

  it("counts a consumer written as { stakeholder, share }", () => {
    const m = modify((m) => {
      product(m).consumers = [{ stakeholder: "finance", share: 3 }];
    });
    expect(findingsOf(m, "business-service-without-customer")).toEqual([]);
  });
});

describe("business-service-without-sponsor", () => {
  it("reports a business service with no sponsor among its consumers (who pays?)", () => {
    const m = modify((m) => {
      m.stakeholders[1]!.roles = ["customer"];
    });
    const findings = lintInput(m).filter((f) => f.rule === "business-service-without-sponsor");
    expect(findings.map((f) => [f.path, f.severity])).toEqual([["services[0].consumers", "warning"]]);
    expect(findings[0]!.message).toContain("who pays?");
  });
});

describe("agreement-without-outcome", () => {
  it("reports an agreement with no outcome or a blank one", () => {
    const m = modify((m) => {
      delete (product(m).agreement as Record<string, unknown>).outcome;
      m.services[1]!.agreement = { outcome: "   ", targets: [] };
    });
    expect(findingsOf(m, "agreement-without-outcome")).toEqual([
      ["services[0].agreement", "product"],
      ["services[1].agreement", "app"],
    ]);
  });

  it("says nothing about a service without an agreement", () => {
    const m = modify((m) => {
      delete product(m).agreement;
    });
    expect(findingsOf(m, "agreement-without-outcome")).toEqual([]);
  });
});

describe("agreement-provider-metrics-only", () => {
  const withMetrics = (...metrics: string[]) =>
    modify((m) => {
      (product(m).agreement as Record<string, unknown>).targets = metrics.map((metric) => ({ metric, target: 1 }));
    });

  it("reports an agreement whose targets are all provider-side", () => {
    const m = withMetrics("Server uptime", "CPU utilisation", "Mean time to repair (MTTR)", "Response-time of the API");
    const findings = lintInput(m).filter((f) => f.rule === "agreement-provider-metrics-only");
    expect(findings.map((f) => [f.path, f.id, f.severity])).toEqual([["services[0].agreement.targets", "product", "warning"]]);
    expect(findings[0]!.message).toContain('"Server uptime"');
  });

  it("passes when one target names a customer outcome, and when there are no targets", () => {
    expect(findingsOf(withMetrics("Uptime", "Orders placed without calling for help"), "agreement-provider-metrics-only")).toEqual([]);
    expect(findingsOf(withMetrics(), "agreement-provider-metrics-only")).toEqual([]);
  });

  it("matches whole words only: 'upload' is not 'load', 'serverless' is not 'server'", () => {
    expect(findingsOf(withMetrics("Uploads that succeed", "Serverless functions deployed"), "agreement-provider-metrics-only")).toEqual([]);
  });

  it("takes its word list from the providerTerms option", () => {
    const m = withMetrics("Orders placed");
    expect(findingsOf(m, "agreement-provider-metrics-only")).toEqual([]);
    const options = { ruleOptions: { "agreement-provider-metrics-only": { providerTerms: ["orders placed"] } } };
    expect(findingsOf(m, "agreement-provider-metrics-only", options)).toEqual([["services[0].agreement.targets", "product"]]);
    expect(PROVIDER_METRIC_TERMS).toEqual(expect.arrayContaining(["uptime", "cpu", "latency", "response time", "mttr"]));
  });
});

describe("technical-service-without-business-service", () => {
  it("reports a live technical service no business service reaches, directly or transitively", () => {
    const m = modify((m) => {
      m.services.push(
        { id: "lonely", name: "Lonely", owner: "it", dependsOn: ["platform"] },
        { id: "deep", name: "Deep", owner: "it" },
        { id: "planned", name: "Planned", owner: "it", lifecycle: "pipeline" },
        { id: "gone", name: "Gone", owner: "it", lifecycle: "retired" },
      );
      // platform is reached through app (bundled by product), deep through platform.
      m.services[2]!.dependsOn = ["deep"];
      m.resources[0]!.supports = ["app", "platform", "lonely", "deep", "planned", "gone"];
    });
    const findings = lintInput(m).filter((f) => f.rule === "technical-service-without-business-service");
    expect(findings.map((f) => [f.path, f.id, f.severity])).toEqual([["services[3]", "lonely", "error"]]);
  });

  it("does not count a retired business service as a consumer", () => {
    const m = modify((m) => {
      product(m).lifecycle = "retired";
    });
    expect(findingsOf(m, "technical-service-without-business-service")).toEqual([
      ["services[1]", "app"],
      ["services[2]", "platform"],
    ]);
  });
});

describe("supplier-without-contract", () => {
  it("reports a supplied service that no partners-and-suppliers resource supports", () => {
    const m = modify((m) => {
      m.resources[1]!.dimension = "information-and-technology";
    });
    expect(findingsOf(m, "supplier-without-contract")).toEqual([["services[2].supplier", "platform"]]);
  });

  it("does not count a contract that supports another service", () => {
    const m = modify((m) => {
      m.resources[1]!.supports = ["app"];
    });
    expect(findingsOf(m, "supplier-without-contract")).toEqual([["services[2].supplier", "platform"]]);
  });
});

describe("depends-on-inactive-service", () => {
  it("reports a live service that depends on or bundles a retired or pipeline one, at the reference", () => {
    const m = modify((m) => {
      m.services[2]!.lifecycle = "retired";
      m.services[1]!.lifecycle = "pipeline";
    });
    const findings = lintInput(m).filter((f) => f.rule === "depends-on-inactive-service");
    expect(findings.map((f) => [f.path, f.id, f.severity])).toEqual([["services[0].bundles[0].service", "product", "error"]]);
    expect(findings[0]!.message).toMatch(/bundles "app", which is still in the pipeline/);
    const retired = modify((m) => {
      m.services[2]!.lifecycle = "retired";
    });
    expect(lintInput(retired).filter((f) => f.rule === "depends-on-inactive-service").map((f) => [f.path, f.message.includes("retired")])).toEqual([
      ["services[1].dependsOn[0].service", true],
    ]);
  });

  it("says nothing when the consumer is not live itself", () => {
    const m = modify((m) => {
      m.services[2]!.lifecycle = "pipeline";
      m.services[1]!.lifecycle = "pipeline";
      product(m).lifecycle = "pipeline";
    });
    expect(findingsOf(m, "depends-on-inactive-service")).toEqual([]);
  });
});

describe("value-stream-without-engage", () => {
  it("reports a value stream with no engage step, and one with no steps", () => {
    const m = modify((m) => {
      m.valueStreams[0]!.steps![0]!.activity = "plan";
      m.valueStreams.push({ id: "empty", name: "Empty", trigger: "t", outcome: "o" });
    });
    expect(findingsOf(m, "value-stream-without-engage")).toEqual([
      ["valueStreams[0]", "request"],
      ["valueStreams[1]", "empty"],
    ]);
  });
});

describe("step-without-practice", () => {
  it("reports each step that names no practice, as info", () => {
    const m = modify((m) => {
      m.valueStreams[0]!.steps![1]!.practices = [];
    });
    const findings = lintInput(m).filter((f) => f.rule === "step-without-practice");
    expect(findings.map((f) => [f.path, f.id, f.severity])).toEqual([["valueStreams[0].steps[1]", "do", "info"]]);
  });
});

describe("unallocated-cost", () => {
  it("reports a resource that supports nothing, saying whether it has a cost", () => {
    const m = modify((m) => {
      m.resources.push({ id: "fax", name: "Fax machines", dimension: "information-and-technology" });
      m.resources.push({ id: "idle", name: "Idle", dimension: "organizations-and-people", supports: [] });
      m.costs.push({ of: "fax", category: "hardware", amount: 9000 });
    });
    const findings = lintInput(m).filter((f) => f.rule === "unallocated-cost");
    expect(findings.map((f) => [f.path, f.id, f.severity])).toEqual([
      ["resources[2]", "fax", "warning"],
      ["resources[3]", "idle", "warning"],
    ]);
    expect(findings[0]!.message).toContain("costs stay unallocated");
    expect(findings[1]!.message).toContain("carries no cost yet");
  });
});

describe("stakeholder-without-relationship", () => {
  it("reports a stakeholder in no relationship, with a hint for its role", () => {
    const m = modify((m) => {
      m.stakeholders.push({ id: "carrier", name: "Carrier", roles: ["supplier"] }, { id: "board", name: "Board", roles: ["sponsor"] });
    });
    const findings = lintInput(m).filter((f) => f.rule === "stakeholder-without-relationship");
    expect(findings.map((f) => [f.path, f.id, f.severity])).toEqual([
      ["stakeholders[4]", "carrier", "info"],
      ["stakeholders[5]", "board", "info"],
    ]);
    expect(findings[0]!.message).toContain("supplier of the services");
    expect(findings[1]!.message).toContain("consumers");
  });

  it("counts every kind of relationship", () => {
    const related = (change: (m: Good) => void) => {
      const m = modify((m) => {
        m.stakeholders.push({ id: "x", name: "X", roles: ["customer", "user", "sponsor", "supplier", "provider"] });
        change(m);
      });
      return findingsOf(m, "stakeholder-without-relationship");
    };
    expect(related(() => {})).toEqual([["stakeholders[4]", "x"]]);
    expect(related((m) => void (product(m).owner = "x"))).toEqual([]);
    expect(related((m) => void (m.services[1]!.supplier = "x"))).toEqual([]);
    expect(related((m) => void (product(m).consumers = ["finance", "staff", "x"]))).toEqual([]);
    expect(related((m) => void (m.valueStreams[0]!.consumer = "x"))).toEqual([]);
    expect(related((m) => void (m.valueStreams[0]!.steps![1]!.performer = "x"))).toEqual([]);
    expect(related((m) => void (m.journeys[0]!.stakeholder = "x"))).toEqual([]);
    expect(related((m) => void (m.journeys[0]!.stages![0]!.touchpoints![0]!.actors = ["x", "finance", "it"]))).toEqual([]);
  });
});

describe("unmitigated-risk", () => {
  it("reports a risk above the threshold that no investment reduces", () => {
    const m = modify((m) => {
      m.investments[0]!.reduces = [];
    });
    const findings = lintInput(m).filter((f) => f.rule === "unmitigated-risk");
    // 2 events a year x 100,000 EUR = 200,000 EUR a year > 100,000.
    expect(findings.map((f) => [f.path, f.id, f.severity])).toEqual([["risks[0]", "outage", "warning"]]);
    expect(findings[0]!.message).toContain("200,000 EUR");
  });

  it("uses estimate means, the threshold option, and ignores a reduction by 0", () => {
    const m = modify((m) => {
      m.investments[0]!.reduces = [{ risk: "outage", by: 0 }];
      // PERT mean (0 + 4 x 1 + 8) / 6 = 2 events a year; x 1,000 EUR = 2,000 EUR a year.
      m.risks[1]!.frequency = { low: 0, mode: 1, high: 8 };
    });
    expect(findingsOf(m, "unmitigated-risk")).toEqual([["risks[0]", "outage"]]);
    expect(findingsOf(m, "unmitigated-risk", { ruleOptions: { "unmitigated-risk": { threshold: 1999 } } })).toEqual([
      ["risks[0]", "outage"],
      ["risks[1]", "small"],
    ]);
    // Exactly at the threshold is not above it.
    expect(findingsOf(m, "unmitigated-risk", { ruleOptions: { "unmitigated-risk": { threshold: 200_000 } } })).toEqual([]);
  });
});

describe("low-satisfaction", () => {
  it("reports a journey stage whose mean satisfaction is below 3, naming its worst touchpoint", () => {
    const m = modify((m) => {
      m.journeys[0]!.stages!.push(
        {
          stage: "onboard",
          touchpoints: [
            { name: "Migration", actors: ["staff"], satisfaction: 2.5, service: "product" },
            { name: "Training", actors: ["staff"], satisfaction: 3 },
          ],
        },
        { stage: "realize", touchpoints: [{ name: "Review", actors: ["finance"], satisfaction: 3 }] },
        { stage: "agree" },
      );
    });
    const findings = lintInput(m).filter((f) => f.rule === "low-satisfaction");
    // onboard: (2.5 + 3) / 2 = 2.75 < 3; realize: exactly 3 is not below; agree has no touchpoint, so no score.
    expect(findings.map((f) => [f.path, f.id, f.severity])).toEqual([["journeys[0].stages[1]", "finance-journey", "warning"]]);
    expect(findings[0]!.message).toContain('scores 2.75 on average, below 3');
    expect(findings[0]!.message).toContain('"Migration" (2.5, service "product")');
  });

  it("takes its threshold from the below option", () => {
    const m = goodModel();
    expect(findingsOf(m, "low-satisfaction", { ruleOptions: { "low-satisfaction": { below: 4.5 } } })).toEqual([["journeys[0].stages[0]", "finance-journey"]]);
  });
});
