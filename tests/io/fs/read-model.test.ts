import { mkdir, mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_MODEL_FILE_BYTES, readModel } from "../../../src/io/fs/read-model.js";
import { ModelError } from "../../../src/model/errors.js";

const FILES = fileURLToPath(new URL("../../fixtures/files/", import.meta.url));
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "servicevalue-read-"));
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

describe("readModel", () => {
  it("reads a YAML file and a JSON file", async () => {
    const model = await readModel(join(FILES, "valid.yaml"));
    expect(model.name).toBe("Small Workplace");
    expect((await readModel(join(FILES, "empty-model.json"))).name).toBe("Nothing yet");
  });

  it("takes a format option over the extension", async () => {
    const file = join(dir, "model.txt");
    await writeFile(file, '{"name": "Text"}');
    expect((await readModel(file, { format: "json" })).name).toBe("Text");
  });

  it("gives issues the location in the file, named as given", async () => {
    const file = join(FILES, "unknown-key.yaml");
    const e = await rejection(readModel(file));
    expect(e.code).toBe("invalid-model");
    expect(e.message.startsWith(`readModel: "${file}" is not a valid model: 1 problem`)).toBe(true);
    expect(e.issues[0]).toMatchObject({ path: "services[1].colour", location: { file, line: 7, column: 5 } });
  });

  it("says a missing file is missing", async () => {
    const file = join(dir, "nope.yaml");
    const e = await rejection(readModel(file));
    expect(e.code).toBe("io-error");
    expect(e.message.split("\n")[0]).toBe(`readModel: cannot read "${file}": no such file`);
    expect(e.issues).toEqual([{ path: "", code: "no-such-file", message: `cannot read "${file}": no such file` }]);
  });

  it("says a directory is a directory", async () => {
    const folder = join(dir, "folder.yaml");
    await mkdir(folder);
    const e = await rejection(readModel(folder));
    expect(e.code).toBe("io-error");
    expect(e.issues[0]!.code).toBe("is-a-directory");
    expect(e.message.split("\n")[0]).toBe(`readModel: cannot read "${folder}": it is a directory`);
  });

  it("refuses a file larger than MAX_MODEL_FILE_BYTES before reading it", async () => {
    const big = join(dir, "big.yaml");
    await writeFile(big, "name: x\n");
    // A sparse file: the size without the bytes.
    await truncate(big, MAX_MODEL_FILE_BYTES + 1);
    const e = await rejection(readModel(big));
    expect(e.code).toBe("io-error");
    expect(e.issues[0]!.code).toBe("too-large");
    expect(e.message.split("\n")[0]).toContain(`the file is ${MAX_MODEL_FILE_BYTES + 1} bytes; at most ${MAX_MODEL_FILE_BYTES} are read`);
  });

  it("says a path through a file is not a directory", async () => {
    const file = join(dir, "plain.yaml");
    await writeFile(file, "name: x\n");
    const e = await rejection(readModel(join(file, "inner.yaml")));
    expect(e.issues[0]!.code).toBe("not-a-directory");
  });

  it("says a binary file is not a text file", async () => {
    const file = join(dir, "image.yaml");
    await writeFile(file, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const e = await rejection(readModel(file));
    expect(e.code).toBe("syntax-error");
    expect(e.issues[0]).toMatchObject({ code: "not-text", location: { file } });
    const latin1 = join(dir, "latin1.yaml");
    await writeFile(latin1, Uint8Array.from([...Buffer.from("name: Z"), 0xfc, ...Buffer.from("rich\n")]));
    expect((await rejection(readModel(latin1))).issues[0]).toMatchObject({ code: "not-text", location: { line: 1, column: 8 } });
  });

  it("says an empty file is empty", async () => {
    const e = await rejection(readModel(join(FILES, "empty.yaml")));
    expect(e.code).toBe("invalid-model");
    expect(e.issues[0]).toMatchObject({ code: "empty-document", message: "the file is empty: a model needs at least a name" });
  });

  it("refuses an unknown extension with a suggestion, and bad arguments", async () => {
    const e = await rejection(readModel("model.ymal"));
    expect(e.code).toBe("invalid-argument");
    expect(e.issues[0]).toMatchObject({ code: "unknown-format", suggestion: "model.yaml" });
    expect((await rejection(readModel(""))).code).toBe("invalid-argument");
    expect((await rejection(readModel(42 as unknown as string))).code).toBe("invalid-argument");
    expect((await rejection(readModel("m.yaml", { format: "toml" as "yaml" }))).code).toBe("invalid-argument");
  });
});
