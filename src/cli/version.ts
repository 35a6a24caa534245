import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The version of the installed package, read from its package.json: the nearest one named `servicevalue` above this
 * file (`dist/cli.js` in the package, `src/cli/` in the repository), so it is right after a build and under vitest alike.
 * @example packageVersion() // "0.1.0"
 */
export function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: unknown; version?: unknown };
      if (pkg.name === "servicevalue" && typeof pkg.version === "string") return pkg.version;
    } catch {
      // No readable package.json here: look further up.
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return "unknown";
}
