import { describe, expect, it } from "vitest";
import type { CommandOption } from "../../src/cli/command.js";
import { parseCommandArgs } from "../../src/cli/parse-command-args.js";
import { UsageError } from "../../src/cli/usage-error.js";

const OPTIONS: Record<string, CommandOption> = {
  json: { type: "boolean", description: "JSON" },
  out: { type: "string", short: "o", description: "output", valueName: "file" },
  seed: { type: "string", description: "seed" },
};
const ARGS = [{ name: "file", description: "the model" }, { name: "other", description: "more", optional: true }];

function usage(argv: string[]): UsageError {
  try {
    parseCommandArgs(argv, OPTIONS, ARGS, "demo");
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error("expected a UsageError");
}

describe("parseCommandArgs", () => {
  it("returns positionals and flag values", () => {
    expect(parseCommandArgs(["m.yaml", "--json", "-o", "x.md", "--seed=7"], OPTIONS, ARGS)).toEqual({
      positionals: ["m.yaml"],
      values: { json: true, out: "x.md", seed: "7" },
      lists: {},
    });
    expect(parseCommandArgs(["a", "b"], OPTIONS, ARGS).positionals).toEqual(["a", "b"]);
    // After --, a dash is an argument.
    expect(parseCommandArgs(["--", "-odd.yaml"], OPTIONS, ARGS).positionals).toEqual(["-odd.yaml"]);
  });

  it("suggests the closest flag for a typo", () => {
    expect(usage(["m.yaml", "--jsn"])).toMatchObject({ message: "unknown option --jsn (did you mean --json?)", suggestion: "--json", command: "demo" });
    expect(usage(["m.yaml", "--sed=3"]).suggestion).toBe("--seed");
    expect(usage(["m.yaml", "--zzzzzz"]).suggestion).toBeUndefined();
  });

  it("takes a negative number as the value of a flag that needs one, so the command can judge the number", () => {
    expect(parseCommandArgs(["m.yaml", "--seed", "-5", "-o", "-0.5"], OPTIONS, ARGS).values).toEqual({ seed: "-5", out: "-0.5" });
    expect(parseCommandArgs(["m.yaml", "--seed", "-.5"], OPTIONS, ARGS).values).toEqual({ seed: "-.5" });
    // Not after a boolean flag, not a word, and not after --.
    expect(usage(["m.yaml", "--json", "-5"]).message).toMatch(/unknown option -5/);
    expect(usage(["m.yaml", "--seed", "-x"]).message).toBe("--seed needs a value");
    expect(parseCommandArgs(["--", "--seed", "-5"], OPTIONS, ARGS).positionals).toEqual(["--seed", "-5"]);
  });

  it("says when a value is missing or not wanted", () => {
    expect(usage(["m.yaml", "--out"]).message).toBe("--out needs a value");
    expect(usage(["m.yaml", "--json=1"]).message).toBe("--json takes no value");
  });

  it("checks the number of positional arguments", () => {
    expect(usage([]).message).toBe("missing <file>");
    expect(usage(["a", "b", "c"]).message).toBe('unexpected argument "c"');
  });
});
