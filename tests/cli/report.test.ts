import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/command-registry.js";
import { reportCommand } from "../../src/cli/commands/report.js";
import { toMermaidView } from "../../src/mermaid/to-mermaid-view.js";
import { toMarkdownReport } from "../../src/report/to-markdown-report.js";
import { EXAMPLES_DIR, loadExample } from "../examples/load-example.js";
import { runCli } from "./capture-io.js";

const EXAMPLE = `${EXAMPLES_DIR}modern-workplace.yaml`;
const { model } = loadExample("modern-workplace.yaml");

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "servicevalue-report-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cli = (argv: string[]) => runCli(argv);

describe("servicevalue report", () => {
  it("is registered", () => {
    expect(COMMANDS).toContain(reportCommand);
  });

  it("prints the report of a model with its diagrams on stdout", async () => {
    const { code, out, err } = await cli(["report", EXAMPLE]);
    expect(code).toBe(0);
    expect(err).toBe("");
    const diagrams = (r: { view: string; id?: string; options?: Readonly<Record<string, unknown>> }) =>
      toMermaidView(model, r.view, { ...r.options, ...(r.id === undefined ? {} : { id: r.id }) });
    expect(out).toBe(toMarkdownReport(model, { diagrams }));
    expect(out).toContain("```mermaid\n---\ntitle: \"Service map: Modern workplace\"");
  });

  it("writes the report to -o and says so", async () => {
    const file = join(dir, "report.md");
    const { code, out } = await cli(["report", EXAMPLE, "-o", file, "--no-diagrams"]);
    expect(code).toBe(0);
    expect(out).toBe(`wrote ${file}\n`);
    expect(await readFile(file, "utf8")).toBe(toMarkdownReport(model));
  });

  it("passes the sections, budget, top and date on", async () => {
    const { code, out } = await cli(["report", EXAMPLE, "--sections", "investments, summary", "--budget", "450000", "--top", "3", "--date", "2025-06-30", "--no-diagrams"]);
    expect(code).toBe(0);
    expect(out).toBe(toMarkdownReport(model, { sections: ["summary", "investments"], budget: 450_000, top: 3, date: "2025-06-30" }));
  });

  it("passes --max-steps on: a whole number, or all", async () => {
    const one = await cli(["report", EXAMPLE, "--sections", "investments", "--budget", "450000", "--max-steps", "1", "--no-diagrams"]);
    expect(one.code).toBe(0);
    expect(one.out).toBe(toMarkdownReport(model, { sections: ["investments"], budget: 450_000, maxSteps: 1 }));
    expect(one.out).toContain("Note: not proven best");
    const all = await cli(["report", EXAMPLE, "--sections", "investments", "--budget", "450000", "--max-steps", "all", "--no-diagrams"]);
    expect(all.out).toBe(toMarkdownReport(model, { sections: ["investments"], budget: 450_000, maxSteps: Number.POSITIVE_INFINITY }));
    expect(all.out).not.toContain("not proven best");
  });

  it("adds the simulation with --iterations and --seed", async () => {
    const { code, out } = await cli(["report", EXAMPLE, "--sections", "simulation", "--iterations", "500", "--seed", "4", "--no-diagrams"]);
    expect(code).toBe(0);
    expect(out).toBe(toMarkdownReport(model, { sections: ["simulation"], simulation: { iterations: 500, seed: 4 } }));
  });

  it.each([
    [["--sections", "sumary"], /unknown section "sumary" \(did you mean "summary"\?\)/],
    [["--sections", ","], /--sections needs a comma-separated list/],
    [["--sections", "simulation"], /the simulation section needs --iterations/],
    [["--budget=-5"], /--budget must be an amount of money >= 0/],
    [["--budget", "lots"], /--budget must be an amount/],
    [["--iterations", "0"], /--iterations must be a whole number from 1 to 10,000,000/],
    [["--seed", "3"], /--seed applies to the simulation: add --iterations/],
    [["--top", "0"], /--top must be a whole number >= 1/],
    [["--max-steps", "0"], /--max-steps must be a whole number >= 1 or "all" \(search to the end\), got "0"/],
    [["--max-steps", "lots"], /--max-steps must be a whole number >= 1 or "all"/],
    [["--date", " "], /--date needs a value/],
    [["--diagrams"], /unknown option --diagrams \(did you mean --no-diagrams\?\)/],
  ])("exits 2 for %j", async (flags, message) => {
    const { code, out, err } = await cli(["report", EXAMPLE, ...flags]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
  });

  it("exits 1 for an invalid model, with where the problem is", async () => {
    const file = join(dir, "bad.yaml");
    await writeFile(file, "name: Bad\nservices:\n  - id: mail\n    name: Mail\n    owner: nobody\n");
    const { code, out, err } = await cli(["report", file]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toMatch(/bad\.yaml:5:\d+ services\[0\]\.owner/);
  });

  it("exits 2 for a file it cannot read or write", async () => {
    const missing = await cli(["report", join(dir, "missing.yaml")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read .*missing\.yaml.*: no such file/);
    const unwritable = await cli(["report", EXAMPLE, "-o", join(dir, "no", "such", "dir", "r.md"), "--no-diagrams"]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.err).toMatch(/cannot write .*r\.md.*: no such directory/);
  });

  it("exits 2 without a file, and explains itself with --help", async () => {
    expect((await cli(["report"])).code).toBe(2);
    const help = await cli(["report", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Usage: servicevalue report <file> \[options\]/);
    expect(help.out).toContain("--sections <a,b>");
  });
});
