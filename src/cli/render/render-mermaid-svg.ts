import { findChromium } from "./find-chromium.js";
import { launchChromium } from "./launch-chromium.js";
import { openMermaidRenderer } from "./mermaid-renderer.js";
import { resolveMermaidBundle, type MermaidMajor } from "./resolve-mermaid-bundle.js";

/** Options of {@link renderMermaidSvg}. */
export interface RenderMermaidSvgOptions {
  /** Mermaid 11 or 12; by default the installed `mermaid`. */
  mermaid?: MermaidMajor;
  /** The Chromium to use; by default `CHROMIUM_PATH` or a standard place (see `findChromium`). */
  chromium?: string;
  /** The id of the SVG element (the prefix of its CSS rules); `mermaid-svg` by default. */
  id?: string;
  /** Longest wait for the diagram, in milliseconds. */
  timeoutMs?: number;
}

/**
 * Render Mermaid text to a standalone SVG in a local headless Chromium, the way a docs site with
 * `securityLevel: "strict"` would: find Chromium and Mermaid's bundle, launch, render, close. Every failure is a
 * `RenderError`: `no-chromium`, `no-mermaid`, `no-playwright`, `launch-failed`, `timeout`, or `diagram-error` with
 * Mermaid's message. To render many diagrams, open one renderer with `openMermaidRenderer` instead.
 * @example const svg = await renderMermaidSvg("flowchart LR\n  a --> b", { mermaid: 11 });
 */
export async function renderMermaidSvg(text: string, options: RenderMermaidSvgOptions = {}): Promise<string> {
  const executablePath = findChromium(options.chromium === undefined ? {} : { explicit: options.chromium });
  const bundle = resolveMermaidBundle(options.mermaid);
  const browser = await launchChromium(executablePath);
  try {
    const renderer = await openMermaidRenderer(browser, bundle, options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
    return await renderer.render(text, options.id ?? "mermaid-svg");
  } finally {
    await browser.close().catch(() => undefined);
  }
}
