import type { Command } from "./command.js";
import { analyzeCommand } from "./commands/analyze.js";
import { diagramCommand } from "./commands/diagram.js";
import { flowCommand } from "./commands/flow.js";
import { lintCommand } from "./commands/lint.js";
import { renderCommand } from "./commands/render.js";
import { reportCommand } from "./commands/report.js";
import { schemaCommand } from "./commands/schema.js";
import { validateCommand } from "./commands/validate.js";

/** Every `servicevalue` command, in the order `--help` lists them. A new command is a file in `commands/` and a line here. */
export const COMMANDS: readonly Command[] = [validateCommand, schemaCommand, analyzeCommand, lintCommand, flowCommand, diagramCommand, reportCommand, renderCommand];
