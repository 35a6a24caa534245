/**
 * Every user string that goes into a markdown report passes through this module, the one place that knows GitHub-
 * flavoured markdown's traps. User text ends up in table cells, list items, headings and paragraphs, so one escaping
 * serves them all ({@link escapeMarkdown}); element ids and model paths go in code spans ({@link markdownCode}); diagram
 * text goes in a fenced block that it cannot close ({@link mermaidBlock}). What the report writes itself (headings,
 * formatted numbers) is wrapped as trusted {@link Markdown} so a table can tell the two apart.
 * @module
 */

/** Markdown the report wrote itself (a formatted number, a code span): put in as it is, never escaped again. */
export interface Markdown {
  readonly markdown: string;
}

/**
 * Mark text the report wrote itself as markdown (numbers, code spans, links to its own sections).
 * @example markdown("1,234") // { markdown: "1,234" }
 */
export function markdown(text: string): Markdown {
  return { markdown: text };
}

/** Text as escaped markdown, or trusted markdown as it is. */
export function toMarkdown(value: string | Markdown): string {
  return typeof value === "string" ? escapeMarkdown(value) : value.markdown;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Bidi embeddings, overrides and isolates and the byte order mark: invisible, and able to reorder a table row as shown.
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\uFEFF]/g;
// Line breaks of every kind (CR LF counts once).
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/g;
// Control characters (C0, DEL, C1): once line breaks and tabs are replaced, any left is one to show as U+FFFD.
const CONTROL = /\p{Cc}/gu;
// Markdown syntax anywhere in a line: escapes, code, emphasis, links and images, table pipes, strikethrough, math,
// headings and issue references, e-mail autolinks and mentions (`@`); `&`, `<` and `>` become entities so that no
// tag or entity the user typed is markup.
const SPECIAL = /[\\`*_[\]|~$#@&<>]/g;
// GFM's extended autolinks start at `://` and `www.`: an escaped `:` or `.` keeps the URL plain text.
const URL_START = /:(?=\/\/)|(?<=(?:^|[^A-Za-z0-9])www)\./gi;
const ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
// In Unicode mode, [\uD800-\uDFFF] matches lone surrogates only (a pair is one code point).
const NEEDS_WORK = /:\/\/|[wW]{3}\.|[\\`*_[\]|~$#@&<>\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF\uD800-\uDFFF]|^\s|^[-+=>]|^\d+[.)]/u;

/**
 * User text as inline markdown that shows exactly that text, wherever the report puts it (a table cell, a list item, a
 * heading, a paragraph): `\`, `` ` ``, `*`, `_`, `[`, `]`, `|`, `~`, `$`, `#` and `@` are backslash-escaped, and so
 * are the `:` of `://` and the `.` of `www.` (no autolink to a site a name mentions); `&`, `<` and `>`
 * become entities, so `<script>` shows as text and is never markup; line breaks become `<br>` (the only tag, written by
 * the report); tabs become spaces; other control characters become U+FFFD (visible: nothing is dropped silently); lone
 * surrogates become U+FFFD; bidi controls and the byte order mark are removed. A leading `-`, `+`, `=`, `>` or
 * `1.`/`1)` (a list, a quote, a heading underline) is escaped too, and leading spaces are written as `&#32;` (four
 * would start a code block). Long text is kept in full.
 * @example escapeMarkdown("a | b") // "a \\| b"
 * @example escapeMarkdown("<script>alert(1)</script>") // "&lt;script&gt;alert(1)&lt;/script&gt;"
 * @example escapeMarkdown("# Mail\nservice") // "\\# Mail<br>service"
 */
export function escapeMarkdown(text: string): string {
  let s = typeof text === "string" ? text : String(text);
  if (!NEEDS_WORK.test(s)) return s;
  s = s
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(INVISIBLE, "")
    .replace(SPECIAL, (c) => ENTITY[c] ?? `\\${c}`)
    .replace(URL_START, (c) => `\\${c}`)
    .replace(LINE_BREAK, "<br>")
    .replace(/\t/g, " ")
    .replace(CONTROL, "\uFFFD");
  const indent = /^ +/.exec(s)?.[0].length ?? 0;
  if (indent > 0) s = `${"&#32;".repeat(indent)}${s.slice(indent)}`;
  else if (/^[-+=>]/.test(s)) s = `\\${s}`;
  else s = s.replace(/^(\d+)([.)])/, "$1\\$2");
  return s;
}

/**
 * Text as a code span (for ids and model paths): the backtick fence is longer than any run of backticks inside, line
 * breaks and control characters become spaces, and in a table cell (`cell: true`) a pipe is written `\|` (GFM splits
 * cells on pipes even inside code spans, and shows the escaped pipe as `|`).
 * @example markdownCode("mail") // "`mail`"
 * @example markdownCode("a`b") // "``a`b``"
 */
export function markdownCode(text: string, options: { cell?: boolean } = {}): string {
  let s = (typeof text === "string" ? text : String(text))
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(INVISIBLE, "")
    .replace(/[\p{Cc}\u2028\u2029]/gu, " ");
  if (options.cell === true) s = s.replace(/\|/g, "\\|");
  const fence = "`".repeat(longestBacktickRun(s) + 1);
  // A space on each side when the text starts or ends with a backtick (CommonMark strips one space from each end).
  const pad = s.startsWith("`") || s.endsWith("`") || s === "" ? " " : "";
  return `${fence}${pad}${s}${pad}${fence}`;
}

/**
 * Diagram text as a fenced ```` ```mermaid ```` block: the fence is longer than any run of backticks in the text, so
 * no line of it can close the block early.
 * @example mermaidBlock("flowchart LR\n  a --> b\n") // "```mermaid\nflowchart LR\n  a --> b\n```"
 */
export function mermaidBlock(text: string): string {
  const body = (typeof text === "string" ? text : String(text)).replace(/\r\n?/g, "\n").replace(/\n+$/, "");
  const fence = "`".repeat(Math.max(3, longestBacktickRun(body) + 1));
  return `${fence}mermaid\n${body}\n${fence}`;
}

/** The length of the longest run of backticks in `text` (a loop: the text may be long). */
function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = text.charCodeAt(i) === 96 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}
