import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LINT_RULES } from "../../../src/flow/lint/lint-rules.js";
import { PROVIDER_METRIC_TERMS } from "../../../src/flow/lint/provider-metric-terms.js";

/** docs/lint.md must stay true: every rule documented with its default severity and options, the word list as in code. */
const DOC = readFileSync(fileURLToPath(new URL("../../../docs/lint.md", import.meta.url)), "utf8");

describe("docs/lint.md", () => {
  it("lists every rule, in order, with its default severity", () => {
    const rows = [...DOC.matchAll(/^\| \[`([a-z-]+)`\]\(#[a-z-]+\) \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(LINT_RULES.map((r) => [r.name, r.defaultSeverity]));
  });

  it("has a section per rule stating its default and its options", () => {
    for (const rule of LINT_RULES) {
      const section = DOC.split(`### \`${rule.name}\`\n`)[1]?.split("\n### ")[0] ?? "";
      expect(section, rule.name).toContain(`**Default: ${rule.defaultSeverity}.**`);
      expect(section, rule.name).toContain("*Why it matters.*");
      expect(section, rule.name).toContain("*How to fix.*");
      for (const [option, spec] of Object.entries(rule.options ?? {})) {
        expect(section, `${rule.name}.${option}`).toContain(`\`${option}\``);
        if (spec.type === "number") expect(section).toContain(spec.default.toLocaleString("en-US"));
      }
    }
  });

  it("quotes the provider-side words as the code has them", () => {
    const listed = /contains one of these words or phrases \(whole words, any case, punctuation ignored\):\n([\s\S]*?)\. The list/.exec(DOC)?.[1];
    expect(listed?.replace(/\s+/g, " ").split(", ")).toEqual([...PROVIDER_METRIC_TERMS]);
  });
});
