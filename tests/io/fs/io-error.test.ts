import { describe, expect, it } from "vitest";
import { ioError } from "../../../src/io/fs/io-error.js";

const errno = (code: string, message = `${code}: something, open 'x'`) => Object.assign(new Error(message), { code });

describe("ioError", () => {
  it("names each common errno in words", () => {
    const cases: [string, "read" | "write", string][] = [
      ["ENOENT", "read", "no such file"],
      ["ENOENT", "write", "no such directory"],
      ["EISDIR", "read", "it is a directory"],
      ["EPERM", "write", "permission denied"],
      ["ELOOP", "read", "too many symbolic links"],
      ["EMFILE", "read", "too many open files"],
      ["ENOSPC", "write", "no space left on the device"],
      ["EROFS", "write", "the file system is read-only"],
    ];
    for (const [code, action, reason] of cases) {
      const e = ioError("f", action, "m.yaml", errno(code));
      expect(e.code).toBe("io-error");
      expect(e.message.split("\n")[0]).toBe(`f: cannot ${action} "m.yaml": ${reason}`);
    }
  });

  it("keeps the gist of an unknown error, without a stack", () => {
    expect(ioError("f", "read", "m.yaml", errno("EXDEV", "EXDEV: cross-device link not permitted, rename 'a' -> 'b'")).message.split("\n")[0]).toBe(
      'f: cannot read "m.yaml": cross-device link not permitted (EXDEV)',
    );
    expect(ioError("f", "read", "m.yaml", "odd").message.split("\n")[0]).toBe('f: cannot read "m.yaml": odd');
  });
});
