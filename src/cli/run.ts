import { ModelError } from "../model/errors.js";
import { closestMatch } from "../model/suggest.js";
import { EXIT, type CliIo } from "./cli-io.js";
import type { Command, CommandContext } from "./command.js";
import { COMMANDS } from "./command-registry.js";
import { commandHelp, mainHelp } from "./help.js";
import { parseCommandArgs } from "./parse-command-args.js";
import { printModelError } from "./print-model-error.js";
import { createStyle } from "./style.js";
import { UsageError } from "./usage-error.js";
import { packageVersion } from "./version.js";

const GLOBAL_OPTIONS = {
  help: { type: "boolean", short: "h", description: "show help" },
  version: { type: "boolean", short: "v", description: "print the version" },
} as const;

/**
 * Run the `servicevalue` command line in-process and return its exit code (0 success, 1 invalid model, 2 usage or
 * file error, 70 internal error). Nothing is printed with a stack trace; nothing touches `process`, so tests pass a
 * fake `io`.
 * @example
 * let out = "";
 * const code = await run(["validate", "model.yaml"], { stdout: (t) => (out += t), stderr: () => {} });
 */
export async function run(argv: readonly string[], io: CliIo, commands: readonly Command[] = COMMANDS): Promise<number> {
  const style = createStyle(io.color === true);
  const context: CommandContext = {
    io,
    style,
    out: (line = "") => io.stdout(`${line}\n`),
    err: (line = "") => io.stderr(`${line}\n`),
  };
  try {
    return await dispatch(argv, context, commands);
  } catch (e) {
    if (e instanceof UsageError) {
      const name = e.command ? `servicevalue ${e.command}` : "servicevalue";
      context.err(`${style.red(name)}: ${e.message}`);
      context.err(`Run "${name} --help" for usage.`);
      return EXIT.usage;
    }
    if (e instanceof ModelError) {
      return printModelError(e, context, "servicevalue");
    }
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    context.err(`${style.red("servicevalue")}: unexpected error: ${message.split("\n")[0]}`);
    context.err("This is a bug in servicevalue; please report it with the command that caused it.");
    return EXIT.software;
  }
}

async function dispatch(argv: readonly string[], context: CommandContext, commands: readonly Command[]): Promise<number> {
  const at = argv.findIndex((a) => !a.startsWith("-"));
  const global = parseCommandArgs(at === -1 ? argv : argv.slice(0, at), GLOBAL_OPTIONS, []);
  if (global.values.version === true) {
    context.out(packageVersion());
    return EXIT.ok;
  }
  if (at === -1) {
    if (global.values.help === true) {
      context.out(mainHelp(commands, context.style));
      return EXIT.ok;
    }
    context.err(mainHelp(commands, context.style));
    return EXIT.usage;
  }
  let name = argv[at]!;
  let rest = argv.slice(at + 1);
  if (name === "help") {
    if (rest.length === 0) {
      context.out(mainHelp(commands, context.style));
      return EXIT.ok;
    }
    name = rest[0]!;
    rest = ["--help"];
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const near = closestMatch(name, commands.map((c) => c.name));
    throw new UsageError(`unknown command ${JSON.stringify(name)}${near ? ` (did you mean "${near}"?)` : `; the commands are ${commands.map((c) => c.name).join(", ")}`}`, near ? { suggestion: near } : {});
  }
  if (global.values.help === true) rest = ["--help"];
  const options = { ...command.options, help: { type: "boolean" as const, short: "h", description: "show this help" } };
  const input = parseCommandArgs(rest, options, command.args, command.name);
  if (input.values.help === true) {
    context.out(commandHelp(command, context.style));
    return EXIT.ok;
  }
  return command.run(input, context);
}
