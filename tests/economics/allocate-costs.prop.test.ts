import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateCosts } from "../../src/economics/allocate-costs.js";
import { totalCostOfOwnership } from "../../src/economics/total-cost-of-ownership.js";
import { arbitraryModel } from "../fixtures/arbitrary-model.js";

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe("allocateCosts: nothing lost, nothing counted twice", () => {
  it("top-level full costs + unallocated = all cost entries except investments', in every year", () => {
    fc.assert(
      fc.property(arbitraryModel(), (model) => {
        const a = allocateCosts(model);
        for (let y = 0; y < model.horizonYears; y++) {
          const top = a.topLevel.reduce((s, id) => s + a.services[id]!.fullByYear[y]!, 0);
          expect(close(top + a.unallocatedByYear[y]!, a.totalByYear[y]!)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("every service's full cost = direct + from resources + from services, and never negative", () => {
    fc.assert(
      fc.property(arbitraryModel(), (model) => {
        const a = allocateCosts(model);
        for (const s of model.services) {
          const r = a.services[s.id]!;
          r.fullByYear.forEach((full, y) => {
            expect(close(full, r.directByYear[y]! + r.fromResourcesByYear[y]! + r.fromServicesByYear[y]!)).toBe(true);
            expect(full).toBeGreaterThanOrEqual(-1e-9);
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it("a TCO's byYear equals the allocated full cost, and its breakdowns add up to its total", () => {
    fc.assert(
      fc.property(arbitraryModel(), (model) => {
        const a = allocateCosts(model);
        for (const s of model.services) {
          const tco = totalCostOfOwnership(model, s.id);
          tco.byYear.forEach((v, y) => expect(close(v, a.services[s.id]!.fullByYear[y]!)).toBe(true));
          for (const breakdown of [tco.byCategory, tco.byType, tco.byDimension, tco.bySource]) {
            const sum = Object.values(breakdown).reduce((x: number, v) => x + (v ?? 0), 0);
            expect(close(sum, tco.total)).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
