import { applyPatches } from "immer";
import { describe, expect, it } from "vitest";
import { addService } from "../../../src/model/edits/add-service.js";
import { parseModel } from "../../../src/model/parse-model.js";
import type { Model } from "../../../src/model/schema/model.js";
import type { ServiceInput } from "../../../src/model/schema/service.js";
import { toModelInput } from "../../../src/model/to-model-input.js";
import { catchModelError, expectGoodEdit, isDeepFrozen, pathsOf } from "./expect-edit.js";
import { smallModel, smallModelInput } from "./small-model.js";

const chat: ServiceInput = { id: "chat", name: "Chat", owner: "it", consumers: ["staff"], dependsOn: ["directory", { service: "db", share: 2 }] };

describe("addService", () => {
  it("appends the service in normalised form, as parseModel would", () => {
    const model = smallModel();
    const next = addService(model, chat);
    expect(next.services.map((s) => s.id)).toEqual(["workplace", "mail", "directory", "db", "chat"]);
    expect(next.services[4]).toEqual({
      id: "chat",
      name: "Chat",
      kind: "technical",
      owner: "it",
      consumers: [{ stakeholder: "staff", share: 1 }],
      bundles: [],
      dependsOn: [
        { service: "directory", share: 1 },
        { service: "db", share: 2 },
      ],
      lifecycle: "live",
      offerings: [],
    });
    const input = smallModelInput();
    expect(next).toEqual(parseModel({ ...input, services: [...input.services!, chat] }));
    expectGoodEdit(model, next, smallModel());
    // Structural sharing: untouched elements are the same objects.
    expect(next.services[0]).toBe(model.services[0]);
    expect(next.stakeholders).toBe(model.stakeholders);
  });

  it("copies the input: the caller's objects are not frozen or shared", () => {
    const meta = { tags: ["pilot"] };
    const input: ServiceInput = { id: "chat", name: "Chat", meta };
    const next = addService(smallModel(), input);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(meta.tags)).toBe(false);
    expect(next.services[4]!.meta).toEqual({ tags: ["pilot"] });
    expect(next.services[4]!.meta).not.toBe(meta);
  });

  it("drops keys set to undefined", () => {
    const next = addService(smallModel(), { id: "chat", name: "Chat", owner: undefined });
    expect("owner" in next.services[4]!).toBe(false);
  });

  it("gives immer patches that undo and redo the edit", () => {
    const model = smallModel();
    const { model: next, patches, inversePatches } = addService(model, chat, { withPatches: true });
    expect(patches).toEqual([{ op: "add", path: ["services", 4], value: next.services[4] }]);
    const undone = applyPatches(next, inversePatches) as Model;
    expect(undone).toStrictEqual(model);
    expect(parseModel(toModelInput(undone))).toEqual(model);
    expect(isDeepFrozen(undone)).toBe(true);
    expect(applyPatches(model, patches)).toStrictEqual(next);
  });

  it("returns the model itself without { withPatches: true }", () => {
    const next = addService(smallModel(), chat, { withPatches: false });
    expect(next.services).toHaveLength(5);
  });

  describe("refuses", () => {
    it("unknown references, with the closest id, at their paths in the new model", () => {
      const model = smallModel();
      const e = catchModelError(() => addService(model, { id: "chat", name: "Chat", owner: "itt", dependsOn: ["directory", "dbb"] }));
      expect(e.code).toBe("invalid-model");
      expect(e.message).toMatch(/^addService: /);
      expect(e.issues.map((i) => [i.path, i.code, i.suggestion])).toEqual([
        ["services[4].owner", "unknown-reference", "it"],
        ["services[4].dependsOn[1].service", "unknown-reference", "db"],
      ]);
      expect(model).toStrictEqual(smallModel());
    });

    it("a duplicate id", () => {
      const e = catchModelError(() => addService(smallModel(), { id: "mail", name: "Mail again" }));
      expect(e.code).toBe("invalid-model");
      expect(e.issues.map((i) => [i.path, i.code])).toEqual([["services[4].id", "duplicate-id"]]);
    });

    it("an id used by another kind of element", () => {
      const e = catchModelError(() => addService(smallModel(), { id: "outage", name: "Outage service" }));
      expect(e.issues.map((i) => i.code)).toContain("duplicate-id");
    });

    it("an invalid id, suggesting its kebab-case form", () => {
      const e = catchModelError(() => addService(smallModel(), { id: "Chat Service", name: "Chat" }));
      expect(e.issues).toMatchObject([{ path: "services[4].id", code: "invalid-id", suggestion: "chat-service" }]);
    });

    it("an unknown key, suggesting the closest one", () => {
      const e = catchModelError(() => addService(smallModel(), { id: "chat", name: "Chat", dependOn: ["db"] } as ServiceInput));
      expect(e.issues).toMatchObject([{ path: "services[4].dependOn", code: "unknown-key", suggestion: "dependsOn" }]);
    });

    it("an owner without the provider role", () => {
      const e = catchModelError(() => addService(smallModel(), { id: "chat", name: "Chat", owner: "acme" }));
      expect(e.issues).toMatchObject([{ path: "services[4].owner", code: "role-mismatch" }]);
    });

    it("a dependency on itself", () => {
      const e = catchModelError(() => addService(smallModel(), { id: "chat", name: "Chat", dependsOn: ["chat"] }));
      expect(e.issues).toMatchObject([{ path: "services[4].dependsOn[0].service", code: "self-reference" }]);
    });

    it("input that is not an element", () => {
      for (const junk of [null, "chat", 3, ["chat"], undefined]) {
        const e = catchModelError(() => addService(smallModel(), junk as unknown as ServiceInput));
        expect(e.code).toBe("invalid-model");
        expect(pathsOf(e)).toEqual(["services[4]"]);
      }
    });

    it("data that is not JSON: functions, NaN, __proto__ keys", () => {
      const withFunction = { id: "chat", name: "Chat", meta: { run: () => 1 } } as unknown as ServiceInput;
      expect(pathsOf(catchModelError(() => addService(smallModel(), withFunction)))).toEqual(["services[4].meta.run"]);
      const withNaN = { id: "chat", name: "Chat", offerings: [{ id: "o", name: "O", price: Number.NaN }] };
      expect(catchModelError(() => addService(smallModel(), withNaN)).issues).toMatchObject([{ path: "services[4].offerings[0].price", code: "not-finite" }]);
      const polluted = JSON.parse('{ "id": "chat", "name": "Chat", "meta": { "__proto__": { "x": 1 } } }') as ServiceInput;
      expect(catchModelError(() => addService(smallModel(), polluted)).issues).toMatchObject([{ path: "services[4].meta.__proto__", code: "forbidden-key" }]);
    });

    it("a model argument that is not a model", () => {
      for (const junk of [null, undefined, {}, [], "model", { services: [] }]) {
        const e = catchModelError(() => addService(junk as unknown as Model, chat));
        expect(e.code).toBe("invalid-argument");
      }
    });

    it("misspelt or malformed options", () => {
      const typo = catchModelError(() => addService(smallModel(), chat, { withPatch: true } as never));
      expect(typo.code).toBe("invalid-argument");
      expect(typo.issues).toMatchObject([{ path: "withPatch", code: "unknown-option", suggestion: "withPatches" }]);
      expect(catchModelError(() => addService(smallModel(), chat, "yes" as never)).code).toBe("invalid-argument");
      expect(pathsOf(catchModelError(() => addService(smallModel(), chat, { withPatches: "yes" } as never)))).toEqual(["withPatches"]);
    });
  });
});
