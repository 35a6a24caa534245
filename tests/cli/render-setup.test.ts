import { chmod, mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_CANDIDATES, findChromium } from "../../src/cli/render/find-chromium.js";
import { launchChromium } from "../../src/cli/render/launch-chromium.js";
import { launchMermaidRenderer } from "../../src/cli/render/launch-mermaid-renderer.js";
import { RenderError } from "../../src/cli/render/render-error.js";
import { resolveMermaidBundle } from "../../src/cli/render/resolve-mermaid-bundle.js";

let dir = "";
let fakeChrome = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "servicevalue-render-"));
  fakeChrome = join(dir, "chrome");
  await writeFile(fakeChrome, "#!/bin/sh\nexit 1\n");
  await chmod(fakeChrome, 0o755);
  await writeFile(join(dir, "not-executable"), "");
  await mkdir(join(dir, "a-directory"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The error a call throws, for its code and message. */
function thrown(f: () => unknown): RenderError {
  try {
    f();
  } catch (e) {
    if (e instanceof RenderError) return e;
    throw e;
  }
  throw new Error("expected a RenderError");
}

describe("findChromium", () => {
  it("takes --chromium first, then CHROMIUM_PATH, then the first executable candidate", () => {
    expect(findChromium({ explicit: fakeChrome, env: { CHROMIUM_PATH: "/nope" }, candidates: [] })).toBe(fakeChrome);
    expect(findChromium({ env: { CHROMIUM_PATH: fakeChrome }, candidates: [] })).toBe(fakeChrome);
    expect(findChromium({ env: {}, candidates: [join(dir, "missing"), join(dir, "a-directory"), join(dir, "not-executable"), fakeChrome] })).toBe(fakeChrome);
    expect(CHROMIUM_CANDIDATES[0]).toBe("/usr/bin/chromium");
  });

  it("refuses a named path that is not an executable file, without falling back", () => {
    const missing = thrown(() => findChromium({ explicit: join(dir, "missing"), candidates: [fakeChrome] }));
    expect(missing.code).toBe("no-chromium");
    expect(missing.message).toBe(
      `no Chromium at ${JSON.stringify(join(dir, "missing"))} (from --chromium): no such file; install it (Debian: apt-get install -y chromium) or pass --chromium <path>`,
    );
    expect(thrown(() => findChromium({ env: { CHROMIUM_PATH: join(dir, "a-directory") }, candidates: [fakeChrome] })).message).toContain("(from CHROMIUM_PATH): not a file");
    // Even root needs an execute bit.
    expect(thrown(() => findChromium({ explicit: join(dir, "not-executable") })).message).toContain("(from --chromium): not executable");
  });

  it("says how to install Chromium when none is found", () => {
    const none = thrown(() => findChromium({ env: {}, candidates: [join(dir, "missing")] }));
    expect(none.code).toBe("no-chromium");
    expect(none.message).toBe(`no Chromium found: install it (Debian: apt-get install -y chromium) or pass --chromium <path> (looked for ${join(dir, "missing")})`);
  });
});

describe("resolveMermaidBundle", () => {
  it("finds the installed mermaid, and a major version under its alias", () => {
    const installed = resolveMermaidBundle();
    expect(installed.path).toMatch(/node_modules\/mermaid\/dist\/mermaid\.min\.js$/);
    expect(installed.version).toMatch(/^11\./);
    expect(resolveMermaidBundle(11)).toEqual(installed);
    const twelve = resolveMermaidBundle(12);
    expect(twelve.path).toMatch(/node_modules\/mermaid12\/dist\/mermaid\.min\.js$/);
    expect(twelve.version).toMatch(/^12\./);
  });

  it("says what to install when Mermaid is missing", () => {
    const from = pathToFileURL(join(dir, "cli.js")).href;
    const none = thrown(() => resolveMermaidBundle(undefined, from));
    expect(none.code).toBe("no-mermaid");
    expect(none.message).toBe("Mermaid is not installed: npm install mermaid (an optional peer dependency of servicevalue, needed to render)");
    expect(thrown(() => resolveMermaidBundle(12, from)).message).toBe(
      "Mermaid 12 is not installed: npm install mermaid@12, or beside another version: npm install mermaid12@npm:mermaid@12",
    );
  });

  it("names the version it found when it is not the one asked for", async () => {
    const project = join(dir, "project");
    await mkdir(join(project, "node_modules", "mermaid", "dist"), { recursive: true });
    await writeFile(join(project, "node_modules", "mermaid", "package.json"), JSON.stringify({ name: "mermaid", version: "10.9.1" }));
    await writeFile(join(project, "node_modules", "mermaid", "dist", "mermaid.min.js"), "");
    const from = pathToFileURL(join(project, "cli.js")).href;
    expect(resolveMermaidBundle(undefined, from).version).toBe("10.9.1");
    expect(thrown(() => resolveMermaidBundle(11, from)).message).toMatch(/^Mermaid 11 is not installed \(found mermaid@10\.9\.1\): npm install mermaid@11/);
  });
});

describe("launchChromium", () => {
  it("reports a browser that does not start", async () => {
    const failure = await launchChromium(fakeChrome, { timeoutMs: 10_000 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RenderError);
    expect(failure).toMatchObject({ code: "launch-failed" });
    expect((failure as Error).message).toMatch(new RegExp(`^Chromium at ${JSON.stringify(fakeChrome).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} did not start: `));
  });
});

describe("launchMermaidRenderer", () => {
  it("reports a missing Chromium before it looks for anything else", async () => {
    const failure = await launchMermaidRenderer({ chromium: join(dir, "missing"), mermaid: 12 }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: "RenderError", code: "no-chromium" });
  });

  it("renders with a browser it closes itself", async () => {
    const renderer = await launchMermaidRenderer({ mermaid: 12, env: {} });
    try {
      expect(renderer.bundle.version).toMatch(/^12\./);
      expect(await renderer.render("flowchart LR\n  a --> b", "tiny")).toMatch(/^<svg [^>]*id="tiny"/);
    } finally {
      await renderer.close();
    }
    expect(renderer.page.isClosed()).toBe(true);
  });
});

describe("launchChromium without playwright-core", () => {
  it("says what to install", async () => {
    const missing = Object.assign(new Error("Cannot find package 'playwright-core' imported from cli.js"), { code: "ERR_MODULE_NOT_FOUND" });
    const failure = await launchChromium(fakeChrome, { importPlaywright: () => Promise.reject(missing) }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RenderError);
    expect(failure).toMatchObject({
      code: "no-playwright",
      message: "playwright-core is not installed: npm install playwright-core (it drives the local Chromium; no browser is downloaded)",
    });
    const broken = await launchChromium(fakeChrome, { importPlaywright: () => Promise.reject(new SyntaxError("Unexpected token")) }).catch((e: unknown) => e);
    expect(broken).toMatchObject({ code: "no-playwright", message: "playwright-core could not be loaded: Unexpected token" });
  });
});
