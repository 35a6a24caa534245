import { applyPatches } from "immer";
import { describe, expect, it } from "vitest";
import { removeElement } from "../../../src/model/edits/remove-element.js";
import { parseModel } from "../../../src/model/parse-model.js";
import { modelReferences } from "../../../src/model/references.js";
import type { Model } from "../../../src/model/schema/model.js";
import { toModelInput } from "../../../src/model/to-model-input.js";
import { catchModelError, expectGoodEdit, pathsOf } from "./expect-edit.js";
import { smallModel } from "./small-model.js";

const ids = (list: readonly { id?: string }[]) => list.map((e) => e.id);
const targets = (m: Model) => new Set(modelReferences(m).map((s) => s.target));

describe("removeElement", () => {
  it("removes an element nothing refers to", () => {
    const model = smallModel();
    const next = removeElement(model, "faster-onboarding");
    expect(next.benefits.map((b) => b.name)).toEqual(["Productivity"]);
    expectGoodEdit(model, next, smallModel());
  });

  it("removes a cost or benefit entry without an id by its path", () => {
    const model = smallModel();
    const next = removeElement(model, "costs[1]");
    expect(next.costs.map((c) => c.of)).toEqual(["mail", "migration"]);
    expectGoodEdit(model, next, smallModel());
    expect(removeElement(model, "benefits[0]").benefits.map((b) => b.id)).toEqual(["faster-onboarding"]);
  });

  it("refuses while anything refers to the element, listing every referring path", () => {
    const model = smallModel();
    const e = catchModelError(() => removeElement(model, "db"));
    expect(e.code).toBe("referenced");
    expect(e.message).toMatch(/^removeElement: .*\{ cascade: true \}/);
    expect(pathsOf(e)).toEqual(["services[1].dependsOn[1].service", "services[2].dependsOn[0].service", "investments[0].affects[1]"]);
    expect(e.issues.every((i) => i.code === "referenced")).toBe(true);
    expect(model).toStrictEqual(smallModel());
  });

  it("counts references to the ids an element contains (a value stream's steps), but not those inside it", () => {
    const e = catchModelError(() => removeElement(smallModel(), "onboard"));
    // request.next -> setup and setup.next -> welcome are inside the stream and go with it.
    expect(pathsOf(e)).toEqual(["benefits[1].of", "risks[0].affects[2]"]);
  });

  describe("with { cascade: true }", () => {
    it("drops the list items that refer to it, and the costs of it", () => {
      const model = smallModel();
      const next = removeElement(model, "db", { cascade: true });
      expect(ids(next.services)).toEqual(["workplace", "mail", "directory"]);
      expect(next.services[1]!.dependsOn).toEqual([{ service: "directory", share: 1 }]);
      expect(next.services[2]!.dependsOn).toEqual([]);
      expect(next.investments[0]!.affects).toEqual(["mail"]);
      expect(targets(next).has("db")).toBe(false);
      expectGoodEdit(model, next, smallModel());
    });

    it("unsets optional fields (owners, performers, touchpoint services) and drops actors", () => {
      const model = smallModel();
      const next = removeElement(model, "it", { cascade: true });
      expect(next.services.filter((s) => s.owner !== undefined)).toEqual([]);
      expect("owner" in next.services[0]!).toBe(false);
      expect(next.journeys[0]!.stages[0]!.touchpoints[0]!.actors).toEqual(["staff"]);
      expectGoodEdit(model, next, smallModel());
      const withoutMail = removeElement(model, "mail", { cascade: true });
      expect("service" in withoutMail.journeys[0]!.stages[0]!.touchpoints[0]!).toBe(false);
      expect(withoutMail.costs.map((c) => c.of)).toEqual(["mail-team", "migration"]);
      expect(withoutMail.resources[0]!.supports).toEqual([{ service: "directory", share: 2 }]);
      expect(withoutMail.services[0]!.bundles).toEqual([]);
      expect(withoutMail.valueStreams[0]!.steps[1]!.services).toEqual([]);
      expectGoodEdit(model, withoutMail, smallModel());
    });

    it("is transitive: a stakeholder's journey goes, and the risk no longer affects that journey", () => {
      const model = smallModel();
      const next = removeElement(model, "staff", { cascade: true });
      expect(ids(next.stakeholders)).toEqual(["acme", "it", "vendor"]);
      expect(next.journeys).toEqual([]);
      expect(next.risks[0]!.affects).toEqual(["mail", "setup", "mailbox"]);
      expect(next.services[0]!.consumers).toEqual([{ stakeholder: "acme", share: 1 }]);
      expect("performer" in next.valueStreams[0]!.steps[0]!).toBe(false);
      for (const gone of ["staff", "new-hire"]) expect(targets(next).has(gone)).toBe(false);
      expectGoodEdit(model, next, smallModel());
    });

    it("removes what an element contains: a service's offerings, a value stream's steps", () => {
      const model = smallModel();
      const noWorkplace = removeElement(model, "workplace", { cascade: true });
      expect(noWorkplace.risks[0]!.affects).toEqual(["mail", "new-hire", "setup"]);
      expect(noWorkplace.benefits.map((b) => b.of)).toEqual(["onboard"]);
      expect(noWorkplace.valueStreams[0]!.steps[0]!.services).toEqual([]);
      expectGoodEdit(model, noWorkplace, smallModel());
      const noStream = removeElement(model, "onboard", { cascade: true });
      expect(noStream.valueStreams).toEqual([]);
      expect(noStream.benefits.map((b) => b.name)).toEqual(["Productivity"]);
      expect(noStream.risks[0]!.affects).toEqual(["mail", "new-hire", "mailbox"]);
      expectGoodEdit(model, noStream, smallModel());
    });

    it("removes an offering by its id", () => {
      const model = smallModel();
      const next = removeElement(model, "mailbox", { cascade: true });
      expect(next.services[0]!.offerings).toEqual([]);
      expect(next.risks[0]!.affects).toEqual(["mail", "new-hire", "setup"]);
      expectGoodEdit(model, next, smallModel());
      expect(pathsOf(catchModelError(() => removeElement(model, "mailbox")))).toEqual(["risks[0].affects[3]"]);
    });

    it("removes a step and the next items that lead to it", () => {
      const model = smallModel();
      const next = removeElement(model, "setup", { cascade: true });
      expect(next.valueStreams[0]!.steps.map((s) => [s.id, s.next])).toEqual([
        ["request", []],
        ["welcome", []],
      ]);
      expectGoodEdit(model, next, smallModel());
    });

    it("removes risk reductions of a removed risk, and the costs of a removed investment", () => {
      const model = smallModel();
      expect(removeElement(model, "outage", { cascade: true }).investments[0]!.reduces).toEqual([]);
      const next = removeElement(model, "migration", { cascade: true });
      expect(next.costs.map((c) => c.of)).toEqual(["mail", "mail-team"]);
      expectGoodEdit(model, next, smallModel());
    });

    it("gives patches that undo the whole cascade", () => {
      const model = smallModel();
      const { model: next, inversePatches, patches } = removeElement(model, "staff", { cascade: true, withPatches: true });
      const undone = applyPatches(next, inversePatches) as Model;
      expect(undone).toStrictEqual(model);
      expect(parseModel(toModelInput(undone))).toEqual(model);
      expect(applyPatches(model, patches)).toStrictEqual(next);
    });
  });

  it("refuses a removal that leaves a cycle of services no other service consumes", () => {
    const model = parseModel({
      name: "Cycle",
      services: [
        { id: "a", name: "A", dependsOn: ["b"] },
        { id: "b", name: "B", dependsOn: ["a"] },
        { id: "top", name: "Top", dependsOn: ["a"] },
      ],
    });
    const e = catchModelError(() => removeElement(model, "top"));
    expect(e.code).toBe("invalid-model");
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([["services[0]", "trapped-cycle"]]);
  });

  describe("refuses", () => {
    it("an unknown id, suggesting the closest", () => {
      const e = catchModelError(() => removeElement(smallModel(), "dbb"));
      expect([e.code, e.issues[0]!.suggestion]).toEqual(["not-found", "db"]);
    });

    it("an entry path out of range", () => {
      expect(catchModelError(() => removeElement(smallModel(), "costs[3]")).code).toBe("not-found");
    });

    it("an id that is not a string", () => {
      for (const junk of [undefined, null, 3, {}, ""]) expect(catchModelError(() => removeElement(smallModel(), junk as string)).code).toBe("invalid-argument");
    });

    it("misspelt options", () => {
      const e = catchModelError(() => removeElement(smallModel(), "db", { cascde: true } as never));
      expect(e.issues).toMatchObject([{ path: "cascde", code: "unknown-option", suggestion: "cascade" }]);
      expect(pathsOf(catchModelError(() => removeElement(smallModel(), "db", { cascade: "yes" } as never)))).toEqual(["cascade"]);
    });
  });
});
