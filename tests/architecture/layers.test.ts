import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layer order of DEVELOPERS.md, enforced: a file may import from its own folder and from lower layers only;
 * folders on one level share data (type-only imports), not code; `node:` imports only in src/io and src/cli;
 * graphology only in src/graph; the main entry's whole import closure is free of `node:` (it runs in browsers).
 */
const RANK: Record<string, number> = {
  reference: 0,
  stats: 0,
  model: 1,
  graph: 2,
  economics: 3,
  risk: 3,
  flow: 3,
  mermaid: 4,
  report: 4,
  io: 5,
  cli: 6,
};
const ENTRY_RANK = 5.5; // src/index.ts and src/node.ts sit above io's browser-safe files, below the CLI.

const root = resolve(__dirname, "../..");
const src = join(root, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

interface Import {
  specifier: string;
  typeOnly: boolean;
}

/** Static and dynamic imports and re-exports of a file (`import type`/`export type` marked as type-only). */
function importsOf(text: string): Import[] {
  const out: Import[] = [];
  const stripped = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const statement = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/g;
  for (const m of stripped.matchAll(statement)) out.push({ specifier: m[3]!, typeOnly: Boolean(m[2]) });
  for (const m of stripped.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) out.push({ specifier: m[1]!, typeOnly: false });
  return out;
}

const layerOf = (file: string): string | undefined => {
  const rel = relative(src, file).split(/[\\/]/);
  return rel.length > 1 ? rel[0] : undefined;
};
const rankOf = (file: string) => {
  const layer = layerOf(file);
  return layer === undefined ? ENTRY_RANK : RANK[layer];
};
const resolveImport = (from: string, specifier: string) => resolve(dirname(from), specifier.replace(/\.js$/, ".ts"));

const files = sourceFiles(src);
const graph = new Map(files.map((f) => [f, importsOf(readFileSync(f, "utf8"))]));

describe("architecture", () => {
  it("knows every folder under src", () => {
    for (const f of files) {
      const layer = layerOf(f);
      if (layer !== undefined) expect(RANK, `unknown layer folder src/${layer}`).toHaveProperty(layer);
    }
  });

  it("imports go down the layer order only", () => {
    const violations: string[] = [];
    for (const [file, imports] of graph) {
      for (const imp of imports) {
        if (!imp.specifier.startsWith(".")) continue;
        const target = resolveImport(file, imp.specifier);
        const from = rankOf(file)!;
        const to = rankOf(target)!;
        const sameFolder = layerOf(file) === layerOf(target);
        const ok = sameFolder || to < from || (to === from && imp.typeOnly);
        if (!ok) violations.push(`${relative(root, file)} -> ${relative(root, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("keeps node: imports in src/io and src/cli, and graphology in src/graph", () => {
    const violations: string[] = [];
    for (const [file, imports] of graph) {
      const layer = layerOf(file);
      for (const imp of imports) {
        const isNode = imp.specifier.startsWith("node:") || ["fs", "path", "os", "child_process", "url"].includes(imp.specifier);
        if (isNode && layer !== "io" && layer !== "cli" && !file.endsWith("node.ts")) violations.push(`${relative(root, file)}: ${imp.specifier}`);
        if (imp.specifier.startsWith("graphology") && layer !== "graph") violations.push(`${relative(root, file)}: ${imp.specifier}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("the main entry's import closure has no node: import (it runs in browsers)", () => {
    const seen = new Set<string>();
    const nodeImports: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imp of graph.get(file) ?? []) {
        if (imp.typeOnly) continue;
        if (imp.specifier.startsWith("node:")) nodeImports.push(`${relative(root, file)}: ${imp.specifier}`);
        else if (imp.specifier.startsWith(".")) visit(resolveImport(file, imp.specifier));
      }
    };
    visit(join(src, "index.ts"));
    expect(seen.size).toBeGreaterThan(10);
    expect(nodeImports).toEqual([]);
  });

  it("parses import statements, including type-only and multi-line ones", () => {
    const text = `import { a,\n  b } from "./x.js";\nimport type { T } from "../model/y.js";\nexport * from "./z.js";\nconst m = await import("node:fs");`;
    expect(importsOf(text)).toEqual([
      { specifier: "./x.js", typeOnly: false },
      { specifier: "../model/y.js", typeOnly: true },
      { specifier: "./z.js", typeOnly: false },
      { specifier: "node:fs", typeOnly: false },
    ]);
  });
});
