import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dependenciesOf } from "../../src/graph/dependencies-of.js";
import { dependentsOf } from "../../src/graph/dependents-of.js";
import { impactOf } from "../../src/graph/impact-of.js";
import { serviceOrder } from "../../src/graph/service-order.js";
import { toGraph } from "../../src/graph/to-graph.js";
import { topLevelServices } from "../../src/graph/top-level-services.js";
import { parseModel } from "../../src/model/parse-model.js";
import type { Model } from "../../src/model/schema/model.js";
import { generateModel } from "../fixtures/generate-model.js";

/**
 * Small generated models (with dependsOn cycles), plus what the generator leaves out: step performers (stakeholders or
 * resources), offerings, and more suppliers.
 */
const smallModel = fc
  .record({
    services: fc.integer({ min: 1, max: 30 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    cycleShare: fc.constantFrom(0, 0.2, 0.5),
    performers: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
    offerings: fc.array(fc.nat({ max: 29 }), { maxLength: 4 }),
  })
  .map(({ services, seed, cycleShare, performers, offerings }): Model => {
    const input = generateModel({
      services,
      seed,
      cycleShare,
      dependencies: services * 2,
      resources: Math.max(1, Math.round(services / 4)),
      valueStreams: 3,
      stepsPerStream: 4,
      risks: 2,
      stakeholders: 8,
      investments: 1,
      journeys: 2,
    });
    const suppliers = input.stakeholders.filter((s) => s.roles.includes("supplier" as never)).map((s) => s.id);
    const candidates = [...input.stakeholders.map((s) => s.id), ...input.resources.map((r) => r.id)];
    input.valueStreams.forEach((v, i) =>
      v.steps.forEach((step, k) => {
        const pick = performers[(i * 4 + k) % performers.length]!;
        if (pick % 3 !== 0) step.performer = candidates[pick % candidates.length];
      }),
    );
    input.services.forEach((s, i) => {
      if (i % 3 === 1 && suppliers.length > 0) s.supplier = suppliers[i % suppliers.length];
    });
    [...new Set(offerings)].forEach((o, j) => {
      const service = input.services[o % input.services.length]!;
      service.offerings = [...((service.offerings as unknown[]) ?? []), { id: `offer-${j}`, name: `Offer ${j}` }];
    });
    return parseModel(input);
  });

function elementIds(model: Model): string[] {
  return toGraph(model).filterNodes((_k, a) => a.kind !== "practice" && a.kind !== "activity");
}

describe("dependency queries (properties)", () => {
  it("dependentsOf is the inverse of dependenciesOf, direct and transitive", () => {
    fc.assert(
      fc.property(smallModel, (model) => {
        const ids = elementIds(model);
        const mismatches: string[] = [];
        for (const transitive of [false, true]) {
          const needs = new Map(ids.map((y) => [y, new Set(dependenciesOf(model, y, { transitive }))]));
          for (const x of ids) {
            const dependents = new Set(dependentsOf(model, x, { transitive }));
            for (const y of ids) if (dependents.has(y) !== needs.get(y)!.has(x)) mismatches.push(`${x} / ${y} (transitive: ${transitive})`);
          }
        }
        expect(mismatches).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("the transitive closure contains the direct neighbours and is closed", () => {
    fc.assert(
      fc.property(smallModel, (model) => {
        const missing: string[] = [];
        for (const y of elementIds(model)) {
          const closure = new Set(dependenciesOf(model, y, { transitive: true }));
          for (const d of dependenciesOf(model, y)) {
            if (!closure.has(d)) missing.push(`${y} -> ${d}`);
            for (const dd of dependenciesOf(model, d)) if (dd !== y && !closure.has(dd)) missing.push(`${y} -> ${d} -> ${dd}`);
          }
        }
        expect(missing).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("every impactOf path is a chain of real edges from the failed element, each link needing the one before", () => {
    fc.assert(
      fc.property(smallModel, (model) => {
        const graph = toGraph(model);
        for (const x of elementIds(model)) {
          const impact = impactOf(model, x);
          const listed = [...impact.services, ...impact.offerings, ...impact.steps, ...impact.valueStreams, ...impact.journeys];
          // The affected elements are exactly the transitive dependents (none of which is a stakeholder or resource).
          expect(new Set(listed)).toEqual(new Set(dependentsOf(model, x, { transitive: true })));
          const stakeholders = new Set([...impact.stakeholders.customers, ...impact.stakeholders.users, ...impact.stakeholders.sponsors]);
          for (const id of [...listed, ...stakeholders]) expect(impact.paths[id]).toBeDefined();
          const broken: string[] = [];
          for (const [id, path] of Object.entries(impact.paths)) {
            if (path[0] !== x || path[path.length - 1] !== id || new Set(path).size !== path.length) broken.push(path.join(" > "));
            for (let i = 1; i < path.length; i++) {
              const [a, b] = [path[i - 1]!, path[i]!];
              if (!graph.hasEdge(a, b) && !graph.hasEdge(b, a)) broken.push(`${path.join(" > ")}: no edge ${a} - ${b}`);
              const isStakeholderLink = i === path.length - 1 && graph.getNodeAttribute(b, "kind") === "stakeholder";
              if (!isStakeholderLink && !dependenciesOf(model, b).includes(a)) broken.push(`${path.join(" > ")}: ${b} does not need ${a}`);
            }
          }
          expect(broken).toEqual([]);
          expect(impact.paths[x]).toBeUndefined();
        }
      }),
      { numRuns: 30 },
    );
  });

  it("serviceOrder lists every service once, providers first; top-level services are consumed by none", () => {
    fc.assert(
      fc.property(smallModel, (model) => {
        const order = serviceOrder(model);
        const position = new Map(order.flatMap((group, g) => group.map((id) => [id, g] as const)));
        expect(order.flat().length).toBe(model.services.length);
        expect(position.size).toBe(model.services.length);
        const consumed = new Set<string>();
        for (const s of model.services) {
          for (const ref of [...s.dependsOn, ...s.bundles]) {
            consumed.add(ref.service);
            expect(position.get(ref.service)!).toBeLessThanOrEqual(position.get(s.id)!);
          }
        }
        expect(topLevelServices(model)).toEqual(model.services.map((s) => s.id).filter((id) => !consumed.has(id)));
      }),
      { numRuns: 60 },
    );
  });
});
