import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MERMAID_VIEW_NAMES } from "../../../src/mermaid/to-mermaid-view.js";
import { galleryEntries, galleryReadme, loadExamples } from "../../../scripts/render-gallery.js";

/** The committed gallery matches the examples and views (rendering it is `npm run gallery`; here nothing renders). */
const GALLERY = fileURLToPath(new URL("../../../examples/gallery/", import.meta.url));
const STALE = "examples/gallery is stale: run npm run gallery (needs Chromium: scripts/install-chromium.sh) and commit the result";

describe("the examples gallery", () => {
  const entries = galleryEntries(loadExamples());

  it("has one SVG per drawing of every example, and no other", () => {
    const files = readdirSync(GALLERY).filter((f) => f.endsWith(".svg")).sort();
    expect(files, STALE).toEqual(entries.map((e) => e.file).sort());
  });

  it("shows every view of every example, with deterministic, distinct file names", () => {
    for (const { example } of loadExamples()) {
      const views = new Set(entries.filter((e) => e.example === example).map((e) => e.drawing.view));
      expect([example, [...views]]).toEqual([example, MERMAID_VIEW_NAMES]);
    }
    expect(new Set(entries.map((e) => e.file)).size).toBe(entries.length);
    expect(entries.every((e) => /^[a-z0-9]+(-[a-z0-9]+)*\.svg$/.test(e.file))).toBe(true);
    expect(galleryEntries(loadExamples()).map((e) => e.file)).toEqual(entries.map((e) => e.file));
  });

  it("has a README that lists every SVG", () => {
    const readme = readFileSync(`${GALLERY}README.md`, "utf8");
    const version = /Mermaid (\d+\.\d+\.\d+)/.exec(readme)?.[1] ?? "";
    expect(readme, STALE).toBe(galleryReadme(entries, version));
    for (const e of entries) expect(readme).toContain(`](${e.file})`);
  });

  it("holds standalone SVG files rendered without an error diagram", () => {
    for (const e of entries) {
      const svg = readFileSync(`${GALLERY}${e.file}`, "utf8");
      expect(svg.slice(0, 200), e.file).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg, e.file).toContain(`id="${e.file.replace(/\.svg$/, "")}"`);
      expect(svg, e.file).not.toContain('aria-roledescription="error"');
    }
  });
});
