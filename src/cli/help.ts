import type { Command } from "./command.js";
import type { Style } from "./style.js";

/** The text of `servicevalue --help`: usage, the commands with their summaries, the global flags. */
export function mainHelp(commands: readonly Command[], style: Style): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `${style.bold("servicevalue")}: model services the ITIL 4 way (TCO, value, risk, investment choice).`,
    "",
    `Usage: servicevalue <command> [options]`,
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    "",
    "Options:",
    "  -h, --help     show help (also: servicevalue <command> --help)",
    "  -v, --version  print the version",
    "",
    "Exit codes: 0 success, 1 invalid model, 2 usage or file error, 70 internal error.",
  ].join("\n");
}

/** The text of `servicevalue <command> --help`: usage, arguments, options and examples. */
export function commandHelp(command: Command, style: Style): string {
  const args = command.args.map((a) => (a.optional ? `[${a.name}]` : `<${a.name}>`)).join(" ");
  const flags = Object.entries(command.options).map(([name, o]) => {
    const value = o.type === "string" ? ` <${o.valueName ?? "value"}>` : "";
    return [`${o.short ? `-${o.short}, ` : ""}--${name}${value}`, o.description] as const;
  });
  flags.push(["-h, --help", "show this help"]);
  const width = Math.max(...flags.map(([f]) => f.length), ...command.args.map((a) => a.name.length)) + 2;
  const lines = [
    `${style.bold(`servicevalue ${command.name}`)}: ${command.summary}`,
    "",
    `Usage: servicevalue ${command.name}${args ? ` ${args}` : ""}${Object.keys(command.options).length > 0 ? " [options]" : ""}`,
  ];
  if (command.description) lines.push("", command.description);
  if (command.args.length > 0) lines.push("", "Arguments:", ...command.args.map((a) => `  ${a.name.padEnd(width)}${a.description}`));
  lines.push("", "Options:", ...flags.map(([f, d]) => `  ${f.padEnd(width)}${d}`));
  if (command.examples?.length) lines.push("", "Examples:", ...command.examples.map((e) => `  ${e}`));
  return lines.join("\n");
}
