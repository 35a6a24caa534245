import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/command-registry.js";
import { diagramCommand } from "../../src/cli/commands/diagram.js";
import { DIAGRAM_FLAGS } from "../../src/cli/diagram/diagram-flags.js";
import { MERMAID_VIEWS, MERMAID_VIEW_NAMES, toMermaidView } from "../../src/mermaid/to-mermaid-view.js";
import { EXAMPLES_DIR, loadExample } from "../examples/load-example.js";
import { runCli } from "./capture-io.js";

const EXAMPLE = `${EXAMPLES_DIR}modern-workplace.yaml`;
const { model } = loadExample("modern-workplace.yaml");

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "servicevalue-diagram-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cli = (argv: string[]) => runCli(argv);

/** An element each per-element view can be drawn for in the example. */
const IDS: Record<string, string> = { "value-stream": "onboard-employee", journey: "sales-collaboration-journey", dimensions: "smart-collaboration", impact: "identity" };

describe("servicevalue diagram", () => {
  it("is registered", () => {
    expect(COMMANDS).toContain(diagramCommand);
  });

  it.each(MERMAID_VIEW_NAMES)("prints the %s view as toMermaidView draws it", async (view) => {
    const id = IDS[view];
    const { code, out, err } = await cli(["diagram", EXAMPLE, "--view", view, ...(id ? ["--id", id] : [])]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toBe(toMermaidView(model, view, id ? { id } : {}).text);
  });

  it("writes the diagram to -o and says so", async () => {
    const file = join(dir, "map.mmd");
    const { code, out } = await cli(["diagram", EXAMPLE, "--view", "service-map", "-o", file]);
    expect(code).toBe(0);
    expect(out).toBe(`wrote ${file}\n`);
    expect(await readFile(file, "utf8")).toBe(toMermaidView(model, "service-map").text);
  });

  it("passes the view options on", async () => {
    const cases: [string[], string, Record<string, unknown>][] = [
      [["--view", "value-stream", "--id", "onboard-employee", "--direction", "td", "--no-times", "--group-by", "none"], "value-stream", { id: "onboard-employee", direction: "TD", times: false, groupBy: "none" }],
      [["--view", "service-map", "--focus", "mail", "--tco", "--no-resources", "--title", "Mail"], "service-map", { focus: "mail", tco: true, resources: false, title: "Mail" }],
      [["--view", "service-map", "--aggregate", "true", "--no-title"], "service-map", { aggregate: true, title: false }],
      [["--view", "stakeholder-map", "--roles", "customer,sponsor", "--no-unrelated"], "stakeholder-map", { roles: ["customer", "sponsor"], unrelated: false }],
      [["--view", "portfolio-quadrant", "--of", "investments", "--value", "roi"], "portfolio-quadrant", { of: "investments", value: "roi" }],
      [["--view", "cost-flow", "--year", "2", "--decimals", "1", "--detail", "services"], "cost-flow", { year: 2, decimals: 1, detail: "services" }],
      [["--view", "impact", "--id", "identity", "--offerings", "--max-label-length", "12"], "impact", { id: "identity", offerings: true, maxLabelLength: 12 }],
      [["--view", "journey", "--id", "sales-collaboration-journey", "--max-edges", "900", "--max-text-size", "90000"], "journey", { id: "sales-collaboration-journey", limits: { maxEdges: 900, maxTextSize: 90_000 } }],
    ];
    for (const [flags, view, options] of cases) {
      const { code, out } = await cli(["diagram", EXAMPLE, ...flags]);
      expect(code, flags.join(" ")).toBe(0);
      expect(out, flags.join(" ")).toBe(toMermaidView(model, view, options).text);
    }
  });

  it("links nodes with --link, through the views' own link checks", async () => {
    const { code, out } = await cli(["diagram", EXAMPLE, "--view", "service-map", "--link", "../services/{id}.md"]);
    expect(code).toBe(0);
    expect(out).toBe(toMermaidView(model, "service-map", { href: ({ id }: { id: string }) => `../services/${id}.md` }).text);
    expect(out).toContain('"../services/mail.md"');
  });

  it("prints a view's warnings on stderr", async () => {
    const { code, out, err } = await cli(["diagram", EXAMPLE, "--view", "service-map", "--max-edges", "5"]);
    expect(code).toBe(0);
    expect(out).toBe(toMermaidView(model, "service-map", { limits: { maxEdges: 5 } }).text);
    expect(err).toMatch(/^warning: toMermaidServiceMap: the full map \(\d+ edges\) is over the site's limits/);
  });

  it.each([
    [["--view", "servce-map"], /unknown view "servce-map" \(did you mean "service-map"\?\); the views are service-map, /],
    [[], /--view <name> is needed: service-map, /],
    [["--view", "journey"], /the journey view is drawn for one journey: add --id <id>: sales-collaboration-journey/],
    [["--view", "value-stream"], /the value-stream view is drawn for one value stream: add --id <id>: onboard-employee, fulfil-access-request/],
    [["--view", "impact"], /drawn for one element: add --id <id>: it-department, .*, and \d+ more/],
    [["--view", "journey", "--id", "sales"], /journey "sales" not found \(did you mean "sales-collaboration-journey"\?\)/],
    [["--view", "service-map", "--id", "mail"], /the service-map view is of the whole model and takes no --id/],
    [["--view", "journey", "--id", "sales-collaboration-journey", "--direction", "LR"], /--direction does not apply to the journey view \(it applies to: service-map, stakeholder-map, value-stream, impact\)/],
    [["--view", "service-map", "--direction", "sideways"], /--direction must be one of TB, TD, BT, LR, RL, got "sideways"/],
    [["--view", "portfolio-quadrant", "--of", "invstments"], /--of must be one of services, investments, got "invstments" \(did you mean "investments"\?\)/],
    [["--view", "stakeholder-map", "--roles", "customer,payer"], /--roles has an unknown role "payer"/],
    [["--view", "cost-flow", "--decimals", "9"], /--decimals must be a whole number from 0 to 6, got "9"/],
    [["--view", "service-map", "--link", "https://docs.example/x"], /--link must contain \{id\}/],
    [["--view", "service-map", "--link", "javascript:alert('{id}')"], /--link is not a link a diagram may hold \(only http\(s\) and relative URLs are allowed, not "javascript:"\)/],
    [["--view", "service-map", "--link", "//evil.example/{id}"], /--link is not a link a diagram may hold \(protocol-relative links/],
    [["--view", "service-map", "--title", "x", "--no-title"], /--title and --no-title exclude each other/],
    [["--view", "service-map", "--focus", "mial"], /element "mial" not found \(did you mean "mail"\?\)/],
    [["--view", "cost-flow", "--year", "9"], /year/],
  ])("exits 2 for %j", async (flags, message) => {
    const { code, out, err } = await cli(["diagram", EXAMPLE, ...flags]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
  });

  it("exits 1 for an invalid model and 2 for a missing file", async () => {
    const bad = join(dir, "bad.json");
    await writeFile(bad, JSON.stringify({ name: "Bad", services: [{ id: "Mail", name: "Mail" }] }));
    expect((await cli(["diagram", bad, "--view", "service-map"])).code).toBe(1);
    expect((await cli(["diagram", join(dir, "none.yaml"), "--view", "service-map"])).code).toBe(2);
  });

  it("declares every view flag for a view that exists", () => {
    for (const [flag, spec] of Object.entries(DIAGRAM_FLAGS)) {
      expect(spec.views.length, flag).toBeGreaterThan(0);
      for (const view of spec.views) expect(Object.hasOwn(MERMAID_VIEWS, view), `${flag}: ${view}`).toBe(true);
    }
  });
});
