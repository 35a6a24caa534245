import { Composer, LineCounter, Parser, isAlias, isMap, isScalar, isSeq, visit, type CST, type Document, type ParsedNode } from "yaml";
import type { NodeFinder, ParsedSource } from "./parsed-source.js";
import { locationOf, sourceError } from "./source-error.js";

/**
 * The alias budget: the `yaml` package counts every node an alias brings in, and we allow the larger of this and
 * {@link ALIAS_BUDGET_PER_NODE} per node of the document. A real model that reuses an anchor hundreds of times stays
 * within it; a "billion laughs" document needs millions of times its own size, and fails at once instead of filling
 * the memory.
 */
export const MAX_ALIAS_COUNT = 100;
/** Alias expansions allowed per node written in the document. */
export const ALIAS_BUDGET_PER_NODE = 10;

/**
 * Deepest nesting of collections read from YAML. The `yaml` composer recurses per level and can overflow the
 * stack near a thousand levels, so deeper text is refused before composing (models stay below 10 levels;
 * `parseModel` refuses more than 64 anyway).
 */
export const MAX_YAML_DEPTH = 128;

/**
 * Read YAML 1.2 text (core schema, unique keys) into plain data. Syntax errors, warnings (such as an unknown tag),
 * more than one document, alias bombs and nesting past {@link MAX_YAML_DEPTH} are a `ModelError("syntax-error")`
 * with the line and column.
 */
export function parseYamlSource(text: string, caller: string, file: string | undefined): ParsedSource {
  const lines = new LineCounter();
  const problemAt = (offset: number, code: string, message: string) => {
    const { line, col } = lines.linePos(offset);
    return { path: "", code, message, location: locationOf(file, { line, column: col }) };
  };
  const fail = (message: string, offset: number, code: string): never => {
    throw sourceError("syntax-error", caller, file, "is not valid YAML", [problemAt(offset, code, message)]);
  };
  let tokens: CST.Token[];
  try {
    tokens = Array.from(new Parser(lines.addNewLine).parse(text));
  } catch (e) {
    return fail(`the text cannot be read as YAML (${(e as Error).message})`, 0, "syntax-error");
  }
  const deep = tooDeep(tokens, MAX_YAML_DEPTH);
  if (deep !== undefined) fail(`nesting is deeper than ${MAX_YAML_DEPTH} levels`, deep, "too-deep");

  const docs: Document.Parsed[] = [];
  try {
    // NOTE: the composer's own unique-key check is quadratic in the keys of a map; duplicateKeys below is linear.
    for (const doc of new Composer({ uniqueKeys: false, version: "1.2", strict: true }).compose(tokens, true, text.length)) docs.push(doc);
  } catch (e) {
    return fail(e instanceof RangeError ? "nesting is too deep to read" : `the text cannot be read as YAML (${(e as Error).message})`, 0, "syntax-error");
  }
  const doc = docs[0]!;
  const problems = [...doc.errors, ...doc.warnings].map((e) =>
    problemAt(e.pos[0], e.code.toLowerCase().replace(/_/g, "-"), e.message.replace(/ at line \d+, column \d+:[\s\S]*$/, "")),
  );
  const keys = checkKeys(doc);
  for (const repeat of keys.duplicates) {
    problems.push(problemAt(repeat.at, "duplicate-key", `duplicate key ${JSON.stringify(repeat.key)} (a mapping holds each key once)`));
  }
  for (const at of keys.complex) {
    problems.push(problemAt(at, "complex-key", "a key must be a plain name, not a list or a mapping (`? [a, b]` is not allowed in a model)"));
  }
  for (const at of keys.merges) {
    problems.push(
      problemAt(at, "merge-key", "YAML merge keys (<<) are not supported in a model: write the keys out, or use an anchor for a whole value"),
    );
  }
  if (docs.length > 1) {
    problems.push(problemAt(docs[1]!.range[0], "multiple-documents", "the text holds more than one YAML document (a second ---); a model is one document"));
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
    throw sourceError("syntax-error", caller, file, "is not valid YAML", problems);
  }

  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null && contents.range[0] === contents.range[1])) {
    return { value: undefined, empty: true, finder: () => () => ({ offset: 0 }) };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: Math.max(MAX_ALIAS_COUNT, ALIAS_BUDGET_PER_NODE * keys.nodes) });
  } catch (e) {
    if (e instanceof ReferenceError && /alias/i.test(e.message)) {
      let first = 0;
      visit(doc, {
        Alias(_, node) {
          first = node.range?.[0] ?? 0;
          return visit.BREAK;
        },
      });
      return fail(
        `the aliases (*name) expand to far more data than the document holds (is this a "billion laughs" document?)`,
        first,
        "too-many-aliases",
      );
    }
    return fail(e instanceof RangeError ? "nesting is too deep to read" : `the text cannot be read as YAML (${(e as Error).message})`, 0, "syntax-error");
  }
  return { value, empty: false, finder: () => yamlFinder(doc) };
}

/**
 * Keys written twice in one mapping, compared as the JavaScript keys they become (`1` and `"1"` are the same key),
 * with the offset of each repeat; keys that are collections (`? [a, b]`) and merge keys (`<<`), which a model cannot
 * hold; and the number of nodes (for the alias budget). Linear in the size of the document.
 */
function checkKeys(doc: Document.Parsed): { duplicates: { key: string; at: number }[]; complex: number[]; merges: number[]; nodes: number } {
  const duplicates: { key: string; at: number }[] = [];
  const complex: number[] = [];
  const merges: number[] = [];
  let nodes = 0;
  visit(doc, {
    Node() {
      nodes++;
    },
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const at = (pair.key as ParsedNode | null)?.range?.[0] ?? map.range?.[0] ?? 0;
        if (pair.key !== null && !isScalar(pair.key)) complex.push(at);
        else if (isScalar(pair.key) && pair.key.value === "<<" && pair.key.type === "PLAIN") merges.push(at);
        const key = keyText(pair.key);
        if (seen.has(key)) duplicates.push({ key, at });
        seen.add(key);
      }
    },
  });
  return { duplicates, complex, merges, nodes };
}

/** The offset of the first collection nested deeper than `limit`, walking the CST without recursion. */
function tooDeep(tokens: readonly CST.Token[], limit: number): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token.type === "document") {
      if (token.value) stack.push([token.value, depth]);
    } else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth >= limit) return token.offset;
      for (const item of token.items) {
        if ("key" in item && item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}

function yamlFinder(doc: Document.Parsed): NodeFinder {
  return (path) => {
    let node: unknown = doc.contents;
    let keyOffset: number | undefined;
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(doc);
      keyOffset = undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => keyText(p.key) === String(segment));
        if (!pair) return undefined;
        keyOffset = (pair.key as ParsedNode | null)?.range?.[0];
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        node = node.items[segment];
        if (node === undefined) return undefined;
      } else return undefined;
    }
    const range = (node as ParsedNode | null)?.range;
    // An empty value (`owner:` with nothing after it) has an empty range at the end of the line: point at its key.
    const empty = !range || (isScalar(node) && node.value === null && range[0] === range[1]);
    if (empty) return keyOffset === undefined ? undefined : { offset: keyOffset, keyOffset };
    return keyOffset === undefined ? { offset: range[0] } : { offset: range[0], keyOffset };
  };
}

function keyText(key: unknown): string {
  if (isScalar(key)) return key.value === null || key.value === undefined ? "" : String(key.value);
  return String(key);
}
