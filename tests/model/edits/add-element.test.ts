import { describe, expect, it } from "vitest";
import { addBenefit } from "../../../src/model/edits/add-benefit.js";
import { addCost } from "../../../src/model/edits/add-cost.js";
import { addInvestment } from "../../../src/model/edits/add-investment.js";
import { addJourney } from "../../../src/model/edits/add-journey.js";
import { addResource } from "../../../src/model/edits/add-resource.js";
import { addRisk } from "../../../src/model/edits/add-risk.js";
import { addStakeholder } from "../../../src/model/edits/add-stakeholder.js";
import { addValueStream } from "../../../src/model/edits/add-value-stream.js";
import { parseModel } from "../../../src/model/parse-model.js";
import type { Model, ModelInput } from "../../../src/model/schema/model.js";
import type { ValueStreamInput } from "../../../src/model/schema/value-stream.js";
import { catchModelError, expectGoodEdit } from "./expect-edit.js";
import { smallModel, smallModelInput } from "./small-model.js";

type Add = (model: Model, input: never) => Model;
type Collection = "stakeholders" | "resources" | "valueStreams" | "journeys" | "costs" | "benefits" | "risks" | "investments";

/** Each add function with a valid input, and bad inputs with the issue they must give (path in the new model, code). */
const cases: { name: string; add: Add; collection: Collection; input: object; bad: { input: object; path: string; code: string }[] }[] = [
  {
    name: "addStakeholder",
    add: addStakeholder as Add,
    collection: "stakeholders",
    input: { id: "finance", name: "Finance", roles: ["customer", "sponsor"] },
    bad: [
      { input: { id: "finance", name: "Finance", roles: [] }, path: "stakeholders[4].roles", code: "out-of-range" },
      { input: { id: "finance", name: "Finance", roles: ["boss"] }, path: "stakeholders[4].roles[0]", code: "invalid-value" },
      { input: { id: "mail", name: "Mail people", roles: ["user"] }, path: "stakeholders[4].id", code: "duplicate-id" },
    ],
  },
  {
    name: "addResource",
    add: addResource as Add,
    collection: "resources",
    input: { id: "dba", name: "DBA", dimension: "organizations-and-people", supports: ["db", { service: "directory", share: 0.5 }] },
    bad: [
      { input: { id: "dba", name: "DBA", dimension: "organizations-and-people", supports: ["dbx"] }, path: "resources[1].supports[0].service", code: "unknown-reference" },
      { input: { id: "dba", name: "DBA", dimension: "people" }, path: "resources[1].dimension", code: "invalid-value" },
      { input: { id: "dba", name: "DBA", dimension: "organizations-and-people", supports: ["acme"] }, path: "resources[1].supports[0].service", code: "wrong-kind" },
    ],
  },
  {
    name: "addValueStream",
    add: addValueStream as Add,
    collection: "valueStreams",
    input: {
      id: "offboard",
      name: "Offboard",
      consumer: "acme",
      trigger: "Notice given",
      outcome: "Access removed",
      steps: [
        { id: "revoke", name: "Revoke", activity: "deliver-and-support", services: ["directory"], processTime: "1h", next: ["archive"] },
        { id: "archive", name: "Archive", activity: "deliver-and-support", services: ["mail"], processTime: "2d", next: [] },
      ],
    },
    bad: [
      {
        input: {
          id: "offboard", name: "Offboard", trigger: "t", outcome: "o",
          steps: [
            { id: "a", name: "A", activity: "engage", processTime: 1, next: ["b"] },
            { id: "b", name: "B", activity: "engage", processTime: 1, next: ["a"] },
          ],
        },
        path: "valueStreams[1].steps[0].next",
        code: "next-cycle",
      },
      {
        input: { id: "offboard", name: "Offboard", trigger: "t", outcome: "o", steps: [{ id: "a", name: "A", activity: "engage", processTime: 1, next: ["setup"] }] },
        path: "valueStreams[1].steps[0].next[0]",
        code: "wrong-kind",
      },
      { input: { id: "offboard", name: "Offboard", trigger: "t", outcome: "o", consumer: "it" }, path: "valueStreams[1].consumer", code: "role-mismatch" },
      {
        input: { id: "offboard", name: "Offboard", trigger: "t", outcome: "o", steps: [{ id: "a", name: "A", activity: "engage", processTime: "soon" }] },
        path: "valueStreams[1].steps[0].processTime",
        code: "invalid-duration",
      },
    ],
  },
  {
    name: "addJourney",
    add: addJourney as Add,
    collection: "journeys",
    input: { id: "renewal", name: "Renewal", stakeholder: "acme", stages: [{ stage: "agree", touchpoints: [{ name: "Contract", actors: ["acme", "it"], satisfaction: 3 }] }] },
    bad: [
      { input: { id: "renewal", name: "Renewal", stakeholder: "ghost" }, path: "journeys[1].stakeholder", code: "unknown-reference" },
      { input: { id: "renewal", name: "Renewal", stakeholder: "acme", stages: [{ stage: "agree", touchpoints: [{ name: "x", satisfaction: 9 }] }] }, path: "journeys[1].stages[0].touchpoints[0].satisfaction", code: "out-of-range" },
    ],
  },
  {
    name: "addCost",
    add: addCost as Add,
    collection: "costs",
    input: { of: "db", category: "hardware", type: "capex", amount: { low: 1000, mode: 2000, high: 4000 }, recurrence: "once", startYear: 1 },
    bad: [
      { input: { of: "db", category: "hardware", amount: 100, startYear: 7 }, path: "costs[3].startYear", code: "beyond-horizon" },
      { input: { of: "acme", category: "hardware", amount: 100 }, path: "costs[3].of", code: "wrong-kind" },
      { input: { of: "db", category: "hardwear", amount: 100 }, path: "costs[3].category", code: "invalid-value" },
      { input: { of: "db", category: "hardware", amount: { low: 9, high: 1 } }, path: "costs[3].amount.low", code: "out-of-range" },
      { input: { of: "db", category: "hardware", amount: 100, startYear: 3, endYear: 2 }, path: "costs[3].endYear", code: "out-of-range" },
    ],
  },
  {
    name: "addBenefit",
    add: addBenefit as Add,
    collection: "benefits",
    input: { id: "fewer-tickets", of: "onboard", name: "Fewer tickets", amount: 2000, growth: 0.05 },
    bad: [
      { input: { of: "it", name: "x", amount: 1 }, path: "benefits[2].of", code: "wrong-kind" },
      { input: { of: "db", amount: 1 }, path: "benefits[2].name", code: "required" },
      { input: { id: "outage", of: "db", name: "x", amount: 1 }, path: "benefits[2].id", code: "duplicate-id" },
    ],
  },
  {
    name: "addRisk",
    add: addRisk as Add,
    collection: "risks",
    input: { id: "breach", name: "Data breach", affects: ["db", "acme", "mailbox"], dimension: "information-and-technology", frequency: 0.05, impact: { low: 1e5, high: 1e6 } },
    bad: [
      { input: { id: "breach", name: "Breach", affects: ["db", "db"], frequency: 1, impact: 1 }, path: "risks[1].affects[1]", code: "duplicate-reference" },
      { input: { id: "breach", name: "Breach", affects: ["mail-licences"], frequency: 1, impact: 1 }, path: "risks[1].affects[0]", code: "wrong-kind" },
      { input: { id: "breach", name: "Breach", frequency: -1, impact: 1 }, path: "risks[1].frequency", code: "out-of-range" },
    ],
  },
  {
    name: "addInvestment",
    add: addInvestment as Add,
    collection: "investments",
    input: { id: "replica", name: "Database replica", affects: ["db"], reduces: [{ risk: "outage", by: 0.3 }] },
    bad: [
      { input: { id: "replica", name: "Replica", reduces: [{ risk: "outage", by: 0.3, fromYear: 9 }] }, path: "investments[1].reduces[0].fromYear", code: "beyond-horizon" },
      { input: { id: "replica", name: "Replica", reduces: [{ risk: "mail", by: 0.3 }] }, path: "investments[1].reduces[0].risk", code: "wrong-kind" },
      { input: { id: "replica", name: "Replica", reduces: [{ risk: "outage", by: 3 }] }, path: "investments[1].reduces[0].by", code: "out-of-range" },
    ],
  },
];

describe.each(cases)("$name", ({ name, add, collection, input, bad }) => {
  it("appends the element, normalised exactly as parseModel does", () => {
    const model = smallModel();
    const next = add(model, input as never);
    const written = smallModelInput() as Record<string, unknown>;
    const expected = parseModel({ ...written, [collection]: [...((written[collection] as unknown[]) ?? []), input] } as ModelInput);
    expect(next).toEqual(expected);
    expect(next[collection]).toHaveLength(model[collection].length + 1);
    expectGoodEdit(model, next, smallModel());
  });

  it.each(bad)("refuses a bad element: $code at $path", ({ input: badInput, path, code }) => {
    const model = smallModel();
    const e = catchModelError(() => add(model, badInput as never));
    expect(e.code).toBe("invalid-model");
    expect(e.message.startsWith(`${name}: `)).toBe(true);
    expect(e.issues.map((i) => [i.path, i.code])).toContainEqual([path, code]);
    expect(model).toStrictEqual(smallModel());
  });
});

describe("a new element that reuses an id", () => {
  it("is reported at the new element's path, with its own other problems and no knock-on issues", () => {
    // Benefits come before risks in the id index: checkModel alone would blame risks[0].id and the references to "outage".
    const e = catchModelError(() => addBenefit(smallModel(), { id: "outage", of: "dbx", name: "x", amount: 1 }));
    expect(e.code).toBe("invalid-model");
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      ["benefits[2].id", "duplicate-id"],
      ["benefits[2].of", "unknown-reference"],
    ]);
  });

  it("covers nested ids: a value stream's steps", () => {
    const stream: ValueStreamInput = { id: "offboard", name: "Offboard", trigger: "t", outcome: "o", steps: [{ id: "setup", name: "Again", activity: "engage", processTime: 1 }] };
    const e = catchModelError(() => addValueStream(smallModel(), stream));
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([["valueStreams[1].steps[0].id", "duplicate-id"]]);
  });
});
