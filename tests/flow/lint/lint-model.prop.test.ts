import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintModel } from "../../../src/flow/lint/lint-model.js";
import { LINT_RULES } from "../../../src/flow/lint/lint-rules.js";
import { parseIssuePath } from "../../../src/io/parse-issue-path.js";
import { arbitraryModel } from "../../fixtures/arbitrary-model.js";

const RANK = { error: 0, warning: 1, info: 2 } as const;

describe("lintModel (properties)", () => {
  it("every finding points at something in the model, names a known rule and comes in severity order", () => {
    fc.assert(
      fc.property(arbitraryModel(), (model) => {
        const findings = lintModel(model);
        const names = new Set(LINT_RULES.map((r) => r.name));
        for (const f of findings) {
          expect(names.has(f.rule)).toBe(true);
          expect(f.message.length).toBeGreaterThan(20);
          let node: unknown = model;
          for (const key of parseIssuePath(f.path)) node = (node as Record<string | number, unknown>)[key];
          expect(node, f.path).toBeDefined();
        }
        for (let i = 1; i < findings.length; i++) expect(RANK[findings[i - 1]!.severity]).toBeLessThanOrEqual(RANK[findings[i]!.severity]);
      }),
      { numRuns: 100 },
    );
  });

  it("switching a rule off removes exactly its findings; changing its level changes only theirs", () => {
    fc.assert(
      fc.property(arbitraryModel(), fc.constantFrom(...LINT_RULES.map((r) => r.name)), fc.constantFrom("error", "warning", "info" as const), (model, rule, level) => {
        const all = lintModel(model);
        const key = (f: { rule: string; path: string; message: string }) => `${f.rule} ${f.path} ${f.message}`;
        const without = lintModel(model, { severity: { [rule]: "off" } });
        expect(without.map(key).sort()).toEqual(all.filter((f) => f.rule !== rule).map(key).sort());
        const changed = lintModel(model, { severity: { [rule]: level } });
        expect(changed.map(key).sort()).toEqual(all.map(key).sort());
        for (const f of changed) if (f.rule === rule) expect(f.severity).toBe(level);
      }),
      { numRuns: 100 },
    );
  });
});
