/** Where a JSON value is: the offset of the value, and of its key when it is an object member. */
export interface JsonNodeOffsets {
  offset: number;
  keyOffset?: number;
}

/** What {@link scanJson} found: the first syntax error or duplicate key, and the offsets of the wanted paths. */
export interface JsonScan {
  error?: { offset: number; code: "syntax-error" | "duplicate-key"; message: string; path: (string | number)[] };
  nodes: Map<string, JsonNodeOffsets>;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const VALUE = 0;
const KEY = 1;
const AFTER = 2;

interface Frame {
  object: boolean;
  keys: Set<string> | undefined;
  index: number;
}

/**
 * Walk JSON text once, without building values: find the first syntax error (with its offset) or duplicate key
 * (`JSON.parse` keeps the last silently; a model must not lose data), and record where the values at the `wanted`
 * paths (dot/bracket form, as `formatPath` writes them) start. Iterative: deep nesting cannot overflow the stack.
 * `trusted`: the text is known to be valid JSON (`JSON.parse` took it), so strings are skipped without checking them.
 * @example scanJson('{"a": [1, 2]}', new Set(["a[1]"])).nodes.get("a[1]") // { offset: 10, keyOffset: undefined }
 */
export function scanJson(text: string, wanted?: ReadonlySet<string>, trusted = false): JsonScan {
  const nodes = new Map<string, JsonNodeOffsets>();
  const n = text.length;
  const segments: (string | number)[] = [];
  const paths: string[] = [""];
  const frames: Frame[] = [];
  let i = 0;
  let state = VALUE;
  let keyOffset: number | undefined;
  let afterComma = false;

  const fail = (offset: number, message: string, code: "syntax-error" | "duplicate-key" = "syntax-error"): JsonScan => ({
    error: { offset, code, message, path: [...segments] },
    nodes,
  });
  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
  };
  const enter = (segment: string | number) => {
    segments.push(segment);
    if (wanted) {
      const parent = paths[paths.length - 1]!;
      paths.push(
        typeof segment === "number"
          ? `${parent}[${segment}]`
          : IDENTIFIER.test(segment)
            ? parent
              ? `${parent}.${segment}`
              : segment
            : `${parent}[${JSON.stringify(segment)}]`,
      );
    }
  };
  const leave = () => {
    segments.pop();
    if (wanted) paths.pop();
  };
  /** The index after the closing quote of the string starting at `start`, or a negative number on error. */
  let stringError = "";
  const scanString = (start: number): number => {
    if (trusted) {
      // Already checked by JSON.parse: only the closing quote is needed (one not escaped by an odd run of backslashes).
      for (let q = text.indexOf('"', start + 1); q !== -1; q = text.indexOf('"', q + 1)) {
        let b = q - 1;
        while (text.charCodeAt(b) === 92) b--;
        if ((q - 1 - b) % 2 === 0) return q + 1;
      }
      stringError = "unterminated string";
      return -n - 1;
    }
    for (let j = start + 1; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 34) return j + 1;
      if (c === 92) {
        const e = text[j + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return (stringError = "\\u must be followed by 4 hex digits", -j - 1);
          j += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++;
        else return (stringError = `invalid escape "\\${e ?? ""}" in a string`, -j - 1);
      } else if (c < 32) {
        return (stringError = c === 10 ? "unterminated string (a line break inside a string must be written \\n)" : "a control character inside a string must be escaped (\\t, \\u0000)", -j - 1);
      }
    }
    stringError = "unterminated string";
    return -n - 1;
  };

  for (;;) {
    skipSpace();
    if (state === VALUE) {
      if (wanted) {
        const path = paths[paths.length - 1]!;
        if (wanted.has(path)) nodes.set(path, keyOffset === undefined ? { offset: i } : { offset: i, keyOffset });
      }
      keyOffset = undefined;
      if (i >= n) return fail(i, "unexpected end of the file");
      const c = text.charCodeAt(i);
      if (c === 123 || c === 91) {
        const object = c === 123;
        frames.push({ object, keys: object ? new Set() : undefined, index: 0 });
        i++;
        skipSpace();
        if (text.charCodeAt(i) === (object ? 125 : 93)) {
          i++;
          frames.pop();
          state = AFTER;
        } else if (object) state = KEY;
        else {
          enter(0);
          state = VALUE;
        }
        afterComma = false;
        continue;
      }
      if (c === 34) {
        const end = scanString(i);
        if (end < 0) return fail(-end - 1, stringError);
        i = end;
      } else if (c === 45 || (c >= 48 && c <= 57)) {
        const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
        m.lastIndex = i;
        const found = m.exec(text);
        if (!found || found[0] === "-") return fail(i, "invalid number");
        i += found[0].length;
        const next = text.charCodeAt(i);
        if ((next >= 48 && next <= 57) || next === 46 || next === 101 || next === 69) return fail(i, "invalid number (JSON numbers have no leading zeros, and need digits after a dot)");
      } else if (text.startsWith("true", i)) i += 4;
      else if (text.startsWith("false", i)) i += 5;
      else if (text.startsWith("null", i)) i += 4;
      else return fail(i, unexpected(text, i, afterComma));
      state = AFTER;
      afterComma = false;
      continue;
    }
    if (state === KEY) {
      if (text.charCodeAt(i) !== 34) {
        return fail(i, i >= n ? "unexpected end of the file" : afterComma && text[i] === "}" ? "a trailing comma is not allowed in JSON" : `expected a key in double quotes: ${unexpected(text, i, false)}`);
      }
      const start = i;
      const end = scanString(i);
      if (end < 0) return fail(-end - 1, stringError);
      const raw = text.slice(start + 1, end - 1);
      const key = raw.includes("\\") ? (JSON.parse(text.slice(start, end)) as string) : raw;
      const frame = frames[frames.length - 1]!;
      if (frame.keys!.has(key)) {
        enter(key);
        return fail(start, `duplicate key ${JSON.stringify(key)} (JSON keeps only the last; remove one)`, "duplicate-key");
      }
      frame.keys!.add(key);
      i = end;
      skipSpace();
      if (text.charCodeAt(i) !== 58) return fail(i, `expected ":" after the key ${JSON.stringify(key)}, got ${describe(text, i)}`);
      i++;
      enter(key);
      keyOffset = start;
      state = VALUE;
      afterComma = false;
      continue;
    }
    // AFTER: a value just ended.
    const frame = frames[frames.length - 1];
    if (!frame) {
      if (i < n) return fail(i, `unexpected text after the end of the document: ${describe(text, i)}`);
      return { nodes };
    }
    const c = text.charCodeAt(i);
    if (c === 44) {
      i++;
      afterComma = true;
      if (frame.object) {
        leave();
        state = KEY;
      } else {
        leave();
        enter(++frame.index);
        state = VALUE;
      }
      continue;
    }
    if (c === (frame.object ? 125 : 93)) {
      i++;
      leave();
      frames.pop();
      state = AFTER;
      continue;
    }
    return fail(i, i >= n ? "unexpected end of the file" : `expected "," or "${frame.object ? "}" : "]"}", got ${describe(text, i)}`);
  }
}

function describe(text: string, i: number): string {
  if (i >= text.length) return "the end of the file";
  const cp = text.codePointAt(i)!;
  return JSON.stringify(String.fromCodePoint(cp));
}

function unexpected(text: string, i: number, afterComma: boolean): string {
  const c = text[i];
  if (afterComma && (c === "]" || c === "}")) return "a trailing comma is not allowed in JSON";
  if (c === "/") return "JSON has no comments (write the model in YAML to use comments)";
  if (c === "'") return "JSON strings need double quotes";
  if (/[A-Za-z]/.test(c!)) {
    const word = /[A-Za-z_]+/y;
    word.lastIndex = i;
    return `unexpected word ${JSON.stringify(word.exec(text)![0])} (strings need double quotes; literals are true, false and null)`;
  }
  return `unexpected character ${describe(text, i)}`;
}
