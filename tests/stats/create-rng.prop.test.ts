import fc from "fast-check";
import { describe, it } from "vitest";
import { createRng } from "../../src/stats/create-rng.js";

const seed = fc.oneof(fc.integer(), fc.double(), fc.string({ unit: "grapheme" }));
const key = fc.oneof(fc.nat(), fc.string());

describe("createRng properties", () => {
  it("is deterministic for any seed and draws in range", () => {
    fc.assert(
      fc.property(seed, (s) => {
        const a = createRng(s);
        const b = createRng(s);
        for (let i = 0; i < 20; i++) {
          const x = a.next();
          const u = a.nextOpen();
          const k = a.nextUint32();
          if (!(x >= 0 && x < 1 && u > 0 && u < 1 && Number.isInteger(k) && k >= 0 && k < 2 ** 32)) return false;
          if (b.next() !== x || b.nextOpen() !== u || b.nextUint32() !== k) return false;
        }
        return true;
      }),
    );
  });

  it("forks by key alone: a fork's draws ignore the parent's draws and sibling forks", () => {
    fc.assert(
      fc.property(seed, key, fc.array(key), fc.nat(50), (s, k, others, drawn) => {
        const expected = createRng(s).fork(k).nextUint32();
        const parent = createRng(s);
        for (let i = 0; i < drawn; i++) parent.next();
        for (const o of others) parent.fork(o).next();
        return parent.fork(k).nextUint32() === expected;
      }),
    );
  });
});
