import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { safeParseModel, type ModelIssue } from "../../src/index.js";
import { exampleFiles, loadExample } from "./load-example.js";

/** docs/model.md must stay true: its snippets come from the examples, its errors and numbers are what the code gives. */
const DOC = readFileSync(fileURLToPath(new URL("../../docs/model.md", import.meta.url)), "utf8");

const yamlBlocks = [...DOC.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

const dedent = (text: string) => {
  const lines = text.split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join("\n");
};

describe("docs/model.md", () => {
  it("has YAML snippets, each valid YAML", () => {
    expect(yamlBlocks.length).toBeGreaterThan(15);
    for (const block of yamlBlocks) expect(() => parse(dedent(block)), block).not.toThrow();
  });

  it("takes its snippets from the examples, line by line", () => {
    const exampleLines = new Set(exampleFiles().flatMap((f) => loadExample(f).text.split("\n").map((l) => l.trim())));
    const stripComment = (line: string) => line.replace(/\s+#\s.*$/, "").trim();
    for (const block of yamlBlocks) {
      if (block.startsWith("name: Demo")) continue; // the first model is deliberately tiny
      for (const line of block.split("\n")) {
        const trimmed = line.trim();
        if (trimmed === "" || trimmed.startsWith("# ...") || trimmed.includes("...")) continue;
        if (trimmed.startsWith("# yaml-language-server")) {
          expect(exampleLines.has(trimmed)).toBe(true);
          continue;
        }
        const code = stripComment(line);
        if (code === "") continue;
        expect(exampleLines.has(code), `not in any example: ${code}`).toBe(true);
      }
    }
  });

  it("quotes the numbers the examples really give", () => {
    const { model } = loadExample("modern-workplace.yaml");
    const cost = (id: string) => model.costs.find((c) => c.id === id)!;
    expect(cost("sms-traffic").amount.mean).toBeCloseTo(2368.56, 2);
    expect(DOC).toContain("2,368.56");
    expect(cost("wan-renewed").amount.mean * 12).toBeCloseTo(214095.8, 1);
    expect(DOC).toContain("214,095.80");
    expect(cost("sms-traffic").amount.mean * 12 * 0.9 ** 4).toBeCloseTo(18648.16, 1);
    expect(DOC).toContain("18,648.16");
    const sales = model.services[0]!.consumers.find((c) => c.stakeholder === "bu-sales")!;
    expect(sales.costsRemoved!.mean).toBe(65000);
    const phishing = model.risks.find((r) => r.id === "phishing-compromise")!;
    expect(phishing.frequency.mean * phishing.impact.mean).toBeCloseTo(149480.47, 1);
    expect(DOC).toContain("149,480");
    const onboarding = model.valueStreams.find((v) => v.id === "onboard-employee")!.steps;
    const processHours = onboarding.reduce((s, x) => s + x.processTimeHours, 0);
    const leadHours = onboarding.reduce((s, x) => s + x.processTimeHours + x.waitTimeHours, 0);
    expect(processHours).toBeCloseTo(5.17, 2);
    expect(leadHours).toBeCloseTo(373.17, 2);
    expect(processHours / leadHours).toBeCloseTo(0.014, 3);
  });

  describe("error table", () => {
    const base = () => ({
      name: "Demo",
      stakeholders: [
        { id: "it", name: "IT", roles: ["provider"] },
        { id: "sales", name: "Sales", roles: ["customer"] },
      ],
      services: [
        { id: "network", name: "Network", owner: "it" } as Record<string, unknown>,
        { id: "mail", name: "Mail", owner: "it", dependsOn: ["network"] } as Record<string, unknown>,
      ],
    });
    const step = (extra: Record<string, unknown>) => ({
      ...base(),
      valueStreams: [{ id: "vs", name: "VS", trigger: "t", outcome: "o", steps: [{ id: "s1", name: "S", activity: "engage", processTime: 1, ...extra }] }],
    });
    const withService = (i: number, extra: Record<string, unknown>) => {
      const m = base();
      m.services[i] = { ...m.services[i], ...extra };
      return m;
    };
    const cases: Record<string, unknown> = {
      "unknown-reference": withService(1, { dependsOn: ["netwrk"] }),
      "unknown-key": withService(1, { dependsOn: undefined, dependOn: ["network"] }),
      "unknown-practice": step({ practices: ["incident-mgmt"] }),
      "invalid-duration": step({ processTime: "2 days" }),
      "invalid-value": { ...base(), costs: [{ of: "mail", category: "softwear", amount: 100 }] },
      "out-of-range": { ...base(), costs: [{ of: "mail", category: "software", amount: { low: 5000, high: 3000 } }] },
      "invalid-id": { ...base(), services: [...base().services, { id: "Mail Service", name: "x" }] },
      "duplicate-id": { ...base(), services: [...base().services, { id: "it", name: "x" }] },
      "wrong-kind": { ...base(), costs: [{ of: "sales", category: "software", amount: 100 }] },
      "role-mismatch": withService(1, { owner: "sales" }),
      "self-reference": withService(1, { dependsOn: ["mail"] }),
      "trapped-cycle": withService(0, { dependsOn: ["mail"] }),
      "bundles-cycle": (() => {
        const m = base();
        m.services[0] = { ...m.services[0], bundles: ["mail"] };
        m.services[1] = { ...m.services[1], dependsOn: [], bundles: ["network"] };
        return m;
      })(),
      "beyond-horizon": {
        ...base(),
        costs: [
          { of: "mail", category: "software", amount: 100 },
          { of: "mail", category: "software", amount: 100, startYear: 7 },
        ],
      },
      "invalid-type": undefined,
    };
    const section = DOC.slice(DOC.indexOf("| mistake | `path` | `code` | `suggestion` |"));
    const rows = section
      .split("\n")
      .slice(2)
      .filter((line) => line.startsWith("|"))
      .map((line) => line.split("|").map((cell) => cell.trim().replace(/^`|`$/g, "")))
      .map(([, , path, code, suggestion]) => ({ path: path === '""' ? "" : path!, code: code!, suggestion: suggestion || undefined }));

    it("lists exactly the cases tested here", () => {
      expect(rows.map((r) => r.code).sort()).toEqual(Object.keys(cases).sort());
    });

    it.each(rows)("gives $code at $path", ({ path, code, suggestion }) => {
      const result = safeParseModel(cases[code]);
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error.code).toBe("invalid-model");
      const issue = result.error.issues.find((i: ModelIssue) => i.code === code);
      expect(issue, JSON.stringify(result.error.issues)).toBeDefined();
      expect(issue!.path).toBe(path);
      expect(issue!.suggestion).toBe(suggestion);
    });
  });
});
