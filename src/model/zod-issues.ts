import type { z } from "zod";
import { describeValue, formatPath, type ModelIssue } from "./errors.js";
import { closestMatch } from "./suggest.js";

type ZodIssue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/**
 * Turn zod's issues into model issues: one per problem, with a dot/bracket path, a stable code, a message that says
 * what was expected and what was found, and a suggestion where one exists (the closest known key for a typo).
 */
export function toModelIssues(issues: readonly ZodIssue[], input: unknown, schema: AnySchema): ModelIssue[] {
  const out: ModelIssue[] = [];
  for (const issue of issues) collect(issue, [], input, schema, out);
  return out;
}

function collect(issue: ZodIssue, prefix: PropertyKey[], root: unknown, schema: AnySchema, out: ModelIssue[]): void {
  const path = [...prefix, ...issue.path];
  const value = valueAt(root, path);
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeys(schemaAt(schema, path));
      for (const key of issue.keys) {
        const suggestion = known.length > 0 ? closestMatch(key, known) : undefined;
        out.push({
          path: formatPath([...path, key]),
          code: "unknown-key",
          message: `unknown key ${JSON.stringify(key)}${suggestion ? ` (did you mean "${suggestion}"?)` : known.length > 0 ? ` (allowed: ${known.join(", ")})` : ""}`,
          ...(suggestion ? { suggestion } : {}),
        });
      }
      return;
    }
    case "invalid_union": {
      // Report the branch that fits the value's type (an object written for an object form, a string for an id).
      const branches = issue.errors;
      const fitting = branches.find((b) => b.length > 0 && !b.some((i) => i.code === "invalid_type" && i.path.length === 0));
      if (fitting) {
        for (const sub of fitting) collect(sub, path, root, schema, out);
        return;
      }
      const expected = [...new Set(branches.flatMap((b) => b.filter((i) => i.code === "invalid_type").map((i) => (i as { expected: string }).expected)))];
      out.push({
        path: formatPath(path),
        code: value === undefined ? "required" : "invalid-type",
        message: value === undefined ? `is required (${expected.map(article).join(" or ")})` : `expected ${expected.map(article).join(" or ")}, got ${describeValue(value)}`,
      });
      return;
    }
    case "invalid_type": {
      if (value === undefined) {
        out.push({ path: formatPath(path), code: "required", message: `is required (${article(issue.expected)})` });
      } else if (issue.expected === "int" && typeof value === "number" && Number.isFinite(value)) {
        out.push({ path: formatPath(path), code: "not-integer", message: `must be a whole number, got ${value}` });
      } else if (typeof value === "number" && !Number.isFinite(value)) {
        out.push({ path: formatPath(path), code: "not-finite", message: `must be a finite number, got ${value}` });
      } else {
        // YAML reads `id: 2024` or `name: yes` as a number or a boolean: suggest the quotes.
        const quote = issue.expected === "string" && (typeof value === "number" || typeof value === "boolean");
        out.push({
          path: formatPath(path),
          code: "invalid-type",
          message: `expected ${article(issue.expected)}, got ${describeValue(value)}${quote ? ` (write it in quotes: "${String(value)}")` : ""}`,
          ...(quote ? { suggestion: String(value) } : {}),
        });
      }
      return;
    }
    case "invalid_value": {
      const options = issue.values.map(String);
      const suggestion = typeof value === "string" ? closestMatch(value, options) : undefined;
      out.push({
        path: formatPath(path),
        code: "invalid-value",
        message: `expected one of ${options.join(", ")}, got ${describeValue(value)}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`,
        ...(suggestion ? { suggestion } : {}),
      });
      return;
    }
    case "too_small":
    case "too_big": {
      const isText = typeof value === "string";
      const isList = Array.isArray(value);
      const shown = isText ? `${(value as string).length} characters` : isList ? `${(value as unknown[]).length} items` : describeValue(value);
      out.push({
        path: formatPath(path),
        code: isText ? (issue.code === "too_big" ? "too-long" : "empty") : "out-of-range",
        message: `${issue.message}, got ${shown}`,
      });
      return;
    }
    case "custom": {
      const params = (issue.params ?? {}) as { code?: string; suggestion?: string };
      out.push({
        path: formatPath(path),
        code: params.code ?? "invalid",
        message: issue.message,
        ...(params.suggestion ? { suggestion: params.suggestion } : {}),
      });
      return;
    }
    case "invalid_format": {
      out.push({ path: formatPath(path), code: "invalid-format", message: `${issue.message}, got ${describeValue(value)}` });
      return;
    }
    default:
      out.push({ path: formatPath(path), code: issue.code.replace(/_/g, "-"), message: issue.message });
  }
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: "a string",
    number: "a number",
    boolean: "true or false",
    array: "a list",
    object: "an object (a mapping of keys to values)",
    int: "a whole number",
  };
  return names[type] ?? type;
}

/** The value at a path of the raw input (undefined when the path does not exist). */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

type Def = {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  in?: AnySchema;
  options?: AnySchema[];
  valueType?: AnySchema;
};
const defOf = (s: AnySchema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The object schema at a path (through arrays, optionals, defaults, pipes and unions), if any. */
function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let cur: AnySchema | undefined = unwrap(schema);
  for (const key of path) {
    if (!cur) return undefined;
    const def = defOf(cur);
    if (def.type === "array" && typeof key === "number") cur = unwrap(def.element!);
    else if (def.type === "object" && typeof key === "string") cur = def.shape![key] ? unwrap(def.shape![key]!) : undefined;
    else if (def.type === "record") cur = unwrap(def.valueType!);
    else return undefined;
  }
  return cur;
}

function unwrap(schema: AnySchema): AnySchema | undefined {
  let cur: AnySchema | undefined = schema;
  for (let i = 0; i < 20 && cur; i++) {
    const def = defOf(cur);
    if (def.innerType) cur = def.innerType;
    else if (def.type === "pipe") cur = def.in;
    else if (def.type === "union") cur = def.options!.find((o) => defOf(unwrap(o) ?? o).type === "object") ?? def.options![0];
    else return cur;
  }
  return cur;
}

function knownKeys(schema: AnySchema | undefined): string[] {
  if (!schema) return [];
  const def = defOf(schema);
  return def.type === "object" ? Object.keys(def.shape!).filter((k) => !k.endsWith("Hours")) : [];
}
