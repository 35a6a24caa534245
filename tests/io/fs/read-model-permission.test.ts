import { describe, expect, it, vi } from "vitest";
import { ModelError } from "../../../src/model/errors.js";

// Tests run as root in CI containers, where chmod 000 denies nothing: the file system answers EACCES here instead.
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  const denied = () => Promise.reject(Object.assign(new Error("EACCES: permission denied, open 'secret.yaml'"), { code: "EACCES", errno: -13, syscall: "open" }));
  return { ...fs, open: vi.fn(denied), stat: vi.fn(denied) };
});

const { readModel } = await import("../../../src/io/fs/read-model.js");
const { writeModel } = await import("../../../src/io/fs/write-model.js");
const { parseModel } = await import("../../../src/model/parse-model.js");

describe("readModel and writeModel: permission denied", () => {
  it("turns EACCES into an io-error without the raw Node error", async () => {
    const read = await readModel("secret.yaml").catch((e: unknown) => e);
    expect(read).toBeInstanceOf(ModelError);
    expect((read as ModelError).code).toBe("io-error");
    expect((read as ModelError).message.split("\n")[0]).toBe('readModel: cannot read "secret.yaml": permission denied');
    expect((read as ModelError).issues[0]!.code).toBe("permission-denied");
    const written = await writeModel(parseModel({ name: "x" }), "secret.yaml").catch((e: unknown) => e);
    expect((written as ModelError).message.split("\n")[0]).toBe('writeModel: cannot write "secret.yaml": permission denied');
  });
});
