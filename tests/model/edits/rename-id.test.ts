import { applyPatches } from "immer";
import { describe, expect, it } from "vitest";
import { renameId } from "../../../src/model/edits/rename-id.js";
import { elementIndex } from "../../../src/model/element-index.js";
import { parseModel } from "../../../src/model/parse-model.js";
import { modelReferences } from "../../../src/model/references.js";
import type { Model } from "../../../src/model/schema/model.js";
import { toModelInput } from "../../../src/model/to-model-input.js";
import { valueAt } from "../../../src/model/zod-issues.js";
import { catchModelError, expectGoodEdit } from "./expect-edit.js";
import { smallModel } from "./small-model.js";

/** Every kind of reference site, as a path with the indexes taken out. */
const ALL_SHAPES = [
  "resources[].supports[].service",
  "services[].owner",
  "services[].supplier",
  "services[].consumers[].stakeholder",
  "services[].bundles[].service",
  "services[].dependsOn[].service",
  "valueStreams[].consumer",
  "valueStreams[].steps[].services[]",
  "valueStreams[].steps[].performer",
  "valueStreams[].steps[].next[]",
  "journeys[].stakeholder",
  "journeys[].stages[].touchpoints[].actors[]",
  "journeys[].stages[].touchpoints[].service",
  "costs[].of",
  "benefits[].of",
  "risks[].affects[]",
  "investments[].affects[]",
  "investments[].reduces[].risk",
];
const shape = (path: readonly (string | number)[]) => path.map((k) => (typeof k === "number" ? "[]" : `.${k}`)).join("").slice(1);

describe("renameId", () => {
  it("the fixture has a reference of every kind", () => {
    expect(new Set(modelReferences(smallModel()).map((s) => shape(s.path)))).toEqual(new Set(ALL_SHAPES));
  });

  it("moves every reference of every kind to the new id", () => {
    const model = smallModel();
    const sites = modelReferences(model);
    for (const target of new Set(sites.map((s) => s.target))) {
      const next = renameId(model, target, `${target}-2`);
      for (const site of sites.filter((s) => s.target === target)) expect(valueAt(next, site.path), shape(site.path)).toBe(`${target}-2`);
      expect(modelReferences(next).filter((s) => s.target === target)).toEqual([]);
      expect(modelReferences(next).filter((s) => s.target === `${target}-2`).map((s) => s.path)).toEqual(sites.filter((s) => s.target === target).map((s) => s.path));
      expect(parseModel(toModelInput(next))).toEqual(next);
    }
  });

  it("renames every element, and renaming back gives the original", () => {
    const model = smallModel();
    for (const entry of elementIndex(model).byId.values()) {
      const next = renameId(model, entry.id, "renamed");
      expect(valueAt(next, [...entry.path, "id"])).toBe("renamed");
      expect(elementIndex(next).byId.has(entry.id)).toBe(false);
      expectGoodEdit(model, next, smallModel());
      expect(renameId(next, "renamed", entry.id)).toStrictEqual(model);
    }
  });

  it("changes nothing else", () => {
    const model = smallModel();
    const next = renameId(model, "db", "database");
    const text = JSON.stringify(toModelInput(model)).replaceAll('"db"', '"database"');
    expect(toModelInput(next)).toEqual(JSON.parse(text));
    expect(next.stakeholders).toBe(model.stakeholders);
  });

  it("returns the same model for the same id", () => {
    const model = smallModel();
    expect(renameId(model, "db", "db")).toBe(model);
    expect(renameId(model, "db", "db", { withPatches: true })).toEqual({ model, patches: [], inversePatches: [] });
  });

  it("gives patches for the id and each reference, which undo the rename", () => {
    const model = smallModel();
    const { model: next, patches, inversePatches } = renameId(model, "db", "database", { withPatches: true });
    expect(patches.map((p) => p.path.join("."))).toEqual(
      expect.arrayContaining(["services.3.id", "services.1.dependsOn.1.service", "services.2.dependsOn.0.service", "investments.0.affects.1"]),
    );
    expect(patches).toHaveLength(4);
    const undone = applyPatches(next, inversePatches) as Model;
    expect(undone).toStrictEqual(model);
    expect(parseModel(toModelInput(undone))).toEqual(model);
  });

  it("renames a cost entry that has an id, found by id or by path", () => {
    expect(renameId(smallModel(), "mail-licences", "licences").costs[0]!.id).toBe("licences");
    expect(renameId(smallModel(), "costs[0]", "licences").costs[0]!.id).toBe("licences");
  });

  it("keeps ids such as constructor working like any other", () => {
    const next = renameId(smallModel(), "db", "constructor");
    expect(renameId(next, "constructor", "prototype").services[3]!.id).toBe("prototype");
  });

  describe("refuses", () => {
    it("an unknown id, suggesting the closest", () => {
      const e = catchModelError(() => renameId(smallModel(), "mial", "email"));
      expect([e.code, e.issues[0]!.suggestion]).toEqual(["not-found", "mail"]);
    });

    it("a new id that is not kebab-case, suggesting one", () => {
      const e = catchModelError(() => renameId(smallModel(), "mail", "E-Mail Service"));
      expect(e.code).toBe("invalid-argument");
      expect(e.issues).toMatchObject([{ path: "", code: "invalid-id", suggestion: "e-mail-service" }]);
      for (const junk of ["", "x".repeat(65), "-mail", 3, null]) {
        expect(catchModelError(() => renameId(smallModel(), "mail", junk as string)).code).toBe("invalid-argument");
      }
    });

    it("a new id already used, at the renamed element's id", () => {
      const e = catchModelError(() => renameId(smallModel(), "mail", "outage"));
      expect(e.code).toBe("invalid-model");
      expect(e.issues.map((i) => [i.path, i.code])).toEqual([["services[1].id", "duplicate-id"]]);
    });

    it("an entry without an id", () => {
      const e = catchModelError(() => renameId(smallModel(), "costs[1]", "team"));
      expect([e.code, e.issues[0]!.path]).toEqual(["invalid-argument", "costs[1]"]);
    });
  });
});
