import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./capture-io.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "servicevalue-lint-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cli = (argv: string[], color = false) => runCli(argv, { color });

/** A model with one finding of each severity (line numbers matter: the report locates findings in this text). */
const FLAWED = `name: Flawed
stakeholders:
  - { id: it, name: IT, roles: [provider] }
  - { id: finance, name: Finance, roles: [customer, sponsor] }
  - { id: carrier, name: Carrier, roles: [supplier] }
resources:
  - id: idle
    name: Idle server
    dimension: information-and-technology
services:
  - id: product
    name: Product
    kind: business
    owner: it
    consumers: [finance]
    bundles: [app]
  - id: app
    name: App
    lifecycle: pipeline
`;
const CLEAN = `name: Clean
stakeholders:
  - { id: it, name: IT, roles: [provider] }
  - { id: finance, name: Finance, roles: [customer, sponsor] }
services:
  - { id: product, name: Product, kind: business, owner: it, consumers: [finance] }
`;

async function file(name: string, text: string) {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe("servicevalue lint", () => {
  it("prints the findings grouped by severity, located in the file, and exits 1 on an error", async () => {
    const path = await file("flawed.yaml", FLAWED);
    const { code, out, err } = await cli(["lint", path]);
    expect([code, err]).toEqual([1, ""]);
    const lines = out.split("\n");
    expect(lines[0]).toBe(path);
    expect(out).toContain(
      [
        "",
        "errors (1)",
        "  16:15  services[0].bundles[0].service  depends-on-inactive-service",
        '         live service "product" bundles "app", which is still in the pipeline: it cannot be delivered before "app" is live; set "product" to pipeline too, or take "app" live',
        "",
        "warnings (1)",
        "  7:5    resources[0]                    unallocated-cost",
      ].join("\n"),
    );
    expect(out).toContain("info (1)\n  5:5    stakeholders[2]                 stakeholder-without-relationship\n");
    expect(lines.at(-2)).toBe("3 problems (1 error, 1 warning, 1 info)");
    expect(out).not.toContain("\u001b[");
  });

  it("exits 0 with no errors, and 1 with more warnings than --max-warnings", async () => {
    const path = await file("warnings.yaml", FLAWED);
    const off = ["--rule", "depends-on-inactive-service=off"];
    expect((await cli(["lint", path, ...off])).code).toBe(0);
    expect((await cli(["lint", path, ...off, "--max-warnings", "1"])).code).toBe(0);
    const strict = await cli(["lint", path, ...off, "--max-warnings", "0"]);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain("too many warnings: 1, more than --max-warnings 0\n");
    // Info findings never fail the build.
    expect((await cli(["lint", path, "--rule", "depends-on-inactive-service=info,unallocated-cost=info", "--max-warnings", "0"])).code).toBe(0);
  });

  it("says so when there is nothing to report", async () => {
    const { code, out } = await cli(["lint", await file("clean.yaml", CLEAN)]);
    expect(code).toBe(0);
    expect(out.split("\n").slice(-2)).toEqual(["no problems found", ""]);
  });

  it("--rule raises a rule to error", async () => {
    const { code, out } = await cli(["lint", await file("raise.yaml", FLAWED), "--rule", "depends-on-inactive-service=off, unallocated-cost=ERROR"]);
    expect(code).toBe(1);
    expect(out).toContain("errors (1)\n  7:5  resources[0]     unallocated-cost\n");
  });

  it("--json prints the findings with their locations, counts and verdict", async () => {
    const path = await file("json.yaml", FLAWED);
    const { code, out } = await cli(["lint", path, "--json", "--max-warnings", "5"]);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ file: path, passed: false, counts: { error: 1, warning: 1, info: 1 }, maxWarnings: 5 });
    expect(report.findings[0]).toEqual({
      rule: "depends-on-inactive-service",
      severity: "error",
      path: "services[0].bundles[0].service",
      id: "product",
      message: expect.stringContaining("still in the pipeline"),
      location: { line: 16, column: 15 },
    });
    const clean = JSON.parse((await cli(["lint", await file("clean.json", JSON.stringify({ name: "Empty" })), "--json"])).out);
    expect(clean).toEqual({ file: join(dir, "clean.json"), passed: true, counts: { error: 0, warning: 0, info: 0 }, maxWarnings: null, findings: [] });
  });

  it("colours only when asked (a TTY)", async () => {
    const { out } = await cli(["lint", await file("colour.yaml", FLAWED)], true);
    expect(out).toContain("\u001b[31merrors (1)\u001b[39m");
  });

  it("takes the levels of the model's lint block, and --rule over them", async () => {
    const path = await file("block.yaml", `${FLAWED}lint:\n  rules:\n    depends-on-inactive-service: warning\n`);
    expect((await cli(["lint", path])).code).toBe(0);
    expect((await cli(["lint", path, "--rule", "depends-on-inactive-service=error"])).code).toBe(1);
  });

  it("exits 1 on an unknown rule in the model's lint block, naming its line", async () => {
    const path = await file("typo.yaml", `${CLEAN}lint:\n  rules:\n    low-satisfactoin: error\n`);
    const { code, out, err } = await cli(["lint", path]);
    expect([code, out]).toEqual([1, ""]);
    expect(err).toContain('unknown lint rule "low-satisfactoin" (did you mean "low-satisfaction"?)');
    const json = await cli(["lint", path, "--json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ passed: false, error: { code: "invalid-model" }, issues: [{ path: 'lint.rules["low-satisfactoin"]', code: "unknown-rule", suggestion: "low-satisfaction" }] });
  });

  it("exits 1 on an invalid model and 2 on a missing file", async () => {
    const invalid = await cli(["lint", await file("invalid.yaml", "name: X\nservices:\n  - id: Bad\n")]);
    expect(invalid.code).toBe(1);
    const missing = await cli(["lint", join(dir, "nope.yaml")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.yaml/);
    const missingJson = await cli(["lint", join(dir, "nope.yaml"), "--json"]);
    expect([missingJson.code, JSON.parse(missingJson.out).error.code]).toEqual([2, "io-error"]);
  });

  it("exits 2 on bad flags, with a suggestion", async () => {
    const path = await file("flags.yaml", CLEAN);
    const cases: [string[], RegExp][] = [
      [["--max-warnings", "many"], /--max-warnings needs a whole number of 0 or more, got "many"/],
      [["--max-warnings=-1"], /--max-warnings needs a whole number of 0 or more, got "-1"/],
      [["--max-warnings", "2.5"], /--max-warnings needs a whole number/],
      [["--rule", "unallocated-costs=off"], /unknown rule "unallocated-costs" \(did you mean "unallocated-cost"\?\)/],
      [["--rule", "unallocated-cost=warn"], /unknown level "warn" \(did you mean "warning"\?\)/],
      [["--rule", "unallocated-cost"], /--rule needs name=level/],
      [["--rule", "unallocated-cost=off,unallocated-cost=info"], /sets unallocated-cost twice/],
      [["--jsn"], /unknown option --jsn \(did you mean --json\?\)/],
    ];
    for (const [flags, message] of cases) {
      const { code, err } = await cli(["lint", path, ...flags]);
      expect([flags, code]).toEqual([flags, 2]);
      expect(err).toMatch(message);
      expect(err).toContain('Run "servicevalue lint --help" for usage.');
    }
    expect((await cli(["lint"])).code).toBe(2);
  });

  it("lints the bundled examples without errors", async () => {
    for (const example of ["modern-workplace.yaml", "hospital.yaml"]) {
      const { code, out } = await cli(["lint", join("examples", example)]);
      expect([example, code]).toEqual([example, 0]);
      expect(out).toMatch(/low-satisfaction\n +the onboard stage of journey/);
    }
  });

  it("has help", async () => {
    const { code, out } = await cli(["lint", "--help"]);
    expect(code).toBe(0);
    expect(out).toContain("--max-warnings <n>");
    expect(out).toContain("--rule <name=level,...>");
  });
});

describe("lint --rule given several times", () => {
  it("applies every --rule, not only the last", async () => {
    const path = await file("repeat.yaml", FLAWED);
    const all = JSON.parse((await cli(["lint", path, "--json"])).out).findings.map((f: { rule: string }) => f.rule);
    expect(all).toEqual(expect.arrayContaining(["depends-on-inactive-service", "unallocated-cost"]));
    const once = await cli(["lint", path, "--rule", "depends-on-inactive-service=off,unallocated-cost=off", "--json"]);
    const twice = await cli(["lint", path, "--rule", "depends-on-inactive-service=off", "--rule", "unallocated-cost=off", "--json"]);
    expect(twice.code).toBe(once.code);
    expect(JSON.parse(twice.out).findings).toEqual(JSON.parse(once.out).findings);
    const rules = JSON.parse(twice.out).findings.map((f: { rule: string }) => f.rule);
    expect(rules).not.toContain("depends-on-inactive-service");
    expect(rules).not.toContain("unallocated-cost");
  });
});
