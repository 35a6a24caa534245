// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { ModelError, parseModel } from "../../src/index.js";
import { journeyActor } from "../../src/mermaid/escape.js";
import { journeyScore, toMermaidJourney } from "../../src/mermaid/to-mermaid-journey.js";
import { example } from "./examples.js";
import { MERMAID_VERSIONS, parsed } from "./mermaid-parser.js";

const workplace = example("modern-workplace").model;
const hospital = example("hospital").model;

interface Task {
  section: string;
  task: string;
  score: number;
  people: string[];
}

describe("journeyScore", () => {
  it("rounds half up and keeps scores within 1..5", () => {
    expect([1, 2.49, 2.5, 3.5, 4.5, 5].map(journeyScore)).toEqual([1, 2, 3, 4, 5, 5]);
    expect([0.2, 9, -3].map(journeyScore)).toEqual([1, 5, 1]);
    expect(journeyScore(Number.NaN)).toBe(3);
  });
});

describe("toMermaidJourney", () => {
  it.each(MERMAID_VERSIONS)("draws every journey of both examples: stages as sections, touchpoints as scored tasks (Mermaid %i)", async (version) => {
    for (const model of [workplace, hospital]) {
      // Actor names as the journey grammar allows them (a comma separates actors: "，" stands for it).
      const names = new Map(model.stakeholders.map((s) => [s.id, journeyActor(s.name)]));
      for (const journey of model.journeys) {
        const { text, warnings } = toMermaidJourney(model, journey.id);
        expect(warnings).toEqual([]);
        const d = await parsed(version, text);
        expect(d.type).toBe("journey");
        const tasks = d.db.getTasks() as Task[];
        const touchpoints = journey.stages.flatMap((s) => s.touchpoints);
        expect(tasks).toHaveLength(touchpoints.length);
        for (const t of touchpoints) {
          const task = tasks.find((k) => t.name.startsWith(k.task.replace(/…$/, "")))!;
          expect(task.score).toBe(journeyScore(t.satisfaction));
          expect(task.people).toEqual(t.actors.map((a) => names.get(a)));
        }
      }
    }
  });

  it("orders sections by the ITIL 4 stages and rounds the scores", async () => {
    const { text } = toMermaidJourney(workplace, "sales-collaboration-journey");
    expect(text.split("\n").slice(0, 4)).toEqual([
      "journey",
      "  title Sales adopts Smart Collaboration",
      "  section Explore",
      "    Sales asks how its field staff could work from customer sit…: 4: Sales, Corporate IT",
    ]);
    const d = await parsed(11, text);
    expect(d.db.getSections()).toEqual(["Explore", "Engage", "Offer", "Agree", "Onboard", "Co-create", "Realize"]);
    const tasks = d.db.getTasks() as Task[];
    expect(tasks.find((t) => t.task === "Offerings explained from the service catalogue")!.score).toBe(4); // 3.5
    expect(tasks.find((t) => t.task === "Mailbox migration weekend")).toMatchObject({ score: 3, people: ["Employees", "Corporate IT"], section: "Onboard" }); // 2.5
  });

  it("follows the catalog order of stages, not the model's", async () => {
    const model = parseModel({
      name: "m",
      stakeholders: [
        { id: "a", name: "Ann: Sales, EMEA", roles: ["customer"] },
        { id: "b", name: "Ann: Sales, EMEA", roles: ["user"] },
      ],
      journeys: [
        {
          id: "j",
          name: "J",
          stakeholder: "a",
          stages: [
            {
              stage: "realize",
              touchpoints: [
                { name: "Review; #1", actors: ["a", "b"], satisfaction: 5 },
                { name: "Renew", actors: ["b"], satisfaction: 4.5 },
              ],
            },
            { stage: "explore", touchpoints: [{ name: "title Looks", actors: [], satisfaction: 1 }] },
          ],
        },
      ],
    });
    const { text } = toMermaidJourney(model, "j", { title: false });
    for (const version of MERMAID_VERSIONS) {
      const d = await parsed(version, text);
      expect(d.db.getSections()).toEqual(["Explore", "Realize"]);
      expect(d.db.getDiagramTitle()).toBe("");
      expect(d.db.getTasks()).toMatchObject([
        { task: "\u200Btitle Looks", score: 1, people: [] },
        // Two stakeholders with the same name: the second shows its id.
        { task: "Review； ＃1", score: 5, people: ["Ann： Sales， EMEA", "Ann： Sales， EMEA (b)"] },
        { task: "Renew", score: 5, people: ["Ann： Sales， EMEA (b)"] },
      ]);
    }
  });

  it("gives a journey without touchpoints a valid title-only diagram", async () => {
    const model = parseModel({ name: "m", stakeholders: [{ id: "a", name: "A", roles: ["customer"] }], journeys: [{ id: "j", name: "Nothing yet", stakeholder: "a" }] });
    const { text } = toMermaidJourney(model, "j");
    expect(text).toBe("journey\n  title Nothing yet\n");
    for (const version of MERMAID_VERSIONS) expect((await parsed(version, text)).db.getTasks()).toEqual([]);
  });

  it("refuses an unknown journey with a suggestion, and bad options", () => {
    const codes = [
      () => toMermaidJourney(workplace, "sales-collaboration"),
      () => toMermaidJourney(workplace, "onboard-employee"),
      () => toMermaidJourney(workplace, "sales-collaboration-journey", { direction: "LR" } as never),
    ].map((f) => {
      try {
        f();
      } catch (e) {
        return [(e as ModelError).code, (e as ModelError).issues[0]!.path, (e as ModelError).issues[0]!.suggestion];
      }
      return undefined;
    });
    expect(codes).toEqual([
      ["not-found", "", "sales-collaboration-journey"],
      ["not-found", "", undefined],
      ["invalid-argument", "options.direction", undefined],
    ]);
  });
});
