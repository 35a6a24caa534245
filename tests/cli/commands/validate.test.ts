import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../capture-io.js";

const FILES = relative(process.cwd(), fileURLToPath(new URL("../../fixtures/files/", import.meta.url)));
const file = (name: string) => join(FILES, name);
let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "servicevalue-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cli = (...argv: string[]) => runCli(argv);

describe("servicevalue validate", () => {
  it("exits 0 with a summary of a valid model", async () => {
    const { code, out, err } = await cli("validate", file("valid.yaml"));
    expect([code, err]).toEqual([0, ""]);
    expect(out).toBe(
      [
        `valid: ${file("valid.yaml")}`,
        "  name           Small Workplace",
        "  currency       EUR",
        "  horizon        3 years",
        "  discount rate  5% per year",
        "  stakeholders   4 (1 customer, 1 user, 1 sponsor, 1 supplier, 1 provider)",
        "  services       3 (1 business, 2 technical)",
        "  resources      3 (1 organizations-and-people, 1 information-and-technology, 1 partners-and-suppliers)",
        "  value streams  1 (2 steps)",
        "  journeys       1",
        "  costs          5",
        "  benefits       3",
        "  risks          1",
        "  investments    1",
        "",
      ].join("\n"),
    );
  });

  it("validates the bundled examples (the README's main job)", async () => {
    const examples = (await readdir("examples")).filter((f) => /\.(ya?ml|json)$/.test(f));
    expect(examples).toContain("modern-workplace.yaml");
    for (const example of examples) {
      const { code, out } = await cli("validate", join("examples", example));
      expect([example, code, out.split("\n")[0]]).toEqual([example, 0, `valid: ${join("examples", example)}`]);
      expect(out).toMatch(/\n {2}services +\d+ \(\d+ business, \d+ technical\)\n/);
    }
  });

  it("summarises a model with no elements", async () => {
    const { code, out } = await cli("validate", file("empty-model.json"));
    expect(code).toBe(0);
    expect(out).toContain("  services       0\n  resources      0\n  value streams  0\n");
  });

  it("exits 1 with every issue as file:line:column path: message", async () => {
    const { code, out, err } = await cli("validate", file("unknown-key.yaml"));
    expect([code, err]).toEqual([1, ""]);
    expect(out.split("\n")).toEqual([
      `${file("unknown-key.yaml")}:7:5 services[1].colour: unknown key "colour" (allowed: id, name, kind, owner, supplier, consumers, bundles, dependsOn, lifecycle, offerings, agreement, description, meta)`,
      `invalid: "${file("unknown-key.yaml")}" is not a valid model: 1 problem`,
      "",
    ]);
    const reference = await cli("validate", file("wrong-reference.yaml"));
    expect(reference.code).toBe(1);
    expect(reference.out).toContain(`${file("wrong-reference.yaml")}:11:9 services[0].dependsOn[0].service: unknown service "dns-servers" (did you mean "dns-server"?)\n`);
  });

  it("exits 1 for a syntax error, an empty file and a binary file", async () => {
    const syntax = await cli("validate", file("syntax-error.yaml"));
    expect(syntax.code).toBe(1);
    expect(syntax.out).toMatch(new RegExp(`^${file("syntax-error.yaml")}:6:3 \\(document\\): `));
    expect(syntax.out).toContain("is not valid YAML\n");
    const empty = await cli("validate", file("empty.yaml"));
    expect(empty.code).toBe(1);
    expect(empty.out).toContain(`${file("empty.yaml")}:1:1 (document): the file is empty: a model needs at least a name\n`);
    const binary = join(dir, "binary.json");
    await writeFile(binary, Uint8Array.from([0x7b, 0x00, 0x7d]));
    const bin = await cli("validate", binary);
    expect(bin.code).toBe(1);
    expect(bin.out).toContain("not a text file");
  });

  it("prints JSON with --json", async () => {
    const valid = await cli("validate", file("valid.yaml"), "--json");
    expect(valid.code).toBe(0);
    const v = JSON.parse(valid.out) as Record<string, unknown>;
    expect(v).toMatchObject({ valid: true, file: file("valid.yaml"), issues: [], summary: { name: "Small Workplace", services: { total: 3, business: 1, technical: 2 } } });
    const invalid = await cli("validate", "--json", file("missing-key.yaml"));
    expect(invalid.code).toBe(1);
    expect(JSON.parse(invalid.out)).toEqual({
      valid: false,
      file: file("missing-key.yaml"),
      error: { code: "invalid-model", message: `"${file("missing-key.yaml")}" is not a valid model: 1 problem` },
      issues: [{ path: "services[1].name", code: "required", message: "is required (a string)", location: { file: file("missing-key.yaml"), line: 5, column: 5 } }],
    });
  });

  it("exits 2 when the file cannot be read, in text and in JSON", async () => {
    const missing = join(dir, "missing.yaml");
    expect(await cli("validate", missing)).toEqual({ code: 2, out: "", err: `servicevalue validate: cannot read "${missing}": no such file\n` });
    const json = await cli("validate", missing, "--json");
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toMatchObject({ valid: false, error: { code: "io-error" }, issues: [{ code: "no-such-file" }] });
    const txt = await cli("validate", "model.txt");
    expect(txt.code).toBe(2);
    expect(txt.err).toContain('cannot tell the format of "model.txt" from its extension');
  });
});
