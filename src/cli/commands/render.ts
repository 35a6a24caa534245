import { constants } from "node:fs";
import { access, readFile, stat } from "node:fs/promises";
import { dirname, extname } from "node:path";
import { decodeText } from "../../io/decode-text.js";
import { readModel } from "../../io/fs/read-model.js";
import { ioError } from "../../io/fs/io-error.js";
import { ModelError } from "../../model/errors.js";
import { EXIT } from "../cli-io.js";
import type { Command, CommandContext } from "../command.js";
import { printModelError } from "../print-model-error.js";
import { launchMermaidRenderer, type LaunchMermaidRendererOptions } from "../render/launch-mermaid-renderer.js";
import { MERMAID_VIEW_NAMES, type MermaidViewName } from "../../mermaid/to-mermaid-view.js";
import { VIEW_FLAG_OPTIONS, viewOptions } from "../diagram/diagram-flags.js";
import { drawModelView } from "../render/draw-model-view.js";
import { RenderError } from "../render/render-error.js";
import { MERMAID_MAJORS, type MermaidMajor } from "../render/resolve-mermaid-bundle.js";
import { UsageError } from "../usage-error.js";
import { writeOutput } from "../write-output.js";

/** What tests replace in `servicevalue render`: where Chromium is looked for. */
export interface RenderCommandOptions {
  /** Where `CHROMIUM_PATH` is read; `process.env` by default. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The standard places to look for Chromium; `CHROMIUM_CANDIDATES` by default. */
  candidates?: readonly string[];
}

const DIAGRAM_EXTENSIONS = [".mmd", ".mermaid"];
const MODEL_EXTENSIONS = [".yaml", ".yml", ".json"];

/**
 * `servicevalue render` with its renderer injectable (see {@link renderCommand}).
 * @example await run(["render", "map.mmd", "-o", "map.svg"], io, [createRenderCommand({ env: {} })]);
 */
export function createRenderCommand(dependencies: RenderCommandOptions = {}): Command {
  return {
    name: "render",
    summary: "render a Mermaid diagram, or a view of a model, to SVG in a local Chromium",
    description:
      "Renders a Mermaid file (.mmd, .mermaid), or a view of a model (.yaml, .yml, .json with --view), to SVG the way a\n" +
      "docs site does: Mermaid's own bundle in a headless Chromium, securityLevel strict. Needs a local Chromium or Chrome\n" +
      "(--chromium, CHROMIUM_PATH, or the usual places; Debian: apt-get install -y chromium) and the npm packages mermaid\n" +
      "and playwright-core. Exit codes: 0 written, 1 a diagram Mermaid refuses or an invalid model, 2 a usage or file\n" +
      "error or a missing Chromium, Mermaid or playwright-core.",
    args: [{ name: "file", description: "a Mermaid diagram (.mmd, .mermaid) or a model (.yaml, .yml, .json)" }],
    options: {
      out: { type: "string", short: "o", valueName: "file", description: "write the SVG to this file (default: stdout)" },
      view: { type: "string", valueName: "name", description: `the view of a model: ${MERMAID_VIEW_NAMES.join(", ")}` },
      id: { type: "string", valueName: "id", description: "the element the view is drawn for (value stream, journey, service, element)" },
      mermaid: { type: "string", valueName: "11|12", description: "the Mermaid major version (default: the installed mermaid)" },
      chromium: { type: "string", valueName: "path", description: "the Chromium or Chrome to run (default: CHROMIUM_PATH, then the usual places)" },
      ...VIEW_FLAG_OPTIONS,
    },
    examples: [
      "servicevalue render diagram.mmd -o diagram.svg",
      "servicevalue render examples/modern-workplace.yaml --view service-map -o map.svg",
      "servicevalue render examples/hospital.yaml --view value-stream --id outpatient-appointment --mermaid 12 -o stream.svg",
      "servicevalue render examples/modern-workplace.yaml --view service-map --focus mail --link ../services/{id}.md -o mail.svg",
    ],
    async run({ positionals, values }, context) {
      const file = positionals[0]!;
      const major = mermaidMajor(values.mermaid);
      const out = typeof values.out === "string" ? values.out : undefined;
      try {
        const { text, warnings } = await diagramText(file, values);
        // Fail before the seconds a browser takes when the SVG could not be written anyway.
        if (out !== undefined) await checkWritable(out);
        for (const warning of warnings) context.err(`${context.style.yellow("warning")}: ${warning}`);
        const svg = await render(text, {
          ...(major === undefined ? {} : { mermaid: major }),
          ...(typeof values.chromium === "string" ? { chromium: values.chromium } : {}),
          ...(dependencies.env ? { env: dependencies.env } : {}),
          ...(dependencies.candidates ? { candidates: dependencies.candidates } : {}),
        });
        await writeOutput(context, svg, out, "render");
        return EXIT.ok;
      } catch (e) {
        return failure(e, file, context);
      }
    },
  };
}

/** The SVG of one diagram, in a browser started and closed for it. */
async function render(text: string, options: LaunchMermaidRendererOptions): Promise<string> {
  const renderer = await launchMermaidRenderer(options);
  try {
    return `${await renderer.render(text, "servicevalue-diagram")}\n`;
  } finally {
    await renderer.close();
  }
}

/**
 * `servicevalue render <file> [-o out.svg] [--view name --id x] [--mermaid 11|12] [--chromium path]`: a .mmd file,
 * or a view of a model, to SVG through a local headless Chromium. Exit 0 when written; 1 when Mermaid refuses the
 * diagram (with its message) or the model is invalid; 2 for a usage or file error or a missing Chromium, Mermaid
 * or playwright-core (with what to install).
 */
export const renderCommand: Command = createRenderCommand();

async function checkWritable(out: string): Promise<void> {
  try {
    if ((await stat(out).catch(() => undefined))?.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    await access(dirname(out) || ".", constants.W_OK);
  } catch (e) {
    throw ioError("render", "write", out, e);
  }
}

function mermaidMajor(value: string | boolean | undefined): MermaidMajor | undefined {
  if (value === undefined) return undefined;
  const major = MERMAID_MAJORS.find((m) => String(m) === value);
  if (major === undefined) throw new UsageError(`--mermaid must be ${MERMAID_MAJORS.join(" or ")}, got ${JSON.stringify(value)}`, { command: "render" });
  return major;
}

/** The Mermaid text to render: the file itself, or the view of the model it holds. */
async function diagramText(file: string, values: Record<string, string | boolean | undefined>): Promise<{ text: string; warnings: readonly string[] }> {
  const extension = extname(file).toLowerCase();
  const view = typeof values.view === "string" ? values.view : undefined;
  const id = typeof values.id === "string" ? values.id : undefined;
  if (DIAGRAM_EXTENSIONS.includes(extension)) {
    const viewFlag = Object.keys(VIEW_FLAG_OPTIONS).find((flag) => values[flag] !== undefined && values[flag] !== false);
    if (view !== undefined || id !== undefined || viewFlag !== undefined) {
      throw new UsageError(`${viewFlag === undefined ? "--view and --id apply" : `--${viewFlag} applies`} to a model file, not to a ${extension} diagram`, {
        command: "render",
      });
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (e) {
      throw ioError("render", "read", file, e);
    }
    return { text: decodeText(bytes, "render", file), warnings: [] };
  }
  if (!MODEL_EXTENSIONS.includes(extension)) {
    throw new UsageError(
      `cannot tell what ${JSON.stringify(file)} holds from its extension: a diagram is ${DIAGRAM_EXTENSIONS.join(" or ")}, a model ${MODEL_EXTENSIONS.join(", ")}`,
      { command: "render" },
    );
  }
  if (view === undefined) throw new UsageError(`a model needs --view <name>: ${MERMAID_VIEW_NAMES.join(", ")}`, { command: "render" });
  // A known view's flags are checked before the model is read; an unknown view is drawModelView's to report.
  const options = (MERMAID_VIEW_NAMES as readonly string[]).includes(view) ? viewOptions(view as MermaidViewName, values, "render") : {};
  return drawModelView(await readModel(file), view, id, options);
}

function failure(e: unknown, file: string, context: CommandContext): number {
  const { err, style } = context;
  if (e instanceof RenderError) {
    if (e.code === "diagram-error") {
      err(`${style.red("servicevalue render")}: Mermaid cannot render ${JSON.stringify(file)}:`);
      for (const line of e.message.split("\n")) err(`  ${line}`);
      return EXIT.invalid;
    }
    err(`${style.red("servicevalue render")}: ${e.message}`);
    return EXIT.usage;
  }
  if (e instanceof ModelError) {
    return printModelError(e, context, "servicevalue render");
  }
  throw e;
}
