import { applyPatches } from "immer";
import { describe, expect, it } from "vitest";
import { addDependency } from "../../../src/model/edits/add-dependency.js";
import { catchModelError, expectGoodEdit } from "./expect-edit.js";
import { smallModel } from "./small-model.js";

describe("addDependency", () => {
  it("appends { service, share } to dependsOn", () => {
    const model = smallModel();
    const next = addDependency(model, "workplace", "db");
    expect(next.services[0]!.dependsOn).toEqual([{ service: "db", share: 1 }]);
    expectGoodEdit(model, next, smallModel());
    expect(addDependency(model, "workplace", "db", { share: 2.5 }).services[0]!.dependsOn).toEqual([{ service: "db", share: 2.5 }]);
  });

  it("returns the same model when the dependency is already there with that share", () => {
    const model = smallModel();
    expect(addDependency(model, "mail", "db")).toBe(model);
    expect(addDependency(model, "mail", "db", { share: 3 })).toBe(model);
    expect(addDependency(model, "mail", "db", { withPatches: true })).toEqual({ model, patches: [], inversePatches: [] });
  });

  it("changes only the share of an existing dependency", () => {
    const model = smallModel();
    const { model: next, patches, inversePatches } = addDependency(model, "mail", "db", { share: 5, withPatches: true });
    expect(patches).toEqual([{ op: "replace", path: ["services", 1, "dependsOn", 1, "share"], value: 5 }]);
    expect(next.services[1]!.dependsOn).toEqual([
      { service: "directory", share: 1 },
      { service: "db", share: 5 },
    ]);
    expect(applyPatches(next, inversePatches)).toStrictEqual(model);
  });

  it("accepts a cycle of shared services that another service consumes (reciprocal allocation)", () => {
    // directory -> db already; db -> directory closes a cycle, and mail consumes both.
    const next = addDependency(smallModel(), "db", "directory");
    expect(next.services[3]!.dependsOn).toEqual([{ service: "directory", share: 1 }]);
  });

  describe("refuses", () => {
    it("a cycle from which no cost can reach a top-level service", () => {
      const e = catchModelError(() => addDependency(smallModel(), "db", "workplace"));
      expect(e.code).toBe("invalid-model");
      expect(e.issues.map((i) => [i.path, i.code])).toEqual([["services[0]", "trapped-cycle"]]);
    });

    it("a service depending on itself", () => {
      const e = catchModelError(() => addDependency(smallModel(), "db", "db"));
      expect(e.issues.map((i) => [i.path, i.code])).toEqual([["services[3].dependsOn[0].service", "self-reference"]]);
    });

    it("unknown services, suggesting the closest service", () => {
      const from = catchModelError(() => addDependency(smallModel(), "mial", "db"));
      expect([from.code, from.issues[0]!.suggestion]).toEqual(["not-found", "mail"]);
      const to = catchModelError(() => addDependency(smallModel(), "mail", "dbs"));
      expect([to.code, to.issues[0]!.suggestion]).toEqual(["not-found", "db"]);
    });

    it("ids that are not services", () => {
      const e = catchModelError(() => addDependency(smallModel(), "mail", "acme"));
      expect([e.code, e.issues[0]!.code]).toEqual(["invalid-argument", "wrong-kind"]);
    });

    it("a share that is not a positive number", () => {
      for (const share of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, "2"]) {
        const e = catchModelError(() => addDependency(smallModel(), "workplace", "db", { share: share as number }));
        expect([e.code, e.issues[0]!.path]).toEqual(["invalid-argument", "share"]);
      }
    });
  });
});
