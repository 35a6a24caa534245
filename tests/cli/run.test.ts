import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Command } from "../../src/cli/command.js";
import { COMMANDS } from "../../src/cli/command-registry.js";
import { run } from "../../src/cli/run.js";
import { ModelError } from "../../src/model/errors.js";
import { captureIo, runCli } from "./capture-io.js";

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

const cli = (argv: string[], commands?: readonly Command[]) => runCli(argv, commands ? { commands } : {});

describe("run", () => {
  it("prints the version of package.json", async () => {
    for (const flag of ["--version", "-v"]) expect(await cli([flag])).toEqual({ code: 0, out: `${VERSION}\n`, err: "" });
  });

  it("lists every command in --help", async () => {
    const { code, out, err } = await cli(["--help"]);
    expect([code, err]).toEqual([0, ""]);
    expect(out).toMatch(/^servicevalue: /);
    const lines = out.split("\n");
    for (const c of COMMANDS) expect(lines.filter((l) => l.startsWith(`  ${c.name} `) && l.endsWith(` ${c.summary}`))).toHaveLength(1);
    expect((await cli(["help"])).out).toBe(out);
    expect((await cli(["-h"])).out).toBe(out);
  });

  it("shows a command's help three ways", async () => {
    const help = await cli(["validate", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^servicevalue validate: .*\n\nUsage: servicevalue validate <file> \[options\]\n/);
    expect(help.out).toContain("  --json ");
    expect(await cli(["help", "validate"])).toEqual(help);
    expect(await cli(["--help", "validate"])).toEqual(help);
  });

  it("prints usage on stderr and exits 2 without a command", async () => {
    const { code, out, err } = await cli([]);
    expect([code, out]).toEqual([2, ""]);
    expect(err).toContain("Usage: servicevalue <command> [options]");
  });

  it("suggests the command meant", async () => {
    expect(await cli(["valdate", "m.yaml"])).toEqual({
      code: 2,
      out: "",
      err: 'servicevalue: unknown command "valdate" (did you mean "validate"?)\nRun "servicevalue --help" for usage.\n',
    });
    const far = await cli(["frobnicate"]);
    expect(far.code).toBe(2);
    expect(far.err).toContain("the commands are validate, schema");
  });

  it("suggests the flag meant, for the command and globally", async () => {
    const { code, err } = await cli(["validate", "m.yaml", "--jsn"]);
    expect(code).toBe(2);
    expect(err).toBe('servicevalue validate: unknown option --jsn (did you mean --json?)\nRun "servicevalue validate --help" for usage.\n');
    expect((await cli(["--verison"])).err).toContain("unknown option --verison (did you mean --version?)");
    expect((await cli(["validate", "m.yaml", "-x"])).err).toContain("unknown option -x\n");
    expect((await cli(["validate", "m.yaml", "--json=yes"])).err).toContain("--json takes no value");
  });

  it("checks the number of arguments", async () => {
    expect((await cli(["validate"])).err).toContain("servicevalue validate: missing <file>");
    expect((await cli(["validate", "a.yaml", "b.yaml"])).err).toContain('unexpected argument "b.yaml"');
    expect((await cli(["schema", "x"])).code).toBe(2);
  });

  it("prints a ModelError without a stack, and an unexpected error as a short message with exit 70", async () => {
    const failing = (error: unknown): Command => ({ name: "boom", summary: "fails", args: [], options: {}, run: async () => Promise.reject(error) });
    const model = await cli(["boom"], [failing(new ModelError("not-found", 'boom: service "x" not found', [{ path: "", code: "not-found", message: 'service "x" not found' }]))]);
    expect(model).toEqual({ code: 2, out: "", err: 'servicevalue: service "x" not found\n' });
    const invalid = await cli(["boom"], [failing(new ModelError("invalid-model", "boom: bad", [{ path: "a", code: "x", message: "wrong", location: { file: "f.yaml", line: 2, column: 3 } }]))]);
    expect(invalid).toEqual({ code: 1, out: "", err: "servicevalue: bad\n  f.yaml:2:3 a: wrong\n" });
    const bug = await cli(["boom"], [failing(new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere"))]);
    expect(bug.code).toBe(70);
    expect(bug.err).toBe("servicevalue: unexpected error: TypeError: Cannot read properties of undefined (reading 'x')\nThis is a bug in servicevalue; please report it with the command that caused it.\n");
    expect(bug.err).not.toMatch(/\bat somewhere/);
  });

  it("colours only when asked", async () => {
    const plain = captureIo(false);
    await run(["valdate"], plain);
    expect(plain.err()).not.toContain("\u001b[");
    const coloured = captureIo(true);
    await run(["valdate"], coloured);
    expect(coloured.err()).toContain("\u001b[31mservicevalue\u001b[39m: unknown command");
  });
});
