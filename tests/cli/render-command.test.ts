import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRenderCommand, renderCommand } from "../../src/cli/commands/render.js";
import type { Command } from "../../src/cli/command.js";
import { MERMAID_VIEW_NAMES } from "../../src/mermaid/to-mermaid-view.js";
import { generateModel } from "../fixtures/generate-model.js";
import { runCli } from "./capture-io.js";

let dir = "";
const file = (name: string) => join(dir, name);
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "servicevalue-render-cli-"));
  await writeFile(file("map.mmd"), 'flowchart LR\n  n0["Mail #35;1"] --> n1["Directory"]\n');
  await writeFile(file("bad.mmd"), "flowchart LR\n  a[[[ -->\n");
  await writeFile(file("binary.mmd"), Uint8Array.from([0x66, 0x00, 0x6c]));
  await writeFile(file("model.yaml"), "name: Tiny\nservices:\n  - id: mail\n    name: Mail\n    kind: business\n");
  await writeFile(file("invalid.yaml"), "name: Tiny\nservices:\n  - id: mail\n    nam: Mail\n");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cli = (argv: string[], command: Command = renderCommand) => runCli(argv, { commands: [command] });

describe("servicevalue render", () => {
  it("renders a .mmd file to an SVG file", async () => {
    const { code, out, err } = await cli(["render", file("map.mmd"), "-o", file("map.svg")]);
    expect([code, err]).toEqual([0, ""]);
    expect(out).toBe(`wrote ${file("map.svg")}\n`);
    const svg = await readFile(file("map.svg"), "utf8");
    expect(svg).toMatch(/^<svg [^>]*id="servicevalue-diagram"[^>]*aria-roledescription="flowchart-v2"/);
    expect(svg).toContain("Mail #1");
    expect(svg).toContain("Directory");
    expect(svg.endsWith("</svg>\n")).toBe(true);
  });

  it("writes the SVG to stdout without -o, with Mermaid 12 when asked", async () => {
    const { code, out, err } = await cli(["render", file("map.mmd"), "--mermaid", "12"]);
    expect([code, err]).toEqual([0, ""]);
    expect(out).toMatch(/^<svg [^>]*>/);
    // Mermaid 12's default theme sets its own font, unlike Mermaid 11's.
    expect(out).toContain("Recursive Variable");
  });

  it("exits 2 with what to install when there is no Chromium", async () => {
    const missing = file("no-such-chromium");
    const named = await cli(["render", file("map.mmd"), "-o", file("x.svg"), "--chromium", missing]);
    expect(named).toEqual({
      code: 2,
      out: "",
      err: `servicevalue render: no Chromium at ${JSON.stringify(missing)} (from --chromium): no such file; install it (Debian: apt-get install -y chromium) or pass --chromium <path>\n`,
    });
    const none = await cli(["render", file("map.mmd")], createRenderCommand({ env: {}, candidates: [missing] }));
    expect(none.code).toBe(2);
    expect(none.err).toBe(`servicevalue render: no Chromium found: install it (Debian: apt-get install -y chromium) or pass --chromium <path> (looked for ${missing})\n`);
    const env = await cli(["render", file("map.mmd")], createRenderCommand({ env: { CHROMIUM_PATH: missing } }));
    expect(env.code).toBe(2);
    expect(env.err).toContain("(from CHROMIUM_PATH): no such file");
  });

  it("exits 1 with Mermaid's message for a diagram Mermaid refuses", async () => {
    const { code, out, err } = await cli(["render", file("bad.mmd"), "-o", file("bad.svg")]);
    expect([code, out]).toEqual([1, ""]);
    expect(err).toMatch(new RegExp(`^servicevalue render: Mermaid cannot render ${JSON.stringify(file("bad.mmd")).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:\n  Parse error on line 2:\n`));
    await expect(readFile(file("bad.svg"))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("exits 2 when the file cannot be read, 1 when it is not text", async () => {
    const missing = file("missing.mmd");
    expect(await cli(["render", missing, "-o", file("m.svg")])).toEqual({ code: 2, out: "", err: `servicevalue render: cannot read "${missing}": no such file\n` });
    const binary = await cli(["render", file("binary.mmd")]);
    expect(binary.code).toBe(1);
    expect(binary.err).toContain("not a text file");
  });

  it("exits 2 when the SVG cannot be written", async () => {
    const target = join(dir, "no-such-dir", "map.svg");
    expect(await cli(["render", file("map.mmd"), "-o", target])).toEqual({ code: 2, out: "", err: `servicevalue render: cannot write "${target}": no such directory\n` });
    expect(await cli(["render", file("map.mmd"), "-o", dir])).toEqual({ code: 2, out: "", err: `servicevalue render: cannot write "${dir}": it is a directory\n` });
  });

  it("exits 2 for usage mistakes: an unknown Mermaid version, an unknown extension, --view with a diagram, a model without --view", async () => {
    const version = await cli(["render", file("map.mmd"), "--mermaid", "10"]);
    expect(version.code).toBe(2);
    expect(version.err).toContain('servicevalue render: --mermaid must be 11 or 12, got "10"');
    const txt = await cli(["render", file("map.txt")]);
    expect(txt.code).toBe(2);
    expect(txt.err).toContain('cannot tell what "');
    const view = await cli(["render", file("map.mmd"), "--view", "service-map"]);
    expect(view.code).toBe(2);
    expect(view.err).toContain("--view and --id apply to a model file, not to a .mmd diagram");
    const flag = await cli(["render", file("map.mmd"), "--direction", "TB"]);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain("servicevalue render: --direction applies to a model file, not to a .mmd diagram");
    const wrongView = await cli(["render", file("model.yaml"), "--view", "journey", "--id", "x", "--focus", "mail"]);
    expect(wrongView.code).toBe(2);
    expect(wrongView.err).toContain("servicevalue render: --focus does not apply to the journey view (it applies to: service-map)");
    const model = await cli(["render", file("model.yaml")]);
    expect(model.code).toBe(2);
    expect(model.err).toContain(`a model needs --view <name>: ${MERMAID_VIEW_NAMES.join(", ")}`);
  });

  it("renders a view of a model", async () => {
    const { code, out, err } = await cli(["render", file("model.yaml"), "--view", "service-map", "-o", file("model.svg")]);
    expect([code, err, out]).toEqual([0, "", `wrote ${file("model.svg")}\n`]);
    const svg = await readFile(file("model.svg"), "utf8");
    expect(svg).toContain("Mail");
    expect(svg).toContain("Service map: Tiny");
  });

  it("takes the diagram command's view flags", async () => {
    const { code, out, err } = await cli([
      "render",
      "examples/modern-workplace.yaml",
      "--view",
      "service-map",
      "--focus",
      "mail",
      "--title",
      "Mail and friends",
      "--link",
      "../services/{id}.md",
    ]);
    expect([code, err]).toEqual([0, ""]);
    expect(out).toContain("Mail and friends");
    expect(out).toContain('href="../services/mail.md"');
    expect(out).not.toContain("Network");
  });

  it("renders a view of one element with --id, and asks for the id when it is missing", async () => {
    const stream = await cli(["render", "examples/modern-workplace.yaml", "--view", "value-stream", "--id", "onboard-employee", "--mermaid", "12"]);
    expect([stream.code, stream.err]).toEqual([0, ""]);
    expect(stream.out).toMatch(/^<svg [^>]*aria-roledescription="flowchart-v2"/);
    expect(stream.out).toContain("HR registers the new hire");
    const missing = await cli(["render", "examples/modern-workplace.yaml", "--view", "journey"]);
    expect(missing).toEqual({
      code: 2,
      out: "",
      err: "servicevalue render: the journey view is drawn for one journey: pass --id <journey> (one of sales-collaboration-journey)\n",
    });
    const unknown = await cli(["render", "examples/modern-workplace.yaml", "--view", "dimensions", "--id", "mial"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('service "mial" not found (did you mean "mail"?)');
  });

  it("says on stderr what a view left out to stay within Mermaid's limits", async () => {
    await writeFile(file("big.json"), JSON.stringify(generateModel({ services: 100 })));
    const { code, out, err } = await cli(["render", file("big.json"), "--view", "service-map", "-o", file("big.svg")]);
    expect([code, out]).toEqual([0, `wrote ${file("big.svg")}\n`]);
    expect(err).toMatch(/^warning: toMermaidServiceMap: the full map \(\d+ edges\) is over the site's limits/);
    expect(await readFile(file("big.svg"), "utf8")).toContain("Business service 0");
  });

  it("refuses an unknown view, an id the view does not take, and an invalid model", async () => {
    const unknown = await cli(["render", file("model.yaml"), "--view", "service-mao"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(`servicevalue render: unknown view "service-mao" (did you mean "service-map"?); the views are ${MERMAID_VIEW_NAMES.join(", ")}\n`);
    const id = await cli(["render", file("model.yaml"), "--view", "service-map", "--id", "mail"]);
    expect(id.code).toBe(2);
    expect(id.err).toContain('the service-map view is of the whole model and takes no --id, got "mail"');
    const invalid = await cli(["render", file("invalid.yaml"), "--view", "service-map"]);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain('services[0].nam: unknown key "nam"');
  });
});
