import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAnalyzeOptions } from "../../src/cli/analyze/analyze-options.js";
import { UsageError } from "../../src/cli/usage-error.js";
import { runCli } from "./capture-io.js";

const WORKPLACE = "examples/modern-workplace.yaml";

const cli = (...argv: string[]) => runCli(["analyze", ...argv]);

/** A usage error: exit 2, nothing on stdout, the message and the pointer to --help on stderr, no stack trace. */
async function expectUsage(argv: string[], message: string) {
  const { code, out, err } = await cli(...argv);
  expect([code, out]).toEqual([2, ""]);
  expect(err).toBe(`servicevalue analyze: ${message}\nRun "servicevalue analyze --help" for usage.\n`);
}

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "servicevalue-analyze-errors-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("servicevalue analyze: errors", () => {
  it("exits 1 for an invalid model, with every issue located, on stderr", async () => {
    const file = "tests/fixtures/files/unknown-key.yaml";
    for (const json of [[], ["--json"]]) {
      const { code, out, err } = await cli(file, ...json);
      expect([code, out]).toEqual([1, ""]);
      expect(err).toContain(`servicevalue analyze: "${file}" is not a valid model: 1 problem\n`);
      expect(err).toContain(`  ${file}:7:5 services[1].colour: unknown key "colour"`);
    }
    const syntax = await cli("tests/fixtures/files/syntax-error.yaml");
    expect([syntax.code, syntax.out]).toEqual([1, ""]);
  });

  it("exits 1 for a model whose references are wrong", async () => {
    const file = join(dir, "wrong.yaml");
    await writeFile(file, "name: Wrong\nservices: [{ id: mail, name: Mail, dependsOn: [dsn] }, { id: dns, name: DNS }]\n");
    const { code, err } = await cli(file);
    expect(code).toBe(1);
    expect(err).toContain('services[0].dependsOn[0].service: unknown service "dsn" (did you mean "dns"?)');
  });

  it("exits 2 when the file cannot be read", async () => {
    const { code, out, err } = await cli(join(dir, "missing.yaml"));
    expect([code, out]).toEqual([2, ""]);
    expect(err).toMatch(/^servicevalue analyze: .*missing\.yaml/);
    expect(err).not.toMatch(/\n\s+at /);
    expect((await cli(join(dir, "model.txt"))).code).toBe(2);
  });

  it("exits 2 for an unknown --service, with a suggestion when one is close", async () => {
    const near = await cli(WORKPLACE, "--service", "smart-colaboration");
    expect([near.code, near.out]).toEqual([2, ""]);
    expect(near.err).toBe('servicevalue analyze: service "smart-colaboration" not found (did you mean "smart-collaboration"?)\n');
    const far = await cli(WORKPLACE, "--service", "zzz", "--json");
    expect([far.code, far.out, far.err]).toEqual([2, "", 'servicevalue analyze: service "zzz" not found\n']);
    // An id of another kind is not a service.
    expect((await cli(WORKPLACE, "--service", "mfa-rollout")).code).toBe(2);
    await expectUsage([WORKPLACE, "--service", " "], "--service needs a service id");
  });

  it("exits 2 for a bad --iterations", async () => {
    for (const value of ["0", "-5", "abc", "1.5", "1e4", "10000001", ""]) {
      await expectUsage([WORKPLACE, `--iterations=${value}`], `--iterations must be a whole number from 1 to 10,000,000, got ${JSON.stringify(value)}`);
    }
  });

  it("exits 2 for a bad --seed or --workers, or either without --iterations", async () => {
    for (const value of ["-1", "x", "2.5", "99999999999999999999"]) {
      await expectUsage([WORKPLACE, "--iterations", "10", `--seed=${value}`], `--seed must be a whole number >= 0, got ${JSON.stringify(value)}`);
    }
    for (const value of ["0", "257", "two"]) {
      await expectUsage([WORKPLACE, "--iterations", "10", `--workers=${value}`], `--workers must be a whole number from 1 to 256, got ${JSON.stringify(value)}`);
    }
    await expectUsage([WORKPLACE, "--seed", "3"], "--seed applies to the simulation: add --iterations <n>");
    await expectUsage([WORKPLACE, "--workers", "2"], "--workers applies to the simulation: add --iterations <n>");
  });

  it("exits 2 for a bad --budget", async () => {
    for (const value of ["-5", "abc", "1e6", "450,000", "Infinity", ""]) {
      await expectUsage([WORKPLACE, `--budget=${value}`], `--budget must be an amount of money >= 0 such as 450000 or 1250.50, got ${JSON.stringify(value)}`);
    }
    // A negative number after a space is the flag's value, not another flag.
    await expectUsage([WORKPLACE, "--budget", "-5"], '--budget must be an amount of money >= 0 such as 450000 or 1250.50, got "-5"');
  });

  it("exits 2 for a bad --max-steps", async () => {
    for (const value of ["0", "-1", "1.5", "many", ""]) {
      await expectUsage([WORKPLACE, `--max-steps=${value}`], `--max-steps must be a whole number >= 1 or "all" (search to the end), got ${JSON.stringify(value)}`);
    }
  });

  it("exits 2 for a --year outside the horizon or not a whole number", async () => {
    await expectUsage([WORKPLACE, "--year", "5"], "--year must be a year of the model's horizon, 0 to 4 (5 years), got 5");
    await expectUsage([WORKPLACE, "--year=-1"], '--year must be a whole year of the horizon (0 is the first), got "-1"');
    await expectUsage([WORKPLACE, "--year", "one"], '--year must be a whole year of the horizon (0 is the first), got "one"');
  });

  it("exits 2 for unknown flags and missing values, with the flag meant", async () => {
    const { code, err } = await cli(WORKPLACE, "--iteration", "10");
    expect(code).toBe(2);
    expect(err).toContain("unknown option --iteration (did you mean --iterations?)");
    expect((await cli(WORKPLACE, "--budget")).err).toContain("--budget needs a value");
    expect((await cli()).err).toContain("missing <file>");
    expect((await cli(WORKPLACE, "extra.yaml")).err).toContain('unexpected argument "extra.yaml"');
  });

  it("lists its flags in --help", async () => {
    const { code, out } = await cli("--help");
    expect(code).toBe(0);
    expect(out).toMatch(/^servicevalue analyze: /);
    for (const flag of ["--json", "--service <id>", "--iterations <n>", "--seed <s>", "--workers <n>", "--budget <amount>", "--year <t>"]) {
      expect(out).toContain(`  ${flag} `);
    }
  });

  it("parses the flags it is given, and nothing else", () => {
    expect(parseAnalyzeOptions({})).toEqual({ json: false, seed: 1 });
    expect(parseAnalyzeOptions({ json: true, service: "mail", iterations: "20000", seed: "0", workers: "3", budget: ".5", year: "2" })).toEqual({
      json: true,
      service: "mail",
      iterations: 20000,
      seed: 0,
      workers: 3,
      budget: 0.5,
      year: 2,
    });
    expect(parseAnalyzeOptions({ budget: " 1250.50 " }).budget).toBe(1250.5);
    expect(() => parseAnalyzeOptions({ iterations: "0" })).toThrow(UsageError);
  });
});
