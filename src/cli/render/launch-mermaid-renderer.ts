import { findChromium } from "./find-chromium.js";
import { launchChromium } from "./launch-chromium.js";
import { openMermaidRenderer, type MermaidRenderer } from "./mermaid-renderer.js";
import { resolveMermaidBundle, type MermaidMajor } from "./resolve-mermaid-bundle.js";

/** Options of {@link launchMermaidRenderer}. */
export interface LaunchMermaidRendererOptions {
  /** Mermaid 11 or 12; by default the installed `mermaid`. */
  mermaid?: MermaidMajor;
  /** The Chromium to use; by default `CHROMIUM_PATH` or a standard place (see `findChromium`). */
  chromium?: string;
  /** Where `CHROMIUM_PATH` is read; `process.env` by default. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The standard places to look for Chromium; `CHROMIUM_CANDIDATES` by default. */
  candidates?: readonly string[];
  /** Longest wait for one diagram, in milliseconds. */
  timeoutMs?: number;
  /** Round path coordinates to this many decimals (see `MermaidRendererOptions.precision`). */
  precision?: number;
}

/**
 * Start a local headless Chromium with Mermaid loaded, the way a docs site with `securityLevel: "strict"` renders:
 * find Chromium, then Mermaid's bundle, then launch (so the cheapest missing piece is reported first). Every failure
 * is a `RenderError` (`no-chromium`, `no-mermaid`, `no-playwright`, `launch-failed`). `close()` closes the browser.
 * @example
 * const renderer = await launchMermaidRenderer({ mermaid: 11 });
 * try { await writeFile("map.svg", await renderer.render(text)); } finally { await renderer.close(); }
 */
export async function launchMermaidRenderer(options: LaunchMermaidRendererOptions = {}): Promise<MermaidRenderer> {
  const executablePath = findChromium({
    ...(options.chromium === undefined ? {} : { explicit: options.chromium }),
    ...(options.env === undefined ? {} : { env: options.env }),
    ...(options.candidates === undefined ? {} : { candidates: options.candidates }),
  });
  const bundle = resolveMermaidBundle(options.mermaid);
  const browser = await launchChromium(executablePath);
  try {
    const renderer = await openMermaidRenderer(browser, bundle, {
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.precision === undefined ? {} : { precision: options.precision }),
    });
    return { ...renderer, close: () => browser.close() };
  } catch (e) {
    await browser.close().catch(() => undefined);
    throw e;
  }
}
