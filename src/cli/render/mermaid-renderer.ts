import type { Browser, Page } from "playwright-core";
import { invalidArgument } from "../../model/errors.js";
import { RenderError, firstLine } from "./render-error.js";
import type { MermaidBundle } from "./resolve-mermaid-bundle.js";

/** One diagram to render: Mermaid text and, optionally, the id of the SVG element (also the prefix of its CSS). */
export interface DiagramSource {
  text: string;
  id?: string;
}

/** The result of rendering one diagram: the SVG, or Mermaid's error message. */
export type MermaidRenderResult =
  | {
      ok: true;
      id: string;
      /** The SVG as standalone XML (serialised from the DOM, so HTML labels inside `foreignObject` are well-formed). */
      svg: string;
      /** The text a reader sees (text of the SVG without its `<style>`, `<title>` and `<desc>`). */
      visibleText: string;
      /** Mermaid's name of the diagram type, e.g. `flowchart-v2`, `journey`, `sankey`. */
      diagramType: string;
    }
  | { ok: false; id: string; error: string };

/** Mermaid in one Chromium page: renders diagram after diagram, without reloading the 3 to 6 MB bundle. */
export interface MermaidRenderer {
  readonly bundle: MermaidBundle;
  /** The page Mermaid runs in (for tests that inspect the DOM). */
  readonly page: Page;
  /** Render each diagram in turn; a diagram Mermaid refuses gives `{ ok: false, error }` and the rest still render. */
  renderAll(diagrams: readonly (string | DiagramSource)[]): Promise<MermaidRenderResult[]>;
  /** Render one diagram to standalone SVG; a diagram Mermaid refuses is a `RenderError("diagram-error")` with its message. */
  render(text: string, id?: string): Promise<string>;
  /** Close the page (not the browser). */
  close(): Promise<void>;
}

/** Options of {@link openMermaidRenderer}. */
export interface MermaidRendererOptions {
  /** Longest wait for one diagram, in milliseconds (30,000 by default); past it, a `RenderError("timeout")`. */
  timeoutMs?: number;
  /**
   * Round the coordinates of paths and polygons to this many decimals: a smaller file, the same picture (Mermaid
   * writes up to 17 digits; a service map's outlines are most of its megabyte). Default: as Mermaid wrote them.
   */
  precision?: number;
}

/**
 * The Mermaid configuration a default docs site has: `securityLevel: "strict"`, nothing rendered on load. NOTE: plus a
 * fixed `handDrawnSeed`: some shapes are drawn with rough.js even in the classic look, and its default seed is random,
 * so the same diagram would give a different SVG each time.
 */
const MERMAID_CONFIG = { startOnLoad: false, securityLevel: "strict", handDrawnSeed: 1 } as const;

/**
 * Open a page in `browser`, load Mermaid's browser bundle from disk (no network, no CDN) and initialise it with
 * `securityLevel: "strict"` and `startOnLoad: false`. Each diagram goes through `mermaid.render(id, text)`; a thrown
 * parse or render error, Mermaid's error diagram ("Syntax error in text") or its placeholder for a text over
 * `maxTextSize`, is a failed result.
 * @example
 * const renderer = await openMermaidRenderer(browser, resolveMermaidBundle(11));
 * const svg = await renderer.render("flowchart LR\n  a --> b");
 * await renderer.close();
 */
export async function openMermaidRenderer(browser: Browser, bundle: MermaidBundle, options: MermaidRendererOptions = {}): Promise<MermaidRenderer> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const precision = options.precision ?? null;
  if (precision !== null && !(Number.isInteger(precision) && precision >= 0 && precision <= 10)) {
    invalidArgument("openMermaidRenderer", "options.precision must be a whole number of decimals from 0 to 10", precision);
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"><title>mermaid</title></head><body></body></html>');
    await page.addScriptTag({ path: bundle.path });
    await page.evaluate(
      `if (!globalThis.mermaid) throw new Error("the bundle did not define globalThis.mermaid"); globalThis.mermaid.initialize(${JSON.stringify(MERMAID_CONFIG)});`,
    );
  } catch (e) {
    await page.close().catch(() => undefined);
    throw new RenderError("no-mermaid", `Mermaid ${bundle.version} (${bundle.path}) did not load: ${firstLine(e)}`);
  }

  const renderOne = async (diagram: string | DiagramSource, index: number): Promise<MermaidRenderResult> => {
    const text = typeof diagram === "string" ? diagram : diagram.text;
    const id = svgId(typeof diagram === "string" ? undefined : diagram.id, index);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RenderError("timeout", `Mermaid took more than ${timeoutMs} ms to render diagram "${id}"`)), timeoutMs);
    });
    try {
      const run = page.evaluate(`(${RENDER_IN_PAGE})(${JSON.stringify({ id, text, precision })})`) as Promise<MermaidRenderResult>;
      return await Promise.race([run, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    bundle,
    page,
    async renderAll(diagrams) {
      const results: MermaidRenderResult[] = [];
      for (const [i, d] of diagrams.entries()) results.push(await renderOne(d, i));
      return results;
    },
    async render(text, id) {
      const result = await renderOne(id === undefined ? text : { text, id }, 0);
      if (!result.ok) throw new RenderError("diagram-error", result.error);
      return result.svg;
    },
    close: () => page.close(),
  };
}

/** A valid id for the SVG element and its CSS selectors: letters, digits, `-` and `_`, starting with a letter. */
function svgId(id: string | undefined, index: number): string {
  const clean = (id ?? `mermaid-${index}`).replace(/[^A-Za-z0-9_-]/g, "-");
  return /^[A-Za-z]/.test(clean) ? clean : `mermaid-${clean}`;
}

/**
 * Runs inside the page, `({ id, text }) => Promise<MermaidRenderResult>`. NOTE: kept as source text, not a function,
 * because playwright sends a function's `toString()` and TypeScript runners (tsx) add helpers such as `__name` to it
 * that do not exist in the page. The SVG is parsed into an inert `<template>`, so nothing in it runs or loads here,
 * and serialised as XML for a standalone file.
 */
const RENDER_IN_PAGE = `async ({ id, text, precision }) => {
  // Mermaid leaves its scratch elements behind when it fails; remove them so the next diagram starts clean.
  const cleanUp = () => {
    for (const leftover of [id, "d" + id, "i" + id]) document.getElementById(leftover)?.remove();
  };
  let rendered;
  try {
    rendered = await globalThis.mermaid.render(id, text);
  } catch (e) {
    cleanUp();
    const error = e instanceof Error ? e.message : typeof e === "string" ? e : JSON.stringify(e);
    return { ok: false, id, error: error || "Mermaid failed without a message" };
  }
  cleanUp();
  const template = document.createElement("template");
  template.innerHTML = rendered.svg;
  const svg = template.content.querySelector("svg");
  if (!svg) return { ok: false, id, error: "Mermaid returned no <svg> element" };
  const visible = svg.cloneNode(true);
  for (const hidden of visible.querySelectorAll("style, title, desc")) hidden.remove();
  const visibleText = visible.textContent ?? "";
  if (svg.getAttribute("aria-roledescription") === "error" || /Syntax error in text/.test(visibleText)) {
    return { ok: false, id, error: "Mermaid drew its error diagram: " + visibleText.replace(/\\s+/g, " ").trim() };
  }
  // Over maxTextSize Mermaid draws a placeholder instead of the diagram, without an error.
  if (/Maximum text size in diagram exceeded/.test(visibleText)) {
    return { ok: false, id, error: "the diagram is over Mermaid's maxTextSize (50,000 characters by default): Mermaid drew a placeholder instead" };
  }
  if (precision !== null) {
    const round = (value) => value.replace(/-?\\d*\\.\\d+(?:e-?\\d+)?/g, (n) => String(Number(Number(n).toFixed(precision))));
    for (const el of svg.querySelectorAll("path[d], polygon[points], polyline[points]")) {
      for (const name of ["d", "points"]) if (el.hasAttribute(name)) el.setAttribute(name, round(el.getAttribute(name)));
    }
  }
  const xml = new XMLSerializer().serializeToString(svg);
  return { ok: true, id, svg: xml, visibleText, diagramType: rendered.diagramType ?? svg.getAttribute("aria-roledescription") ?? "" };
}`;
