import { describe, expect, it } from "vitest";
import { ModelError } from "../../src/model/errors.js";
import { parseModel, safeParseModel } from "../../src/model/parse-model.js";
import { toModelInput } from "../../src/model/to-model-input.js";

/** The issues of a model that must fail, as `path -> code`. */
function issuesOf(input: unknown): { path: string; code: string; message: string; suggestion?: string }[] {
  const result = safeParseModel(input);
  if (result.success) throw new Error("expected the model to be invalid");
  expect(result.error).toBeInstanceOf(ModelError);
  expect(result.error.name).toBe("ModelError");
  expect(result.error.code).toBe("invalid-model");
  return [...result.error.issues];
}
const pathsAndCodes = (input: unknown) => issuesOf(input).map((i) => [i.path, i.code]);

const stakeholders = [
  { id: "finance", name: "Finance", roles: ["customer", "sponsor"] },
  { id: "staff", name: "Employees", roles: ["user"] },
  { id: "it", name: "IT", roles: ["provider"] },
  { id: "cloudco", name: "CloudCo", roles: ["supplier"], internal: false },
];

describe("parseModel: normalisation", () => {
  it("accepts a model with no elements and fills the defaults", () => {
    const model = parseModel({ name: "Empty" });
    expect(model).toMatchObject({ name: "Empty", currency: "EUR", horizonYears: 5, discountRate: 0.08, services: [], lint: { rules: {} } });
  });

  it("fills element defaults and turns references into their object form", () => {
    const model = parseModel({
      name: "m",
      stakeholders,
      services: [
        { id: "db", name: "Database" },
        { id: "mail", name: "Mail", owner: "it", consumers: ["staff", { stakeholder: "finance", share: 3 }], dependsOn: ["db", { service: "db2", share: 2 }] },
        { id: "db2", name: "Database 2" },
      ],
      resources: [{ id: "team", name: "Team", dimension: "organizations-and-people", supports: ["mail"] }],
    });
    const mail = model.services[1]!;
    expect(mail.kind).toBe("technical");
    expect(mail.lifecycle).toBe("live");
    expect(mail.consumers).toEqual([
      { stakeholder: "staff", share: 1 },
      { stakeholder: "finance", share: 3 },
    ]);
    expect(mail.dependsOn).toEqual([
      { service: "db", share: 1 },
      { service: "db2", share: 2 },
    ]);
    expect(model.resources[0]!.supports).toEqual([{ service: "mail", share: 1 }]);
    expect(model.stakeholders[0]).toMatchObject({ kind: "organization", internal: true });
  });

  it("turns durations into hours and keeps what was written", () => {
    const model = parseModel({
      name: "m",
      valueStreams: [
        {
          id: "vs",
          name: "VS",
          trigger: "t",
          outcome: "o",
          steps: [
            { id: "a", name: "A", activity: "engage", processTime: "30m", waitTime: "2d" },
            { id: "b", name: "B", activity: "plan", processTime: "1w", waitTime: "1d 4h" },
            { id: "c", name: "C", activity: "improve", processTime: 1.5 },
          ],
        },
      ],
    });
    const [a, b, c] = model.valueStreams[0]!.steps;
    expect([a!.processTimeHours, a!.waitTimeHours]).toEqual([0.5, 48]);
    expect([b!.processTimeHours, b!.waitTimeHours]).toEqual([168, 28]);
    expect([c!.processTimeHours, c!.waitTimeHours, c!.pctCompleteAccurate]).toEqual([1.5, 0, 1]);
    expect(a!.processTime).toBe("30m");
  });

  it("maps practice aliases and spelled-out names to ids", () => {
    const model = parseModel({
      name: "m",
      valueStreams: [
        {
          id: "vs",
          name: "VS",
          trigger: "t",
          outcome: "o",
          steps: [{ id: "a", name: "A", activity: "engage", processTime: 1, practices: ["change-control", "Service catalog management", "service-desk"] }],
        },
      ],
    });
    expect(model.valueStreams[0]!.steps[0]!.practices).toEqual(["change-enablement", "service-catalogue-management", "service-desk"]);
  });

  it("makes estimates explicit, with the spec's means", () => {
    const model = parseModel({
      name: "m",
      resources: [{ id: "r", name: "R", dimension: "information-and-technology" }],
      costs: [
        { of: "r", category: "software", amount: 1200 },
        { of: "r", category: "software", amount: { low: 10, high: 100 } },
        { of: "r", category: "software", amount: { low: 0, high: 100 } },
        { of: "r", category: "software", amount: { low: 10, mode: 20, high: 60 } },
        { of: "r", category: "software", amount: { low: 10, mode: 20, high: 60, distribution: "triangular" } },
        { of: "r", category: "software", amount: { low: 10, high: 30, distribution: "uniform", confidence: 0.8 } },
      ],
    });
    const amounts = model.costs.map((c) => c.amount);
    expect(amounts[0]).toEqual({ kind: "fixed", value: 1200, mean: 1200 });
    // Lognormal from a 90% interval: mu = ln(sqrt(10 * 100)), sigma = ln(10) / (2 * 1.6448536), mean = exp(mu + sigma^2 / 2).
    const sigma = Math.log(10) / (2 * 1.6448536269514722);
    expect(amounts[1]).toMatchObject({ kind: "interval", distribution: "lognormal", confidence: 0.9 });
    expect(amounts[1]!.mean).toBeCloseTo(Math.sqrt(1000) * Math.exp((sigma * sigma) / 2), 10);
    expect(amounts[1]!.mean).toBeCloseTo(40.400128269457, 9); // python: sqrt(1000) * exp((ln(10) / (2 * 1.6448536269514722))**2 / 2)
    expect(amounts[2]).toMatchObject({ kind: "interval", distribution: "normal", mean: 50 });
    expect(amounts[3]).toMatchObject({ kind: "three-point", distribution: "pert", mean: (10 + 80 + 60) / 6 });
    expect(amounts[4]).toMatchObject({ kind: "three-point", distribution: "triangular", mean: 30 });
    expect(amounts[5]).toMatchObject({ kind: "interval", distribution: "uniform", confidence: 0.8, mean: 20 });
  });

  it("returns a deeply frozen model", () => {
    const model = parseModel({ name: "m", stakeholders, services: [{ id: "mail", name: "Mail", consumers: ["staff"] }] });
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(model.services)).toBe(true);
    expect(Object.isFrozen(model.services[0]!.consumers[0])).toBe(true);
    expect(() => {
      (model.services as unknown as unknown[]).push(1);
    }).toThrow(TypeError);
  });

  it("parses its own output again to an equal model (normalised form and written form)", () => {
    const input = {
      name: "m",
      stakeholders,
      services: [{ id: "mail", name: "Mail", consumers: [{ stakeholder: "finance", share: 2, costsRemoved: { low: 1, high: 5 } }] }],
      valueStreams: [{ id: "vs", name: "VS", trigger: "t", outcome: "o", steps: [{ id: "a", name: "A", activity: "engage", processTime: "2h" }] }],
      costs: [{ of: "mail", category: "software", amount: { low: 1, mode: 2, high: 4 }, growth: 0.03 }],
    };
    const model = parseModel(input);
    expect(parseModel(JSON.parse(JSON.stringify(model)))).toEqual(model);
    expect(parseModel(toModelInput(model))).toEqual(model);
  });

  it("keeps meta verbatim on any element and at the top", () => {
    const meta = { owner: { team: "x", tags: ["a", 1, true, null] }, constructor: "fine" };
    const model = parseModel({ name: "m", meta, services: [{ id: "s", name: "S", meta }] });
    expect(model.meta).toEqual(meta);
    expect(model.services[0]!.meta).toEqual(meta);
  });

  it("treats ids such as constructor and prototype like any other", () => {
    const model = parseModel({
      name: "m",
      services: [
        { id: "constructor", name: "C", dependsOn: ["prototype"] },
        { id: "prototype", name: "P" },
        { id: "has-own-property", name: "H", dependsOn: ["constructor"] },
      ],
    });
    expect(model.services.map((s) => s.id)).toEqual(["constructor", "prototype", "has-own-property"]);
    expect(issuesOf({ name: "m", services: [{ id: "s", name: "S", dependsOn: ["constructor"] }] })[0]).toMatchObject({
      path: "services[0].dependsOn[0].service",
      code: "unknown-reference",
    });
  });
});

describe("parseModel: shape errors name the path", () => {
  it("reports missing fields and wrong types", () => {
    expect(pathsAndCodes({})).toEqual([["name", "required"]]);
    expect(pathsAndCodes({ name: 3 })).toEqual([["name", "invalid-type"]]);
    expect(pathsAndCodes({ name: "m", services: [{ id: "s" }] })).toEqual([["services[0].name", "required"]]);
    expect(pathsAndCodes({ name: "m", services: {} })).toEqual([["services", "invalid-type"]]);
    expect(pathsAndCodes({ name: "m", horizonYears: 2.5, discountRate: 8 })).toEqual([
      ["horizonYears", "not-integer"],
      ["discountRate", "out-of-range"],
    ]);
  });

  it("rejects unknown keys with a suggestion (typo protection)", () => {
    const issues = issuesOf({ name: "m", services: [{ id: "s", name: "S", dependOn: [] }] });
    expect(issues).toEqual([expect.objectContaining({ path: "services[0].dependOn", code: "unknown-key", suggestion: "dependsOn" })]);
    expect(issuesOf({ name: "m", nmae: "x" })[0]).toMatchObject({ path: "nmae", code: "unknown-key", suggestion: "name" });
  });

  it("rejects ids that are not kebab-case, suggesting one", () => {
    const issues = issuesOf({ name: "m", services: [{ id: "Mail Service", name: "Mail" }] });
    expect(issues[0]).toMatchObject({ path: "services[0].id", code: "invalid-id", suggestion: "mail-service" });
    expect(pathsAndCodes({ name: "m", services: [{ id: "a".repeat(65), name: "x" }] })).toEqual([["services[0].id", "invalid-id"]]);
    expect(pathsAndCodes({ name: "m", services: [{ id: "-x", name: "x" }] })).toEqual([["services[0].id", "invalid-id"]]);
  });

  it("rejects enum values with a suggestion", () => {
    expect(issuesOf({ name: "m", services: [{ id: "s", name: "S", lifecycle: "retierd" }] })[0]).toMatchObject({
      path: "services[0].lifecycle",
      code: "invalid-value",
      suggestion: "retired",
    });
  });

  it("reports an unknown practice with the closest id", () => {
    const issues = issuesOf({
      name: "m",
      valueStreams: [{ id: "v", name: "V", trigger: "t", outcome: "o", steps: [{ id: "a", name: "A", activity: "engage", processTime: 1, practices: ["incident-mgmt"] }] }],
    });
    expect(issues[0]).toMatchObject({ path: "valueStreams[0].steps[0].practices[0]", code: "unknown-practice", suggestion: "incident-management" });
  });

  it("reports bad durations, fractions and satisfaction scores", () => {
    const issues = pathsAndCodes({
      name: "m",
      valueStreams: [
        { id: "v", name: "V", trigger: "t", outcome: "o", steps: [{ id: "a", name: "A", activity: "engage", processTime: "2 days", waitTime: -1, pctCompleteAccurate: 1.2 }] },
      ],
      journeys: [{ id: "j", name: "J", stakeholder: "x", stages: [{ stage: "onboard", touchpoints: [{ name: "t", satisfaction: 9 }] }] }],
    });
    expect(issues).toEqual([
      ["valueStreams[0].steps[0].processTime", "invalid-duration"],
      ["valueStreams[0].steps[0].waitTime", "invalid-duration"],
      ["valueStreams[0].steps[0].pctCompleteAccurate", "out-of-range"],
      ["journeys[0].stages[0].touchpoints[0].satisfaction", "out-of-range"],
    ]);
  });

  it("reports out-of-range estimates", () => {
    const base = { name: "m", resources: [{ id: "r", name: "R", dimension: "partners-and-suppliers" }] };
    const cost = (amount: unknown) => ({ ...base, costs: [{ of: "r", category: "other", amount }] });
    expect(pathsAndCodes(cost({ low: 10, high: 5 }))).toEqual([["costs[0].amount.low", "out-of-range"]]);
    expect(pathsAndCodes(cost({ low: 1, mode: 9, high: 5 }))).toEqual([["costs[0].amount.mode", "out-of-range"]]);
    expect(pathsAndCodes(cost(-5))).toEqual([["costs[0].amount", "out-of-range"]]);
    expect(pathsAndCodes(cost({ low: 0, high: 5, distribution: "lognormal" }))).toEqual([["costs[0].amount.low", "out-of-range"]]);
    expect(pathsAndCodes(cost({ low: 1, high: 5, confidence: 1 }))).toEqual([["costs[0].amount.confidence", "out-of-range"]]);
    expect(pathsAndCodes(cost({ low: 1, high: 5, distribution: "pert" }))).toEqual([["costs[0].amount.distribution", "invalid-value"]]);
    expect(pathsAndCodes(cost({ low: 1, hihg: 5 }))).toEqual([
      ["costs[0].amount.hihg", "unknown-key"],
      ["costs[0].amount.high", "required"],
    ]);
    expect(pathsAndCodes(cost("lots"))).toEqual([["costs[0].amount", "invalid-type"]]);
    expect(pathsAndCodes(cost({ value: 5, mean: 7 }))).toEqual([["costs[0].amount.mean", "derived-mismatch"]]);
  });

  it("reports shares <= 0, NaN and Infinity", () => {
    expect(pathsAndCodes({ name: "m", services: [{ id: "a", name: "A", dependsOn: [{ service: "b", share: 0 }] }, { id: "b", name: "B" }] })).toEqual([
      ["services[0].dependsOn[0].share", "out-of-range"],
    ]);
    expect(pathsAndCodes({ name: "m", discountRate: Number.NaN })).toEqual([["discountRate", "not-finite"]]);
    expect(pathsAndCodes({ name: "m", horizonYears: Infinity })).toEqual([["horizonYears", "not-finite"]]);
  });
});

describe("parseModel: hostile input", () => {
  it("rejects __proto__ as a key anywhere, without polluting prototypes", () => {
    const input = JSON.parse('{"name":"m","meta":{"__proto__":{"polluted":true}},"services":[{"id":"s","name":"S","__proto__":{"x":1}}]}');
    expect(pathsAndCodes(input)).toEqual([
      ["meta.__proto__", "forbidden-key"],
      ["services[0].__proto__", "forbidden-key"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("rejects a 1 MB label but accepts a 10,000-character one", () => {
    expect(pathsAndCodes({ name: "x".repeat(1_000_000) })).toEqual([["name", "too-long"]]);
    expect(parseModel({ name: "x".repeat(10_000) }).name).toHaveLength(10_000);
  });

  it("rejects deeply nested junk without overflowing the stack", () => {
    let deep: Record<string, unknown> = {};
    const root = { name: "m", meta: deep };
    for (let i = 0; i < 100_000; i++) {
      const next = {};
      deep.x = next;
      deep = next;
    }
    expect(pathsAndCodes(root)).toEqual([["meta.x.x.x.x.x...", "too-deep"]]);
  });

  it("rejects an object that contains itself", () => {
    const meta: Record<string, unknown> = {};
    meta.self = meta;
    expect(pathsAndCodes({ name: "m", meta })).toEqual([["meta.self", "cycle-in-input"]]);
  });

  it("rejects values that are not JSON data", () => {
    expect(pathsAndCodes({ name: "m", meta: { f: () => 1, d: new Date(0), b: 1n } })).toEqual([
      ["meta.f", "invalid-type"],
      ["meta.d", "invalid-type"],
      ["meta.b", "invalid-type"],
    ]);
  });

  it("rejects documents that are not objects", () => {
    for (const input of [null, undefined, 3, "name: x", [], [{ name: "m" }]]) expect(pathsAndCodes(input)).toEqual([["", "invalid-type"]]);
  });
});

describe("parseModel: semantic checks report every problem in one pass", () => {
  it("reports unknown references with a suggestion, and wrong kinds", () => {
    const issues = issuesOf({
      name: "m",
      stakeholders,
      services: [
        { id: "db-cluster", name: "DB" },
        { id: "mail", name: "Mail", dependsOn: ["db"], consumers: ["financ"], owner: "finance" },
      ],
      costs: [{ of: "finance", category: "other", amount: 1 }],
    });
    expect(issues.map((i) => [i.path, i.code, i.suggestion])).toEqual([
      ["services[1].owner", "role-mismatch", "provider"],
      ["services[1].consumers[0].stakeholder", "unknown-reference", "finance"],
      ["services[1].dependsOn[0].service", "unknown-reference", "db-cluster"],
      ["costs[0].of", "wrong-kind", undefined],
    ]);
    expect(issues[2]!.message).toBe('unknown service "db" (did you mean "db-cluster"?)');
  });

  it("reports duplicate ids across kinds", () => {
    expect(pathsAndCodes({ name: "m", stakeholders, services: [{ id: "finance", name: "F" }] })).toEqual([["services[0].id", "duplicate-id"]]);
    expect(
      pathsAndCodes({
        name: "m",
        valueStreams: [
          { id: "v", name: "V", trigger: "t", outcome: "o", steps: [{ id: "v", name: "A", activity: "engage", processTime: 1 }] },
        ],
      }),
    ).toEqual([["valueStreams[0].steps[0].id", "duplicate-id"]]);
  });

  it("reports roles that do not fit", () => {
    expect(
      pathsAndCodes({
        name: "m",
        stakeholders,
        services: [{ id: "s", name: "S", owner: "staff", supplier: "it", consumers: ["cloudco"] }],
        journeys: [],
      }),
    ).toEqual([
      ["services[0].owner", "role-mismatch"],
      ["services[0].supplier", "role-mismatch"],
      ["services[0].consumers[0].stakeholder", "role-mismatch"],
    ]);
  });

  it("reports self and repeated references", () => {
    expect(
      pathsAndCodes({
        name: "m",
        services: [{ id: "a", name: "A", dependsOn: ["a", "b", { service: "b", share: 2 }] }, { id: "b", name: "B" }],
      }),
    ).toEqual([
      ["services[0].dependsOn[0].service", "self-reference"],
      ["services[0].dependsOn[2].service", "duplicate-reference"],
    ]);
  });

  it("reports a bundles cycle, naming it", () => {
    const issues = issuesOf({
      name: "m",
      services: [
        { id: "p", name: "P", kind: "business", bundles: ["q"] },
        { id: "q", name: "Q", kind: "business", bundles: ["r"] },
        { id: "r", name: "R", bundles: ["p"] },
      ],
    });
    expect(issues.map((i) => [i.path, i.code])).toContainEqual(["services[0].bundles[0].service", "bundles-cycle"]);
    expect(issues.find((i) => i.code === "bundles-cycle")!.message).toContain("p -> q -> r -> p");
  });

  it("reports a dependsOn cycle no cost can leave, and accepts one with an exit", () => {
    const cycle = [
      { id: "desk", name: "Service desk", dependsOn: ["network"] },
      { id: "network", name: "Network", dependsOn: ["desk"] },
    ];
    const issues = issuesOf({ name: "m", services: cycle });
    expect(issues.map((i) => [i.path, i.code])).toEqual([["services[0]", "trapped-cycle"]]);
    expect(issues[0]!.message).toContain("desk -> network -> desk");
    const model = parseModel({ name: "m", services: [...cycle, { id: "workplace", name: "Workplace", kind: "business", dependsOn: ["desk"] }] });
    expect(model.services).toHaveLength(3);
  });

  it("reports next cycles and next steps of another stream", () => {
    const step = (id: string, next?: string[]) => ({ id, name: id, activity: "engage", processTime: 1, ...(next ? { next } : {}) });
    const issues = issuesOf({
      name: "m",
      valueStreams: [
        { id: "v", name: "V", trigger: "t", outcome: "o", steps: [step("a", ["b"]), step("b", ["c"]), step("c", ["a"])] },
        { id: "w", name: "W", trigger: "t", outcome: "o", steps: [step("d", ["a"])] },
      ],
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["valueStreams[1].steps[0].next[0]", "wrong-kind"],
      ["valueStreams[0].steps[0].next", "next-cycle"],
    ]);
    expect(issues[1]!.message).toContain("a -> b -> c -> a");
  });

  it("reports years beyond the horizon", () => {
    expect(
      pathsAndCodes({
        name: "m",
        horizonYears: 3,
        services: [{ id: "s", name: "S" }],
        risks: [{ id: "r", name: "R", frequency: 1, impact: 1 }],
        investments: [{ id: "i", name: "I", reduces: [{ risk: "r", by: 0.5, fromYear: 3 }] }],
        costs: [
          { of: "s", category: "other", amount: 1, startYear: 3 },
          { of: "s", category: "other", amount: 1, startYear: 2, endYear: 1 },
        ],
        benefits: [{ of: "s", name: "B", amount: 1, endYear: 7 }],
      }),
    ).toEqual([
      ["costs[0].startYear", "beyond-horizon"],
      ["costs[1].endYear", "out-of-range"],
      ["benefits[0].endYear", "beyond-horizon"],
      ["investments[0].reduces[0].fromYear", "beyond-horizon"],
    ]);
  });

  it("lists every issue in the error message", () => {
    const result = safeParseModel({ name: "m", services: [{ id: "a", name: "A", dependsOn: ["x", "y"] }] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.message).toContain("parseModel: the model has 2 problems");
      expect(result.error.message).toContain('services[0].dependsOn[0].service: unknown service "x"');
      expect(result.error.message).toContain('services[0].dependsOn[1].service: unknown service "y"');
    }
  });

  it("throws from parseModel", () => {
    expect(() => parseModel({ name: "" })).toThrow(ModelError);
  });
});

describe("parseModel: missing estimates", () => {
  it("reports a missing estimate as required", () => {
    expect(pathsAndCodes({ name: "m", risks: [{ id: "r", name: "R", frequency: 1 }] })).toEqual([["risks[0].impact", "required"]]);
  });
});

describe("parseModel: numbers too large to compute with", () => {
  it("rejects durations and estimates whose hours or mean overflow to Infinity", () => {
    const step = (processTime: unknown) => ({
      name: "m",
      valueStreams: [{ id: "v", name: "V", trigger: "t", outcome: "o", steps: [{ id: "s", name: "S", activity: "engage", processTime }] }],
    });
    expect(pathsAndCodes(step(`${"9".repeat(400)}w`))).toEqual([["valueStreams[0].steps[0].processTime", "invalid-duration"]]);
    expect(pathsAndCodes(step("9".repeat(400)))).toEqual([["valueStreams[0].steps[0].processTime", "invalid-duration"]]);
    const cost = (amount: unknown) => ({ name: "m", resources: [{ id: "r", name: "R", dimension: "partners-and-suppliers" }], costs: [{ of: "r", category: "other", amount }] });
    expect(pathsAndCodes(cost({ low: 1, high: 1e200 }))).toEqual([["costs[0].amount", "out-of-range"]]);
  });
});

describe("parseModel: many broken references", () => {
  it("suggests for the first ones and still reports every one", () => {
    const services = Array.from({ length: 3000 }, (_, i) => ({ id: `s-${i}`, name: "S", dependsOn: [`s-${i}x`] }));
    const issues = issuesOf({ name: "m", services });
    expect(issues).toHaveLength(3000);
    expect(issues[0]).toMatchObject({ path: "services[0].dependsOn[0].service", code: "unknown-reference", suggestion: "s-0" });
    const suggested = issues.filter((i) => i.suggestion !== undefined).length;
    expect(suggested).toBeGreaterThan(0);
    expect(suggested).toBeLessThanOrEqual(200);
  });
});

describe("parseModel: input that cannot be read", () => {
  it("reports a throwing getter or Proxy as an issue, never a raw error", () => {
    const getter = { name: "m", get services(): never { throw new Error("boom") } };
    expect(pathsAndCodes(getter)).toEqual([["", "unreadable-input"]]);
    const proxy = new Proxy({ name: "m" }, { ownKeys: () => { throw new Error("trap") } });
    expect(pathsAndCodes(proxy)).toEqual([["", "unreadable-input"]]);
  });
});

describe("parseModel: friendly hints for YAML readers", () => {
  it("suggests quotes for a number or boolean where text is expected, and refuses blank names", () => {
    const issue = issuesOf({ name: "m", services: [{ id: "s", name: 2024 }] })[0]!;
    expect(issue).toMatchObject({ path: "services[0].name", code: "invalid-type", suggestion: "2024" });
    expect(issue.message).toContain('write it in quotes: "2024"');
    expect(pathsAndCodes({ name: "   " })).toEqual([["name", "invalid-format"]]);
  });
});

describe("parseModel: a practice twice in one step", () => {
  it("reports an alias next to its own id as a repeated reference", () => {
    const input = {
      name: "m",
      valueStreams: [
        { id: "v", name: "V", trigger: "t", outcome: "o", steps: [{ id: "s", name: "S", activity: "engage", processTime: 1, practices: ["change-control", "change-enablement"] }] },
      ],
    };
    expect(pathsAndCodes(input)).toEqual([["valueStreams[0].steps[0].practices[1]", "duplicate-reference"]]);
  });
});

describe("parseModel: a journey stage listed twice", () => {
  it("is an error at the second entry", () => {
    const input = {
      name: "m",
      stakeholders: [{ id: "p", name: "P", roles: ["customer"] }],
      journeys: [{ id: "j", name: "J", stakeholder: "p", stages: [{ stage: "onboard" }, { stage: "realize" }, { stage: "onboard" }] }],
    };
    expect(pathsAndCodes(input)).toEqual([["journeys[0].stages[2].stage", "duplicate-stage"]]);
  });
});
