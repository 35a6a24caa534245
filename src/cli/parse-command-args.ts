import { parseArgs, type ParseArgsConfig } from "node:util";
import { closestMatch } from "../model/suggest.js";
import type { CommandArgument, CommandInput, CommandOption } from "./command.js";
import { UsageError } from "./usage-error.js";

/**
 * Parse a command's argv strictly with `node:util` parseArgs: an unknown flag, a flag missing its value, or a wrong
 * number of arguments is a {@link UsageError}, with the closest known flag as a suggestion (`--jsn`: did you mean `--json`?).
 * @example parseCommandArgs(["m.yaml", "--json"], { json: { type: "boolean", description: "" } }, [{ name: "file", description: "" }]).values.json // true
 */
export function parseCommandArgs(
  argv: readonly string[],
  options: Readonly<Record<string, CommandOption>>,
  args: readonly CommandArgument[],
  command?: string,
): CommandInput {
  const config: NonNullable<ParseArgsConfig["options"]> = {};
  for (const [name, o] of Object.entries(options)) {
    config[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv, options), options: config, allowPositionals: true, strict: true });
  } catch (e) {
    throw usageErrorOf(e, Object.keys(config), command);
  }
  const values: CommandInput["values"] = {};
  const lists: CommandInput["lists"] = {};
  for (const [k, v] of Object.entries(parsed.values)) {
    if (typeof v === "string" || typeof v === "boolean") values[k] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === "string")) {
      lists[k] = v as string[];
      values[k] = v.at(-1) as string | undefined;
    }
  }
  if (values.help !== true) {
    const required = args.filter((a) => !a.optional).length;
    const where = command ? { command } : {};
    if (parsed.positionals.length < required) {
      const missing = args.slice(parsed.positionals.length).filter((a) => !a.optional).map((a) => `<${a.name}>`);
      throw new UsageError(`missing ${missing.join(" ")}`, where);
    }
    if (parsed.positionals.length > args.length) {
      const extra = parsed.positionals.slice(args.length).map((p) => JSON.stringify(p));
      throw new UsageError(`unexpected argument${extra.length === 1 ? "" : "s"} ${extra.join(" ")}`, where);
    }
  }
  return { positionals: parsed.positionals, values, lists };
}

/**
 * parseArgs reads `--budget -5` as two flags ("--budget needs a value"): join a value that is a negative number to
 * its option (`--budget=-5`, `-b-5`), so that the command can say what is wrong with the number itself.
 */
function joinNegativeValues(argv: readonly string[], options: Readonly<Record<string, CommandOption>>): string[] {
  const takesValue = new Set<string>();
  for (const [name, o] of Object.entries(options)) {
    if (o.type !== "string") continue;
    takesValue.add(`--${name}`);
    if (o.short) takesValue.add(`-${o.short}`);
  }
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      out.push(...argv.slice(i));
      break;
    }
    const next = argv[i + 1];
    if (takesValue.has(arg) && next !== undefined && /^-(?:\d|\.\d)/.test(next)) {
      out.push(arg.startsWith("--") ? `${arg}=${next}` : `${arg}${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function usageErrorOf(error: unknown, known: readonly string[], command: string | undefined): UsageError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const where = command ? { command } : {};
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const flag = /'([^']+)'/.exec(message)?.[1] ?? "";
    const name = flag.replace(/^-+/, "").replace(/=.*$/, "");
    const near = flag.startsWith("--") || name.length > 1 ? closestMatch(name, known) : undefined;
    return new UsageError(`unknown option ${flag}${near ? ` (did you mean --${near}?)` : ""}`, near ? { ...where, suggestion: `--${near}` } : where);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    // "Option '-o, --out <value>' argument missing" or "Option '--json' does not take an argument".
    const flag = /--[\w-]+/.exec(message)?.[0] ?? /-\w/.exec(message)?.[0] ?? "an option";
    return new UsageError(/does not take/.test(message) ? `${flag} takes no value` : `${flag} needs a value`, where);
  }
  return new UsageError(message.replace(/\. To specify .*$/s, ""), where);
}
