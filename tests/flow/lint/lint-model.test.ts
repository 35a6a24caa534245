import { describe, expect, it } from "vitest";
import { lintModel } from "../../../src/flow/lint/lint-model.js";
import type { LintRule } from "../../../src/flow/lint/lint-rule.js";
import { ModelError } from "../../../src/model/errors.js";
import { parseModel } from "../../../src/model/parse-model.js";
import type { Model, ModelInput } from "../../../src/model/schema/model.js";
import { goodModel, lintInput } from "./lint-fixture.js";

/** The good model with one problem of each severity: a resource supporting nothing (warning), an owner-less
 * business service (warning), a stakeholder in no relationship (info), a live service bundling a pipeline one (error). */
function flawed(lint?: ModelInput["lint"]): Model {
  const m = goodModel();
  m.resources.push({ id: "idle", name: "Idle", dimension: "organizations-and-people" });
  delete (m.services[0] as Record<string, unknown>).owner;
  m.stakeholders.push({ id: "carrier", name: "Carrier", roles: ["supplier"] });
  m.services[1]!.lifecycle = "pipeline";
  return parseModel(lint ? { ...m, lint } : m);
}
const summary = (findings: { rule: string; severity: string; path: string }[]) => findings.map((f) => `${f.severity} ${f.path} ${f.rule}`);

/** What `fn` throws, for asserting code and issue paths. */
function thrown(fn: () => unknown): ModelError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error("expected a ModelError");
}

describe("lintModel", () => {
  it("gives findings with rule, severity, path, message and id, sorted by severity then path", () => {
    const findings = lintModel(flawed());
    expect(summary(findings)).toEqual([
      "error services[0].bundles[0].service depends-on-inactive-service",
      "warning resources[2] unallocated-cost",
      "warning services[0] business-service-without-owner",
      "info stakeholders[4] stakeholder-without-relationship",
    ]);
    expect(findings[0]).toEqual({
      rule: "depends-on-inactive-service",
      severity: "error",
      path: "services[0].bundles[0].service",
      id: "product",
      message: expect.stringMatching(/^live service "product" bundles "app", which is still in the pipeline: .*set "product" to pipeline too/),
    });
  });

  it("sorts paths in document order, indexes as numbers", () => {
    const m = goodModel();
    for (let i = 0; i < 12; i++) m.resources.push({ id: `r${i}`, name: `R${i}`, dimension: "organizations-and-people" });
    m.stakeholders.push({ id: "lonely", name: "Lonely", roles: ["user"] });
    const paths = lintInput(m, { severity: { "stakeholder-without-relationship": "warning" } }).map((f) => f.path);
    expect(paths).toEqual(["stakeholders[4]", ...Array.from({ length: 12 }, (_, i) => `resources[${i + 2}]`)]);
  });

  it("changes a rule's severity or switches it off through options", () => {
    const findings = lintModel(flawed(), {
      severity: { "business-service-without-owner": "error", "unallocated-cost": "off", "stakeholder-without-relationship": "warning" },
    });
    expect(summary(findings)).toEqual([
      "error services[0] business-service-without-owner",
      "error services[0].bundles[0].service depends-on-inactive-service",
      "warning stakeholders[4] stakeholder-without-relationship",
    ]);
  });

  it("takes levels and options from the model's lint block", () => {
    const model = flawed({
      rules: {
        "unallocated-cost": "info",
        "depends-on-inactive-service": { level: "off" },
        "business-service-without-owner": { options: {} },
      },
    });
    expect(summary(lintModel(model))).toEqual([
      "warning services[0] business-service-without-owner",
      "info stakeholders[4] stakeholder-without-relationship",
      "info resources[2] unallocated-cost",
    ]);
  });

  it("lets options override the model's lint block, level and rule options alike", () => {
    const m = goodModel();
    m.investments[0]!.reduces = [];
    // The outage risk loses 200,000 a year; the small one 1,000.
    const model = parseModel({ ...m, lint: { rules: { "unmitigated-risk": { level: "error", options: { threshold: 500_000 } } } } });
    expect(lintModel(model)).toEqual([]);
    expect(summary(lintModel(model, { ruleOptions: { "unmitigated-risk": { threshold: 150_000 } } }))).toEqual(["error risks[0] unmitigated-risk"]);
    expect(summary(lintModel(model, { severity: { "unmitigated-risk": "info" }, ruleOptions: { "unmitigated-risk": { threshold: 500 } } }))).toEqual([
      "info risks[0] unmitigated-risk",
      "info risks[1] unmitigated-risk",
    ]);
  });

  it("does not run a rule that is off", () => {
    let runs = 0;
    const counting: LintRule = { name: "counting", description: "Counts its runs.", defaultSeverity: "info", check: () => (runs++, []) };
    lintModel(flawed(), { rules: [counting], severity: { counting: "off" } });
    expect(runs).toBe(0);
    lintModel(flawed(), { rules: [counting] });
    expect(runs).toBe(1);
  });
});

describe("lintModel with custom rules", () => {
  const noDescription: LintRule = {
    name: "service-without-description",
    description: "A service with no description.",
    defaultSeverity: "info",
    options: { kinds: { type: "string-list", default: ["business"], description: "Service kinds to check." } },
    check(model, { options, severity }) {
      const kinds = options.kinds as readonly string[];
      return model.services.flatMap((s, i) =>
        kinds.includes(s.kind) && !s.description ? [{ path: `services[${i}]`, id: s.id, message: `describe "${s.id}" (${severity})`, suggestion: "a sentence" }] : [],
      );
    },
  };

  it("runs them with the built-in ones, with their options and severity from the call or the file", () => {
    const findings = lintModel(flawed(), { rules: [noDescription] });
    expect(findings.filter((f) => f.rule === "service-without-description")).toEqual([
      { rule: "service-without-description", severity: "info", path: "services[0]", id: "product", message: 'describe "product" (info)', suggestion: "a sentence" },
    ]);
    expect(findings).toHaveLength(5);
    const technical = lintModel(flawed(), { rules: [noDescription], ruleOptions: { "service-without-description": { kinds: ["technical"] } } });
    expect(technical.filter((f) => f.rule === "service-without-description").map((f) => f.id)).toEqual(["app", "platform"]);
    const fromFile = flawed({ rules: { "service-without-description": "error" } });
    expect(summary(lintModel(fromFile, { rules: [noDescription] })).slice(0, 2)).toEqual([
      "error services[0] service-without-description",
      "error services[0].bundles[0].service depends-on-inactive-service",
    ]);
  });

  it("runs only them with builtIns: false", () => {
    expect(summary(lintModel(flawed(), { rules: [noDescription], builtIns: false }))).toEqual(["info services[0] service-without-description"]);
    expect(lintModel(flawed(), { builtIns: false })).toEqual([]);
  });

  it("accepts a generator as check", () => {
    const generated: LintRule = {
      name: "every-stakeholder",
      description: "Lists every stakeholder.",
      defaultSeverity: "info",
      *check(model) {
        for (const [i, s] of model.stakeholders.entries()) yield { path: `stakeholders[${i}]`, message: `hello "${s.id}"` };
      },
    };
    expect(lintModel(parseModel(goodModel()), { rules: [generated] }).map((f) => f.message)).toEqual([
      'hello "it"',
      'hello "finance"',
      'hello "staff"',
      'hello "vendor"',
    ]);
  });

  it("refuses a malformed rule, naming what is wrong", () => {
    const model = flawed();
    const bad = thrown(() =>
      lintModel(model, {
        rules: [
          { name: "Bad Name", description: "x", defaultSeverity: "warn", check: () => [] } as unknown as LintRule,
          { name: "no-check", description: "x", defaultSeverity: "info" } as unknown as LintRule,
          "rule" as unknown as LintRule,
          { ...noDescription, options: { kinds: { type: "number", default: "x", description: "" } } } as unknown as LintRule,
        ],
      }),
    );
    expect(bad.code).toBe("invalid-argument");
    expect(bad.issues.map((i) => i.path)).toEqual(["rules[0].name", "rules[0].defaultSeverity", "rules[1].check", "rules[2]", "rules[3].options.kinds.default"]);
    expect(bad.issues[1]!.suggestion).toBe("warning");
    expect(bad.message).toMatch(/^lintModel: 5 problems in the options/);
  });

  it("refuses a rule whose name is taken, by a built-in rule or another custom rule", () => {
    const clash = thrown(() => lintModel(flawed(), { rules: [{ ...noDescription, name: "unallocated-cost" }, noDescription, noDescription] }));
    expect(clash.code).toBe("invalid-argument");
    expect(clash.issues.map((i) => [i.path, i.code])).toEqual([
      ["rules[0].name", "duplicate-rule"],
      ["rules[2].name", "duplicate-rule"],
    ]);
    // Without the built-in rules, the name is free.
    expect(lintModel(flawed(), { rules: [{ ...noDescription, name: "unallocated-cost" }], builtIns: false })).toHaveLength(1);
  });

  it("refuses a finding that is not one, naming the rule", () => {
    const badFindings = [null, { message: "no path" }, { path: "services[0]", message: "" }, { path: "x", message: "m", id: 3 }, { path: "x", message: "m", suggestion: {} }];
    for (const finding of badFindings) {
      const rule: LintRule = { name: "broken", description: "Returns junk.", defaultSeverity: "info", check: () => [finding as never] };
      const error = thrown(() => lintModel(flawed(), { rules: [rule] }));
      expect([error.code, error.issues[0]!.code]).toEqual(["invalid-argument", "invalid-rule"]);
      expect(error.message).toContain('rule "broken" returned a bad finding');
    }
    const notAList: LintRule = { name: "not-a-list", description: "Returns a number.", defaultSeverity: "info", check: () => 3 as never };
    expect(thrown(() => lintModel(flawed(), { rules: [notAList] })).message).toContain('rule "not-a-list" must return a list of findings, got 3');
  });

  it("lets the error of a failing custom rule through unchanged", () => {
    const failing: LintRule = {
      name: "failing",
      description: "Throws.",
      defaultSeverity: "info",
      check: () => {
        throw new RangeError("my bug");
      },
    };
    expect(() => lintModel(flawed(), { rules: [failing] })).toThrow(RangeError);
  });
});

describe("lintModel refuses bad settings", () => {
  it("an unknown rule name in options, with a suggestion", () => {
    const error = thrown(() => lintModel(flawed(), { severity: { "low-satisfactoin": "off" }, ruleOptions: { "unmitigated-risks": { threshold: 1 } } }));
    expect(error.code).toBe("invalid-argument");
    expect(error.issues.map((i) => [i.path, i.code, i.suggestion])).toEqual([
      ['severity["low-satisfactoin"]', "unknown-rule", "low-satisfaction"],
      ['ruleOptions["unmitigated-risks"]', "unknown-rule", "unmitigated-risk"],
    ]);
    expect(error.issues[0]!.message).toBe('unknown lint rule "low-satisfactoin" (did you mean "low-satisfaction"?); the rules are listed in docs/lint.md');
  });

  it("an unknown rule name in the model's lint block, with a suggestion", () => {
    const model = flawed({ rules: { "unallocated-costs": "info", "low-satisfaction": "warning", "zzz-qqq": "off" } });
    const error = thrown(() => lintModel(model));
    expect(error.code).toBe("invalid-model");
    expect(error.issues.map((i) => [i.path, i.code, i.suggestion])).toEqual([
      ['lint.rules["unallocated-costs"]', "unknown-rule", "unallocated-cost"],
      ['lint.rules["zzz-qqq"]', "unknown-rule", undefined],
    ]);
    expect(error.message).toMatch(/^lintModel: 2 problems in the model's lint settings/);
  });

  it("a custom rule's name in the model's lint block when the rule is not passed", () => {
    const model = flawed({ rules: { "service-without-description": "error" } });
    expect(thrown(() => lintModel(model)).issues.map((i) => i.path)).toEqual(['lint.rules["service-without-description"]']);
  });

  it("an unknown level in options, suggesting the right word", () => {
    const error = thrown(() => lintModel(flawed(), { severity: { "unallocated-cost": "warn" as never, "low-satisfaction": 2 as never } }));
    expect(error.code).toBe("invalid-argument");
    expect(error.issues.map((i) => [i.path, i.code, i.suggestion])).toEqual([
      ['severity["unallocated-cost"]', "invalid-level", "warning"],
      ['severity["low-satisfaction"]', "invalid-level", undefined],
    ]);
  });

  it("a bad rule option in options: unknown name, wrong type, out of range", () => {
    const error = thrown(() =>
      lintModel(flawed(), {
        ruleOptions: {
          "low-satisfaction": { belwo: 3 },
          "unmitigated-risk": { threshold: -5 },
          "unallocated-cost": { x: 1 },
          "agreement-provider-metrics-only": { providerTerms: "uptime" as never },
        },
      }),
    );
    expect(error.code).toBe("invalid-argument");
    expect(error.issues.map((i) => [i.path, i.code, i.suggestion])).toEqual([
      ['ruleOptions["low-satisfaction"].belwo', "unknown-option", "below"],
      ['ruleOptions["unmitigated-risk"].threshold', "invalid-option", undefined],
      ['ruleOptions["unallocated-cost"].x', "unknown-option", undefined],
      ['ruleOptions["agreement-provider-metrics-only"].providerTerms', "invalid-option", undefined],
    ]);
    expect(error.issues[1]!.message).toBe('option threshold of rule "unmitigated-risk" must be a number of at least 0, got -5');
    expect(error.issues[2]!.message).toContain("it takes no options");
  });

  it("a bad rule option in the model's lint block", () => {
    const model = flawed({ rules: { "low-satisfaction": { level: "warning", options: { below: 7 } }, "unmitigated-risk": { options: { treshold: 1 } } } });
    const error = thrown(() => lintModel(model));
    expect(error.code).toBe("invalid-model");
    expect(error.issues.map((i) => [i.path, i.code, i.suggestion])).toEqual([
      ['lint.rules["low-satisfaction"].options.below', "invalid-option", undefined],
      ['lint.rules["unmitigated-risk"].options.treshold', "unknown-option", "threshold"],
    ]);
    expect(error.issues[0]!.message).toBe('option below of rule "low-satisfaction" must be a number from 1 to 5, got 7');
  });

  it("options that are not options", () => {
    const model = flawed();
    const cases: [unknown, string, string][] = [
      ["strict", "", "invalid-argument"],
      [{ severty: {} }, "severty", "unknown-option"],
      [{ severity: ["off"] }, "severity", "invalid-argument"],
      [{ ruleOptions: { "low-satisfaction": 3 } }, 'ruleOptions["low-satisfaction"]', "invalid-argument"],
      [{ rules: {} }, "rules", "invalid-argument"],
      [{ builtIns: "no" }, "builtIns", "invalid-argument"],
    ];
    for (const [options, path, code] of cases) {
      const error = thrown(() => lintModel(model, options as never));
      expect([error.code, error.issues[0]!.path, error.issues[0]!.code]).toEqual(["invalid-argument", path, code]);
    }
    expect(thrown(() => lintModel(model, { severty: {} } as never)).issues[0]!.suggestion).toBe("severity");
  });

  it("a model that is not a parsed model", () => {
    for (const bad of [undefined, null, 3, "model", [], { name: "x" }]) {
      expect(thrown(() => lintModel(bad as never)).code).toBe("invalid-argument");
    }
    const model = flawed();
    const unparsed = { ...model, services: [{ id: "x", kind: "business", consumers: "nobody" }] };
    const error = thrown(() => lintModel(unparsed as never));
    expect(error.code).toBe("invalid-argument");
    expect(error.message).toContain("parse it with parseModel first");
    const badLint = { ...model, lint: { rules: [] } };
    expect(thrown(() => lintModel(badLint as never)).issues.map((i) => [i.path, i.code])).toEqual([["lint.rules", "invalid-argument"]]);
  });
});
