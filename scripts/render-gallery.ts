/**
 * Render every view of every example to examples/gallery/<example>-<view>[-<id>].svg with the installed Mermaid in a
 * local headless Chromium (securityLevel strict, as a docs site), remove stale SVGs, and write the gallery's README.
 * Run: `npx tsx scripts/render-gallery.ts` (npm run gallery). Options: `--mermaid 12`, `--chromium <path>`.
 * Exit 1 when a diagram does not render (nothing is written then), 2 when Chromium, Mermaid or playwright-core is missing.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { launchMermaidRenderer } from "../src/cli/render/launch-mermaid-renderer.js";
import { drawModelDrawing, modelDrawings, type ModelDrawing } from "../src/cli/render/model-drawings.js";
import { RenderError } from "../src/cli/render/render-error.js";
import { MERMAID_MAJORS, type MermaidMajor } from "../src/cli/render/resolve-mermaid-bundle.js";
import { readModelText } from "../src/io/parse-model-text.js";
import type { Model } from "../src/model/schema/model.js";

const EXAMPLES = fileURLToPath(new URL("../examples/", import.meta.url));
const GALLERY = join(EXAMPLES, "gallery");

/** One SVG of the gallery. */
export interface GalleryEntry {
  /** `modern-workplace-value-stream-onboard-employee.svg` */
  file: string;
  example: string;
  drawing: ModelDrawing;
  model: Model;
}

/** The gallery's SVGs: every drawing (the `gallery` selection) of every example, in example then drawing order. */
export function galleryEntries(examples: readonly { example: string; model: Model }[]): GalleryEntry[] {
  return examples.flatMap(({ example, model }) =>
    modelDrawings(model, "gallery").map((drawing) => ({ file: `${example}-${drawing.stem}.svg`, example, drawing, model })),
  );
}

/** The examples folder's models, by file name without extension, sorted. */
export function loadExamples(dir = EXAMPLES): { example: string; model: Model }[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ example: basename(f).replace(/\.ya?ml$/, ""), model: readModelText("render-gallery", readFileSync(join(dir, f), "utf8"), { format: "yaml", fileName: f }) }));
}

/** The gallery's README: what it is, how to regenerate it, and every SVG under its example. */
export function galleryReadme(entries: readonly GalleryEntry[], mermaidVersion: string): string {
  const lines = [
    "# Examples gallery",
    "",
    "Every view of every example in `examples/`, rendered to SVG by Mermaid " + mermaidVersion + " in headless Chromium",
    '(`securityLevel: "strict"`, as a docs site renders it). Generated: do not edit; regenerate with `npm run gallery`',
    "(`scripts/render-gallery.ts`; needs a local Chromium: `scripts/install-chromium.sh`).",
    "",
    "Per-element views are drawn for each value stream and journey, for each business service (dimensions) and for",
    "each resource (impact: what fails when it fails). Any other element: `servicevalue render <model> --view <view> --id <id>`.",
  ];
  let example = "";
  for (const entry of entries) {
    if (entry.example !== example) {
      example = entry.example;
      lines.push("", `## ${entry.model.name} (\`${example}.yaml\`)`, "");
    }
    const { view, id, options } = entry.drawing;
    const what = [view, options?.of === "investments" ? "of investments" : undefined, id === undefined ? undefined : `\`${id}\``].filter(Boolean).join(" ");
    lines.push(`- [${what}](${entry.file})`);
  }
  return `${lines.join("\n")}\n`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { mermaid: { type: "string" }, chromium: { type: "string" } } });
  const major = values.mermaid === undefined ? undefined : MERMAID_MAJORS.find((m) => String(m) === values.mermaid);
  if (values.mermaid !== undefined && major === undefined) {
    process.stderr.write(`render-gallery: --mermaid must be ${MERMAID_MAJORS.join(" or ")}, got ${JSON.stringify(values.mermaid)}\n`);
    return 2;
  }
  const started = performance.now();
  const entries = galleryEntries(loadExamples());
  const warnings: string[] = [];
  const diagrams = entries.map((e) => {
    const { text, warnings: w } = drawModelDrawing(e.model, e.drawing);
    warnings.push(...w.map((m) => `${e.file}: ${m}`));
    return { text, id: e.file.replace(/\.svg$/, "") };
  });
  let renderer;
  try {
    renderer = await launchMermaidRenderer({ precision: 2, ...(major === undefined ? {} : { mermaid: major as MermaidMajor }), ...(values.chromium ? { chromium: values.chromium } : {}) });
  } catch (e) {
    if (!(e instanceof RenderError)) throw e;
    process.stderr.write(`render-gallery: ${e.message}\n`);
    return 2;
  }
  let results;
  try {
    results = await renderer.renderAll(diagrams);
  } finally {
    await renderer.close();
  }
  const failures = results.flatMap((r, i) => (r.ok ? [] : [`${entries[i]!.file}: ${r.error.split("\n")[0]}`]));
  if (failures.length > 0) {
    process.stderr.write(`render-gallery: ${failures.length} diagram(s) did not render; nothing written:\n${failures.map((f) => `  ${f}\n`).join("")}`);
    return 1;
  }
  mkdirSync(GALLERY, { recursive: true });
  const keep = new Set(entries.map((e) => e.file));
  const stale = readdirSync(GALLERY).filter((f) => f.endsWith(".svg") && !keep.has(f));
  for (const f of stale) rmSync(join(GALLERY, f));
  for (const [i, r] of results.entries()) if (r.ok) writeFileSync(join(GALLERY, entries[i]!.file), `${r.svg}\n`);
  writeFileSync(join(GALLERY, "README.md"), galleryReadme(entries, renderer.bundle.version));
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`render-gallery: ${entries.length} SVGs in examples/gallery (Mermaid ${renderer.bundle.version}), ${stale.length} stale removed, ${seconds} s\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`render-gallery: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 70;
    },
  );
}
