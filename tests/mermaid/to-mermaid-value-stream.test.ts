// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { flowMetrics } from "../../src/flow/flow-metrics.js";
import { ModelError, parseModel } from "../../src/index.js";
import { formatHours, formatPercent } from "../../src/mermaid/format-quantity.js";
import { toMermaidValueStream } from "../../src/mermaid/to-mermaid-value-stream.js";
import { example } from "./examples.js";
import { MERMAID_VERSIONS, parsedFlowchart } from "./mermaid-parser.js";

const workplace = example("modern-workplace").model;
const hospital = example("hospital").model;
const nid = (id: string) => `n_${id.replace(/-/g, "_")}`;

describe("toMermaidValueStream", () => {
  it.each(MERMAID_VERSIONS)("draws every value stream of both examples from trigger to outcome (Mermaid %i)", async (version) => {
    for (const model of [workplace, hospital]) {
      for (const stream of model.valueStreams) {
        const { text, warnings } = toMermaidValueStream(model, stream.id);
        expect(warnings).toEqual([]);
        const chart = await parsedFlowchart(version, text);
        const flow = flowMetrics(model, stream.id);
        expect([...chart.nodes.keys()].sort()).toEqual(["x_trigger", ...stream.steps.map((s) => nid(s.id)), "x_outcome"].sort());
        const next = stream.steps.some((s) => s.next) ? stream.steps.flatMap((s) => s.next ?? []).length : stream.steps.length - 1;
        expect(chart.edges).toHaveLength(flow.entries.length + next + flow.ends.length);
        // The critical path is thick from trigger to outcome, and only it.
        const thick = chart.edges.filter((e) => e.stroke === "thick").map((e) => `${e.from}>${e.to}`);
        const path = ["x_trigger", ...flow.criticalPath.map(nid), "x_outcome"];
        expect(thick).toEqual(expect.arrayContaining(path.slice(1).map((to, i) => `${path[i]}>${to}`)));
        expect(thick).toHaveLength(path.length - 1);
        for (const step of flow.steps) {
          const node = chart.nodes.get(nid(step.id))!;
          const lines = [step.name, `${formatHours(step.processTimeHours)} work, ${formatHours(step.waitTimeHours)} wait`, `%C&A ${formatPercent(step.pctCompleteAccurate)}`];
          if (step.id === flow.bottleneck) lines.push("bottleneck");
          expect(node.label).toBe(lines.join("\n"));
          expect(node.classes.includes("critical")).toBe(step.onCriticalPath);
          expect(node.classes.includes("bottleneck")).toBe(step.id === flow.bottleneck);
        }
        expect(chart.nodes.get("x_outcome")!.label.split("\n")).toEqual([
          "Outcome",
          stream.outcome.length > 60 ? expect.stringMatching(/…$/) : stream.outcome,
          `lead time ${formatHours(flow.leadTimeHours)}, flow efficiency ${formatPercent(flow.flowEfficiency!)}, rolled %C&A ${formatPercent(flow.rolledPctCompleteAccurate)}`,
        ]);
      }
    }
  });

  it("groups steps by value chain activity and colours them", async () => {
    const chart = await parsedFlowchart(11, toMermaidValueStream(workplace, "onboard-employee").text);
    expect(chart.title).toBe("Onboard a new employee");
    const group = (title: string) => chart.subgraphs.find((s) => s.title === title)?.nodes;
    expect(group("Obtain/build")?.sort()).toEqual(["n_create_accounts", "n_prepare_device"]);
    expect(group("Engage")).toEqual(["n_register_hire"]);
    expect(chart.nodes.get("n_register_hire")).toMatchObject({ label: "HR registers the new hire\n30m work, 1d wait\n%C&A 80%", classes: ["engage", "critical"] });
    expect(chart.nodes.get("n_prepare_device")!.classes[0]).toBe("obtain");
  });

  it("marks the bottleneck and the critical path of a branching stream", async () => {
    const chart = await parsedFlowchart(12, toMermaidValueStream(workplace, "fulfil-access-request").text);
    // The approval branch (2 days' wait) is the longest; the automatic grant is off the critical path.
    expect(chart.nodes.get("n_owner_approval")!.classes).toEqual(["engage", "critical", "bottleneck"]);
    expect(chart.nodes.get("n_grant_automatically")!.classes).toEqual(["deliver"]);
    expect(chart.edges.filter((e) => e.stroke === "normal").map((e) => `${e.from}>${e.to}`).sort()).toEqual([
      "n_check_standard>n_grant_automatically",
      "n_grant_automatically>n_confirm_access",
    ]);
  });

  it("leaves out groups, times, %C&A and the summary on request", async () => {
    const { text } = toMermaidValueStream(workplace, "onboard-employee", { groupBy: "none", times: false, pctCompleteAccurate: false, summary: false, title: false });
    const chart = await parsedFlowchart(11, text);
    expect(chart.subgraphs).toEqual([]);
    expect(chart.nodes.get("n_register_hire")!.label).toBe("HR registers the new hire");
    expect(chart.nodes.get("x_outcome")!.label).toBe("Outcome\nthe new employee is productive on day one");
    expect(chart.title).toBeUndefined();
  });

  it("draws a stream without steps as trigger to outcome", async () => {
    const model = parseModel({ name: "m", valueStreams: [{ id: "empty", name: "Empty", trigger: "", outcome: "done" }] });
    for (const version of MERMAID_VERSIONS) {
      const chart = await parsedFlowchart(version, toMermaidValueStream(model, "empty").text);
      expect([...chart.nodes.values()].map((n) => n.label)).toEqual(["Trigger\n(empty)", "Outcome\ndone"]);
      expect(chart.edges).toEqual([{ from: "x_trigger", to: "x_outcome", stroke: "normal", label: "" }]);
    }
  });

  it("links steps to docs pages", () => {
    const { text } = toMermaidValueStream(workplace, "onboard-employee", { href: ({ id, kind }) => `../${kind}s/${id}.html` });
    expect(text).toContain('  click n_register_hire href "../steps/register-hire.html"\n');
    expect(text.match(/click/g)).toHaveLength(7);
  });

  it("refuses an unknown id (with a suggestion), an id of another kind, and bad options", () => {
    const errors = [
      () => toMermaidValueStream(workplace, "onboard-employe"),
      () => toMermaidValueStream(workplace, "mail"),
      () => toMermaidValueStream(workplace, "onboard-employee", { groupBy: "activities" as never }),
      () => toMermaidValueStream(workplace, "onboard-employee", { times: "yes" as never }),
    ].map((f) => {
      try {
        f();
      } catch (e) {
        return e as ModelError;
      }
      throw new Error("expected an error");
    });
    expect(errors.map((e) => [e.code, e.issues[0]!.path, e.issues[0]!.suggestion])).toEqual([
      ["not-found", "", "onboard-employee"],
      ["not-found", "", undefined],
      ["invalid-argument", "options.groupBy", "activity"],
      ["invalid-argument", "options.times", undefined],
    ]);
    expect(errors[1]!.message).toMatch(/^toMermaidValueStream: value stream "mail" not found\n/);
  });
});
