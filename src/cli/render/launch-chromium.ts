import type { Browser } from "playwright-core";
import { RenderError, firstLine } from "./render-error.js";

/**
 * The flags Chromium runs with: headless, no sandbox (containers, root), and no background network traffic
 * (updates, sync, QUIC), which a closed network refuses and which a renderer never needs.
 */
const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The advice printed when playwright-core is missing. */
const INSTALL_PLAYWRIGHT_HINT = "npm install playwright-core (it drives the local Chromium; no browser is downloaded)";

type Playwright = typeof import("playwright-core");

/** Options of {@link launchChromium}. */
export interface LaunchChromiumOptions {
  /** Longest wait for the browser to start, in milliseconds (60,000 by default). */
  timeoutMs?: number;
  /** How playwright-core is loaded; tests replace it to play a missing package. */
  importPlaywright?: () => Promise<Playwright>;
}

/**
 * Start a headless Chromium at `executablePath` through playwright-core, imported at run time (it is optional:
 * a missing one is a `RenderError("no-playwright")`; a browser that does not start is `launch-failed`).
 * Close the browser when done.
 * @example const browser = await launchChromium(findChromium());
 */
export async function launchChromium(executablePath: string, options: LaunchChromiumOptions = {}): Promise<Browser> {
  let playwright: Playwright;
  try {
    playwright = await (options.importPlaywright ?? (() => import("playwright-core")))();
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") throw new RenderError("no-playwright", `playwright-core is not installed: ${INSTALL_PLAYWRIGHT_HINT}`);
    throw new RenderError("no-playwright", `playwright-core could not be loaded: ${firstLine(e)}`);
  }
  try {
    return await playwright.chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], timeout: options.timeoutMs ?? 60_000 });
  } catch (e) {
    throw new RenderError("launch-failed", `Chromium at ${JSON.stringify(executablePath)} did not start: ${firstLine(e)}`);
  }
}
