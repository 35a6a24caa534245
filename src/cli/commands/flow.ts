import { flowMetrics, type FlowMetrics } from "../../flow/flow-metrics.js";
import { readModel } from "../../io/fs/read-model.js";
import { notFound } from "../../model/errors.js";
import { closestMatch } from "../../model/suggest.js";
import { EXIT } from "../cli-io.js";
import type { Command } from "../command.js";
import { formatFlowReport } from "../flow/format-flow-report.js";
import { UsageError } from "../usage-error.js";

/**
 * `servicevalue flow <file> [--stream id] [--json]`: the flow metrics of each value stream (or one): lead, process and
 * wait time, flow efficiency, rolled %C&A, the critical path, the bottleneck and a table of the steps.
 */
export const flowCommand: Command = {
  name: "flow",
  summary: "show where the time goes in each value stream (lead time, flow efficiency, bottleneck)",
  description:
    "Reads a YAML or JSON model and prints the flow metrics of its value streams, on each stream's longest path by lead\n" +
    "time (the critical path): lead time = process + wait time, flow efficiency = process / lead time, rolled %C&A (the\n" +
    "share of work that passes every step without rework), the bottleneck (the longest step on the path), and every\n" +
    "step's share of the lead time. Days have 24 hours, as in the model format.\n" +
    "Exit codes: 0 done, 1 invalid model, 2 usage or file error (an unknown --stream).",
  args: [{ name: "file", description: "the model: a .yaml, .yml or .json file" }],
  options: {
    stream: { type: "string", valueName: "id", description: "only this value stream" },
    json: { type: "boolean", description: "print { file, valueStreams: [flow metrics], skipped } as JSON (hours)" },
  },
  examples: [
    "servicevalue flow examples/modern-workplace.yaml",
    "servicevalue flow examples/hospital.yaml --stream outpatient-appointment",
    "servicevalue flow model.yaml --json > flow.json",
  ],
  async run({ positionals, values }, { out, style }) {
    const file = positionals[0]!;
    const only = values.stream;
    if (only !== undefined && (typeof only !== "string" || only.trim() === "")) throw new UsageError("--stream needs a value stream id", { command: "flow" });
    const model = await readModel(file);
    let streams = model.valueStreams;
    if (typeof only === "string") {
      const stream = model.valueStreams.find((v) => v.id === only);
      if (!stream) notFound("flow", "value stream", only, closestMatch(only, model.valueStreams.map((v) => v.id)));
      streams = [stream];
    }
    const measured: FlowMetrics[] = [];
    const skipped: { valueStream: string; reason: string }[] = [];
    for (const stream of streams) {
      if (stream.steps.length === 0) skipped.push({ valueStream: stream.id, reason: "it has no steps: nothing flows through it" });
      else measured.push(flowMetrics(model, stream.id));
    }
    if (values.json === true) {
      out(JSON.stringify({ file, valueStreams: measured, skipped }, (_key, v: unknown) => (v === undefined ? null : v), 2));
      return EXIT.ok;
    }
    if (measured.length === 0 && skipped.length === 0) {
      out(`no value streams in ${file}: add valueStreams to the model to measure their flow`);
      return EXIT.ok;
    }
    measured.forEach((flow, i) => {
      if (i > 0) out();
      for (const line of formatFlowReport(flow, style)) out(line);
    });
    if (skipped.length > 0) {
      if (measured.length > 0) out();
      for (const s of skipped) out(`${style.bold(s.valueStream)}: not measured, ${s.reason} (add steps with processTime)`);
    }
    return EXIT.ok;
  },
};
