import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { findChromium } from "../../../src/cli/render/find-chromium.js";
import { launchChromium } from "../../../src/cli/render/launch-chromium.js";
import { openMermaidRenderer, type MermaidRenderer } from "../../../src/cli/render/mermaid-renderer.js";
import { MERMAID_MAJORS, resolveMermaidBundle, type MermaidMajor } from "../../../src/cli/render/resolve-mermaid-bundle.js";
import { installXssTrap } from "./xss-trap.js";

/** What a failing setup says: the render suites never skip; without Chromium they fail and say how to get it. */
export const MISSING_CHROMIUM =
  "the Mermaid render tests need a local Chromium and found none: run scripts/install-chromium.sh " +
  "(Debian: apt-get install -y chromium; .ci/run does it) or set CHROMIUM_PATH";

/** The browser and one Mermaid page per major version of a test file. */
export interface MermaidBrowser {
  browser: () => Browser;
  renderer: (major: MermaidMajor) => MermaidRenderer;
  /** Dialogs (alert, confirm, prompt) any page opened: always expected empty. */
  dialogs: () => readonly string[];
}

/**
 * One headless Chromium per test file (launched in `beforeAll`, closed in `afterAll`) with a Mermaid 11 and a
 * Mermaid 12 page, each with the XSS trap installed before any diagram renders. A missing Chromium fails every
 * test of the file with {@link MISSING_CHROMIUM}: the accessors throw it (a failing `beforeAll` would only mark the
 * tests skipped).
 */
export function useMermaidBrowser(): MermaidBrowser {
  let browser: Browser | undefined;
  let setupError: Error | undefined;
  const renderers = new Map<MermaidMajor, MermaidRenderer>();
  const dialogs: string[] = [];
  beforeAll(async () => {
    let path: string;
    try {
      path = findChromium();
    } catch (e) {
      setupError = new Error(`${MISSING_CHROMIUM}\n(${e instanceof Error ? e.message : String(e)})`);
      return;
    }
    browser = await launchChromium(path);
    await Promise.all(
      MERMAID_MAJORS.map(async (major) => {
        const renderer = await openMermaidRenderer(browser!, resolveMermaidBundle(major));
        renderer.page.on("dialog", (dialog) => {
          dialogs.push(`${dialog.type()}: ${dialog.message()}`);
          void dialog.dismiss();
        });
        await installXssTrap(renderer.page);
        renderers.set(major, renderer);
      }),
    );
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => {
      if (setupError) throw setupError;
      if (!browser) throw new Error("useMermaidBrowser: the browser is not running (beforeAll failed)");
      return browser;
    },
    renderer: (major) => {
      if (setupError) throw setupError;
      const renderer = renderers.get(major);
      if (!renderer) throw new Error(`useMermaidBrowser: no Mermaid ${major} page (beforeAll failed)`);
      return renderer;
    },
    dialogs: () => dialogs,
  };
}
