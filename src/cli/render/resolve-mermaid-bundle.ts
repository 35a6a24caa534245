import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { RenderError } from "./render-error.js";

/** The Mermaid major versions we test against and can render with. */
export const MERMAID_MAJORS = [11, 12] as const;

/** A Mermaid major version: 11 or 12. */
export type MermaidMajor = (typeof MERMAID_MAJORS)[number];

/** Mermaid's browser bundle on disk (`dist/mermaid.min.js`, which defines `globalThis.mermaid`) and its version. */
export interface MermaidBundle {
  path: string;
  /** From the package's package.json, e.g. `"11.17.2"`. */
  version: string;
}

/**
 * Find Mermaid's browser bundle at run time (Mermaid is an optional peer dependency, so it is resolved, never
 * imported). Without `major`: the installed `mermaid`. With `major`: `mermaid` when it has that major version,
 * else a package installed under the alias `mermaid<major>` (`npm install mermaid12@npm:mermaid@12`).
 * Missing: a `RenderError("no-mermaid")` that says what to install.
 * @example resolveMermaidBundle(12) // { path: ".../node_modules/mermaid12/dist/mermaid.min.js", version: "12.3.0" }
 */
export function resolveMermaidBundle(major?: MermaidMajor, from: string = import.meta.url): MermaidBundle {
  const require = createRequire(from);
  const names = major === undefined ? ["mermaid"] : ["mermaid", `mermaid${major}`];
  const found: string[] = [];
  for (const name of names) {
    let path: string;
    let version: string;
    try {
      path = require.resolve(`${name}/dist/mermaid.min.js`);
      const pkg = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { name?: unknown; version?: unknown };
      if (pkg.name !== "mermaid" || typeof pkg.version !== "string") continue;
      version = pkg.version;
    } catch {
      continue;
    }
    if (major === undefined || Number(version.split(".")[0]) === major) return { path, version };
    found.push(`${name}@${version}`);
  }
  if (major === undefined) {
    throw new RenderError("no-mermaid", "Mermaid is not installed: npm install mermaid (an optional peer dependency of servicevalue, needed to render)");
  }
  const have = found.length > 0 ? ` (found ${found.join(", ")})` : "";
  throw new RenderError(
    "no-mermaid",
    `Mermaid ${major} is not installed${have}: npm install mermaid@${major}, or beside another version: npm install mermaid${major}@npm:mermaid@${major}`,
  );
}
