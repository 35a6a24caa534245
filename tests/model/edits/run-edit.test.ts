import { applyPatches, enablePatches, setAutoFreeze } from "immer";
import { afterEach, describe, expect, it } from "vitest";
import { addService } from "../../../src/model/edits/add-service.js";
import { renameId } from "../../../src/model/edits/rename-id.js";
import { isDeepFrozen } from "./expect-edit.js";
import { smallModel } from "./small-model.js";

describe("the edit engine", () => {
  afterEach(() => setAutoFreeze(true));

  // NOTE: this file runs in its own module graph (vitest isolates test files), so immer's plugins start unloaded.
  it("enables immer patches only when an edit asks for them (no side effects at import)", () => {
    const model = smallModel();
    addService(model, { id: "chat", name: "Chat" });
    expect(() => applyPatches(model, [{ op: "replace", path: ["name"], value: "x" }])).toThrow(/Patches/);
    const { inversePatches, model: next } = addService(model, { id: "chat", name: "Chat" }, { withPatches: true });
    expect(applyPatches(next, inversePatches)).toStrictEqual(model);
    enablePatches();
  });

  it("freezes its results even when the caller turned immer's auto-freeze off", () => {
    setAutoFreeze(false);
    const next = addService(smallModel(), { id: "chat", name: "Chat", meta: { tags: ["a"] } });
    expect(isDeepFrozen(next)).toBe(true);
    expect(isDeepFrozen(renameId(next, "chat", "talk"))).toBe(true);
  });
});
