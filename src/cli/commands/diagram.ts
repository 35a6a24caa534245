import { readModel } from "../../io/fs/read-model.js";
import { MERMAID_VIEW_NAMES, toMermaidView } from "../../mermaid/to-mermaid-view.js";
import { ModelError } from "../../model/errors.js";
import { EXIT } from "../cli-io.js";
import type { Command } from "../command.js";
import { VIEW_FLAG_OPTIONS, viewOptions } from "../diagram/diagram-flags.js";
import { checkDiagramId, diagramViewName } from "../diagram/diagram-view.js";
import { printModelError } from "../print-model-error.js";
import { writeOutput } from "../write-output.js";

/**
 * `servicevalue diagram <file> --view <name> [--id x] [-o out.mmd] [--direction LR|TD] [...view options]`: one Mermaid
 * view of a model (`toMermaidView`) as text, to stdout or a file. Exit 0 when written; 1 for an invalid model; 2 for a
 * usage or file error: an unknown view (with a suggestion), a view of one element without --id (listing the ids), an
 * unknown id (with a suggestion), a view option the view does not take. The view's warnings go to stderr.
 */
export const diagramCommand: Command = {
  name: "diagram",
  summary: "write one Mermaid diagram of a model: service map, value stream, journey, cost flow, ...",
  description:
    "Reads a YAML or JSON model and writes the Mermaid text of one view, ready for a ```mermaid block or a .mmd file:\n" +
    "  service-map         business and technical services, resources by dimension, suppliers\n" +
    "  stakeholder-map     who is customer, user, sponsor, supplier, provider of which service\n" +
    "  value-stream --id   the steps of a value stream, with times, %C&A, critical path and bottleneck\n" +
    "  journey --id        a customer journey: stages, touchpoints and satisfaction\n" +
    "  portfolio-quadrant  services (or --of investments) by value against risk\n" +
    "  cost-flow           a sankey of cost from cost pools through resources and services to consumers\n" +
    "  dimensions --id     the four dimensions of a service\n" +
    "  impact --id         what fails when an element fails\n" +
    "What a view leaves out to stay within Mermaid's limits (500 edges, 50,000 characters) is said on stderr.\n" +
    "Exit codes: 0 done, 1 invalid model, 2 usage or file error (an unknown view or id comes with a suggestion).",
  args: [{ name: "file", description: "the model: a .yaml, .yml or .json file" }],
  options: {
    view: { type: "string", valueName: "name", description: `the view: ${MERMAID_VIEW_NAMES.join(", ")}` },
    id: { type: "string", valueName: "id", description: "the element a view of one element is drawn for (value stream, journey, service, any element)" },
    out: { type: "string", short: "o", valueName: "file", description: "write the diagram to this file, e.g. out.mmd (default: stdout)" },
    ...VIEW_FLAG_OPTIONS,
  },
  examples: [
    "servicevalue diagram examples/modern-workplace.yaml --view service-map -o map.mmd",
    "servicevalue diagram examples/modern-workplace.yaml --view value-stream --id onboard-employee --direction TD",
    "servicevalue diagram examples/hospital.yaml --view portfolio-quadrant --of investments",
    "servicevalue diagram examples/hospital.yaml --view impact --id data-centre --offerings",
  ],
  async run({ positionals, values }, context) {
    const view = diagramViewName(typeof values.view === "string" ? values.view : undefined);
    const options = viewOptions(view, values);
    const id = typeof values.id === "string" ? values.id : undefined;
    const out = typeof values.out === "string" ? values.out : undefined;
    const file = positionals[0]!;
    try {
      const model = await readModel(file);
      checkDiagramId(model, view, id);
      const diagram = toMermaidView(model, view, { ...options, ...(id === undefined ? {} : { id }) });
      for (const warning of diagram.warnings) context.err(`${context.style.yellow("warning")}: ${warning}`);
      await writeOutput(context, diagram.text, out, "diagram");
      return EXIT.ok;
    } catch (e) {
      if (!(e instanceof ModelError)) throw e;
      return printModelError(e, context, "servicevalue diagram");
    }
  },
};
