import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readModel } from "../../../src/io/fs/read-model.js";
import { writeModel } from "../../../src/io/fs/write-model.js";
import { ModelError } from "../../../src/model/errors.js";
import { parseModel } from "../../../src/model/parse-model.js";
import type { Model } from "../../../src/model/schema/model.js";
import { generateModel } from "../../fixtures/generate-model.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const FILES = join(ROOT, "tests/fixtures/files");
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "servicevalue-write-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function rejection(promise: Promise<unknown>): Promise<ModelError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error("expected a ModelError");
}

/** Every model file to round-trip: the fixtures and the bundled examples. */
async function modelFiles(): Promise<string[]> {
  const examples = (await readdir(join(ROOT, "examples")).catch(() => [] as string[])).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => join(ROOT, "examples", f));
  return [join(FILES, "valid.yaml"), join(FILES, "empty-model.json"), ...examples];
}

/** Write `model` in both formats, read each back, and cross over (YAML -> JSON -> YAML); every read must equal `model`. */
async function expectRoundTrip(model: Model, name: string): Promise<void> {
  for (const first of ["yaml", "json"] as const) {
    const second = first === "yaml" ? "json" : "yaml";
    const a = join(dir, `${name}-1.${first}`);
    await writeModel(model, a);
    const once = await readModel(a);
    expect(once).toEqual(model);
    const b = join(dir, `${name}-2.${second}`);
    await writeModel(once, b);
    expect(await readModel(b)).toEqual(model);
  }
}

describe("writeModel", () => {
  it("round-trips every example and fixture, in both formats and across them", async () => {
    const files = await modelFiles();
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) await expectRoundTrip(await readModel(file), file.replace(/\W+/g, "-"));
  });

  it("round-trips a generated model", async () => {
    await expectRoundTrip(parseModel(generateModel({ services: 600, seed: 7 })), "generated");
  });

  it("writes the same text as stringifyModel, with the schema line when asked", async () => {
    const model = await readModel(join(FILES, "valid.yaml"));
    const file = join(dir, "with-schema.yml");
    await writeModel(model, file, { schemaUrl: "./model.schema.json" });
    const text = await readFile(file, "utf8");
    expect(text.startsWith("# yaml-language-server: $schema=./model.schema.json\nname: Small Workplace\n")).toBe(true);
    expect(await readModel(file)).toEqual(model);
  });

  it("replaces an existing file, keeping its permissions, and leaves no temporary file", async () => {
    const file = join(dir, "replace.json");
    await writeFile(file, "old");
    await chmod(file, 0o640);
    await writeModel(parseModel({ name: "New" }), file);
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual({ name: "New", currency: "EUR", horizonYears: 5, discountRate: 0.08 });
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes through a symbolic link, keeping the link", async () => {
    const target = join(dir, "target.yaml");
    const link = join(dir, "link.yaml");
    await writeFile(target, "name: Old\n");
    await symlink(target, link);
    await writeModel(parseModel({ name: "Through the link" }), link);
    expect((await readModel(target)).name).toBe("Through the link");
    expect((await readModel(link)).name).toBe("Through the link");
  });

  it("says when the directory is missing or the path is a directory", async () => {
    const missing = join(dir, "no-such-dir", "m.yaml");
    const e = await rejection(writeModel(parseModel({ name: "x" }), missing));
    expect(e.code).toBe("io-error");
    expect(e.message.split("\n")[0]).toBe(`writeModel: cannot write "${missing}": no such directory`);
    const folder = join(dir, "folder.json");
    await mkdir(folder);
    const d = await rejection(writeModel(parseModel({ name: "x" }), folder));
    expect(d.issues[0]!.code).toBe("is-a-directory");
  });

  it("refuses bad arguments", async () => {
    const model = parseModel({ name: "x" });
    expect((await rejection(writeModel(model, "m.toml"))).issues[0]).toMatchObject({ code: "unknown-format", suggestion: "m.yaml" });
    expect((await rejection(writeModel(model, ""))).code).toBe("invalid-argument");
    expect((await rejection(writeModel(model, join(dir, "m.yaml"), { schemaUrl: "" }))).code).toBe("invalid-argument");
    expect((await rejection(writeModel(undefined as unknown as Model, join(dir, "m.yaml")))).code).toBe("invalid-argument");
  });
});
