import { applyPatches } from "immer";
import { describe, expect, it } from "vitest";
import { updateModel } from "../../../src/model/edits/update-model.js";
import type { Model } from "../../../src/model/schema/model.js";
import { catchModelError, expectGoodEdit, pathsOf } from "./expect-edit.js";
import { smallModel } from "./small-model.js";

describe("updateModel", () => {
  it("changes top-level settings and leaves the element lists alone", () => {
    const model = smallModel();
    const next = updateModel(model, { name: "Workplace 2030", horizonYears: 10, discountRate: 0.05, currency: "USD", lint: { rules: { "no-owner": "off" } } });
    expect([next.name, next.horizonYears, next.discountRate, next.currency, next.lint]).toEqual(["Workplace 2030", 10, 0.05, "USD", { rules: { "no-owner": "off" } }]);
    expect(next.services).toBe(model.services);
    expectGoodEdit(model, next, smallModel());
  });

  it("removes a setting set to undefined, back to its default", () => {
    const model = updateModel(smallModel(), { description: "Pilot", discountRate: 0.1 });
    const next = updateModel(model, { description: undefined, discountRate: undefined });
    expect("description" in next).toBe(false);
    expect(next.discountRate).toBe(0.08);
  });

  it("returns the same model when nothing changes, and gives patches that undo", () => {
    const model = smallModel();
    expect(updateModel(model, { name: "Modern workplace", horizonYears: 5 })).toBe(model);
    const { model: next, patches, inversePatches } = updateModel(model, { horizonYears: 7 }, { withPatches: true });
    expect(patches).toEqual([{ op: "replace", path: ["horizonYears"], value: 7 }]);
    expect(applyPatches(next, inversePatches) as Model).toStrictEqual(model);
  });

  describe("refuses", () => {
    it("a horizon that leaves years beyond it, naming each year", () => {
      const e = catchModelError(() => updateModel(smallModel(), { horizonYears: 2 }));
      expect(e.code).toBe("invalid-model");
      expect(e.message).toMatch(/^updateModel: /);
      expect(e.issues.map((i) => [i.path, i.code])).toEqual([
        ["costs[1].endYear", "beyond-horizon"],
        ["investments[0].reduces[0].fromYear", "beyond-horizon"],
      ]);
    });

    it("bad values and unknown keys, at their paths", () => {
      const e = catchModelError(() => updateModel(smallModel(), { discountRate: 8, currency: "eur", horizonYear: 3 } as never));
      expect(e.issues.map((i) => [i.path, i.code]).sort()).toEqual([
        ["currency", "invalid-format"],
        ["discountRate", "out-of-range"],
        ["horizonYear", "unknown-key"],
      ]);
      expect(e.issues.find((i) => i.path === "horizonYear")!.suggestion).toBe("horizonYears");
      expect(pathsOf(catchModelError(() => updateModel(smallModel(), { name: undefined })))).toEqual(["name"]);
    });

    it("element lists, which have their own edits", () => {
      const e = catchModelError(() => updateModel(smallModel(), { services: [] } as never));
      expect(e.code).toBe("invalid-argument");
      expect(e.issues).toMatchObject([{ path: "services", code: "not-a-setting" }]);
    });

    it("a patch that is not an object", () => {
      for (const junk of [null, [], "x"]) expect(catchModelError(() => updateModel(smallModel(), junk as never)).code).toBe("invalid-argument");
    });
  });
});
