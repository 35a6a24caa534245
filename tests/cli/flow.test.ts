import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flowCommand } from "../../src/cli/commands/flow.js";
import { COMMANDS } from "../../src/cli/command-registry.js";
import { formatHours } from "../../src/report/format-values.js";
import { runCli } from "./capture-io.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "servicevalue-flow-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cli = (argv: string[], color = false) => runCli(argv, { color });

async function file(name: string, text: string) {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

/**
 * A stream worked out by hand. Sequence: ask (10 min + 1 d wait), fix (2 h + 4 h wait, %C&A 0.8), check (1 h, %C&A 0.9).
 * Lead time = 10 min + 24 h + 2 h + 4 h + 1 h = 31 1/6 h = 1.3 d; process = 3 1/6 h; wait = 28 h;
 * flow efficiency = 3.1667 / 31.1667 = 10.2%; rolled %C&A = 1 x 0.8 x 0.9 = 72%; bottleneck: ask (24 h 10 min).
 */
const MODEL = `name: Flow
stakeholders:
  - { id: staff, name: Staff, roles: [user] }
valueStreams:
  - id: repair
    name: Repair a laptop
    consumer: staff
    trigger: a laptop breaks
    outcome: the laptop works
    steps:
      - { id: ask, name: Ask, activity: engage, processTime: 10m, waitTime: 1d }
      - { id: fix, name: Fix, activity: deliver-and-support, processTime: 2h, waitTime: 4h, pctCompleteAccurate: 0.8 }
      - { id: check, name: Check, activity: deliver-and-support, processTime: 1h, pctCompleteAccurate: 0.9 }
  - id: idea
    name: An idea with no steps yet
    trigger: someone has an idea
    outcome: the idea is tried
`;

describe("servicevalue flow", () => {
  it("is registered", () => {
    expect(COMMANDS).toContain(flowCommand);
  });

  it("prints a stream's flow metrics in readable units, its steps with their shares, and notes a stream with no steps", async () => {
    const path = await file("flow.yaml", MODEL);
    const { code, out, err } = await cli(["flow", path]);
    expect([code, err]).toEqual([0, ""]);
    expect(out.split("\n")).toEqual([
      "repair: Repair a laptop",
      "  lead time        1.3 d (31.17 h)",
      "  process time     3.17 h",
      "  wait time        1.2 d (28 h)",
      "  flow efficiency  10.2%",
      "  rolled %C&A      72.0%",
      "  critical path    ask -> fix -> check",
      "  bottleneck       ask (1 d: 10 min work, 1 d waiting)",
      "  paths            1",
      "",
      "     step   activity             process  wait  lead  share    %C&A",
      "  !  ask    engage                10 min   1 d   1 d  77.5%  100.0%",
      "  *  fix    deliver-and-support      2 h   4 h   6 h  19.3%   80.0%",
      "  *  check  deliver-and-support      1 h   0 h   1 h   3.2%   90.0%",
      "  * on the critical path, ! its bottleneck; share: of the lead time",
      "",
      "idea: not measured, it has no steps: nothing flows through it (add steps with processTime)",
      "",
    ]);
  });

  it("shows the paths and slack of a branching stream (the modern workplace's access request)", async () => {
    const { code, out } = await cli(["flow", "examples/modern-workplace.yaml", "--stream", "fulfil-access-request"]);
    expect(code).toBe(0);
    // Longest path: 10 min + (5 min + 2 h) + (10 min + 2 d) + (15 min + 4 h) + (5 min + 1 h) = 55.75 h.
    expect(out).toContain("  lead time        2.3 d (55.75 h)\n");
    expect(out).toContain("  critical path    log-request -> check-standard -> owner-approval -> grant-manually -> confirm-access\n");
    expect(out).toContain("  bottleneck       owner-approval (2 d: 10 min work, 2 d waiting)\n");
    expect(out).toContain("  paths            2 (longest first below)\n");
    // The automatic grant is off the critical path: no share of the lead time, and 55.75 - (10 + 5 + 120 + 1 + 5 + 60) / 60 h of slack.
    expect(out).toMatch(/\n {5}grant-automatically +deliver-and-support +1 min +0 h +1 min +- +100\.0% +2\.2 d\n/);
    expect(out).toContain("  paths (2 of 2, longest first)\n");
    expect(out).toMatch(/\n +3\.35 h +21 min +10\.4% +90\.0% +log-request -> check-standard -> grant-automatically -> confirm-access\n/);
    expect(out).not.toContain("onboard-employee");
  });

  it("--json gives the flow metrics of every stream, in hours, with null for what is not defined", async () => {
    const path = await file("flow.json.yaml", MODEL.replace("processTime: 1h, pctCompleteAccurate: 0.9", "processTime: 1h, pctCompleteAccurate: 0.9 }\n  - { id: zero, name: Zero, trigger: t, outcome: o, steps: [{ id: nothing, name: Nothing, activity: plan, processTime: 0 }] }\n#"));
    const { code, out } = await cli(["flow", path, "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.file).toBe(path);
    expect(report.valueStreams.map((v: { valueStream: string }) => v.valueStream)).toEqual(["repair", "zero"]);
    const repair = report.valueStreams[0];
    expect(repair.leadTimeHours).toBeCloseTo(31 + 1 / 6, 10);
    expect(repair.rolledPctCompleteAccurate).toBeCloseTo(0.72, 12);
    expect(repair.bottleneck).toBe("ask");
    // Zero lead time: flow efficiency is not defined, and JSON says null (not NaN, not missing).
    expect(report.valueStreams[1].flowEfficiency).toBeNull();
    expect(report.valueStreams[1].steps[0].shareOfLeadTime).toBeNull();
    expect(report.skipped).toEqual([{ valueStream: "idea", reason: "it has no steps: nothing flows through it" }]);
  });

  it("says n/a for the flow efficiency of a stream with no lead time", async () => {
    const path = await file("zero.yaml", "name: Z\nvalueStreams:\n  - { id: z, name: Z, trigger: t, outcome: o, steps: [{ id: s, name: S, activity: plan, processTime: 0 }] }\n");
    const { code, out } = await cli(["flow", path]);
    expect(code).toBe(0);
    expect(out).toContain("  flow efficiency  n/a (no lead time)\n");
    expect(out).toContain("  lead time        0 h\n");
  });

  it("says so when the model has no value streams", async () => {
    const { code, out } = await cli(["flow", await file("none.yaml", "name: None\n")]);
    expect([code, out]).toEqual([0, `no value streams in ${join(dir, "none.yaml")}: add valueStreams to the model to measure their flow\n`]);
  });

  it("exits 2 on an unknown stream (with a suggestion), an empty --stream and a missing file; 1 on an invalid model", async () => {
    const path = await file("errors.yaml", MODEL);
    const unknown = await cli(["flow", path, "--stream", "repiar"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('value stream "repiar" not found (did you mean "repair"?)');
    const ask = await cli(["flow", path, "--stream", "ask"]);
    expect(ask.code).toBe(2);
    expect(ask.err).toContain('value stream "ask" not found');
    expect((await cli(["flow", path, "--stream", " "])).err).toContain("--stream needs a value stream id");
    expect((await cli(["flow", join(dir, "missing.yaml")])).code).toBe(2);
    expect((await cli(["flow", await file("invalid.yaml", "name: X\nvalueStreams: 3\n")])).code).toBe(1);
    expect((await cli(["flow"])).code).toBe(2);
  });

  it("colours only on a TTY", async () => {
    const path = await file("colour.yaml", MODEL);
    expect((await cli(["flow", path])).out).not.toContain("\u001b[");
    expect((await cli(["flow", path], true)).out).toContain("\u001b[1mrepair: Repair a laptop\u001b[22m");
  });

  it("runs on the bundled examples", async () => {
    for (const example of ["modern-workplace.yaml", "hospital.yaml"]) {
      const { code, out } = await cli(["flow", join("examples", example)]);
      expect([example, code]).toEqual([example, 0]);
      expect(out).toMatch(/flow efficiency +\d+\.\d%/);
    }
  });
});

describe("formatHours", () => {
  it("writes minutes under an hour, hours under a day, days from a day on", () => {
    expect([0, 1 / 120, 0.5, 0.75, 1, 5.25, 12.5, 23.9, 24, 28, 185.25, 168].map(formatHours)).toEqual([
      "0 h",
      "0.5 min",
      "30 min",
      "45 min",
      "1 h",
      "5.25 h",
      "12.5 h",
      "23.9 h",
      "1 d",
      "1.2 d",
      "7.7 d",
      "7 d",
    ]);
    expect(formatHours(undefined)).toBe("n/a");
    expect(formatHours(Number.NaN)).toBe("n/a");
  });
});
