import { ModelError } from "../../model/errors.js";
import { sourceName } from "../source-error.js";

const REASONS: Record<string, [code: string, reason: string]> = {
  ENOENT: ["no-such-file", "no such file"],
  EISDIR: ["is-a-directory", "it is a directory"],
  EACCES: ["permission-denied", "permission denied"],
  EPERM: ["permission-denied", "permission denied"],
  ENOTDIR: ["not-a-directory", "a part of the path is not a directory"],
  ELOOP: ["symlink-loop", "too many symbolic links"],
  EMFILE: ["too-many-open-files", "too many open files"],
  ENFILE: ["too-many-open-files", "too many open files"],
  ENOSPC: ["no-space", "no space left on the device"],
  EROFS: ["read-only", "the file system is read-only"],
  EBUSY: ["busy", "the file is busy"],
  ENAMETOOLONG: ["name-too-long", "the name is too long"],
};

/**
 * Turn a Node.js file system error into a `ModelError("io-error")`: `readModel: cannot read "x.yaml": no such file`.
 * No raw Node error (with its errno and syscall) escapes the library.
 */
export function ioError(caller: string, action: "read" | "write", file: string, error: unknown): ModelError {
  const errno = (error as { code?: unknown } | null)?.code;
  const [code, known] = typeof errno === "string" && REASONS[errno] ? REASONS[errno] : ["io-error", describe(error)];
  // Writing creates the file, so a missing path means a missing directory.
  const reason = errno === "ENOENT" && action === "write" ? "no such directory" : known;
  const message = `cannot ${action} ${sourceName(file)}: ${reason}`;
  return new ModelError("io-error", `${caller}: ${message}`, [{ path: "", code, message }]);
}

/** An io-error for a reason found by the library itself (a directory, a file too large). */
export function ioProblem(caller: string, action: "read" | "write", file: string, code: string, reason: string): ModelError {
  const message = `cannot ${action} ${sourceName(file)}: ${reason}`;
  return new ModelError("io-error", `${caller}: ${message}`, [{ path: "", code, message }]);
}

function describe(error: unknown): string {
  const errno = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message.replace(/^[A-Z]+: /, "").replace(/, \w+ '.*'$/, "") : String(error);
  return typeof errno === "string" ? `${message} (${errno})` : message;
}
