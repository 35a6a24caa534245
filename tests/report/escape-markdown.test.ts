import { describe, expect, it } from "vitest";
import { escapeMarkdown, markdownCode, mermaidBlock } from "../../src/report/escape-markdown.js";
import { HOSTILE_LABELS } from "../fixtures/hostile-labels.js";
import { FOREIGN_ELEMENTS, renderMarkdown, shownText } from "./render-markdown.js";

/** More traps of markdown itself, beyond the diagram corpus. */
const MARKDOWN_TRAPS: readonly { name: string; text: string }[] = [
  { name: "heading", text: "# Not a heading" },
  { name: "closing hashes", text: "Mail ##" },
  { name: "quote", text: "> not a quote" },
  { name: "list", text: "- not a list" },
  { name: "plus list", text: "+ not a list" },
  { name: "ordered list", text: "1. not a list" },
  { name: "ordered list with paren", text: "12) not a list" },
  { name: "setext underline", text: "===" },
  { name: "thematic break", text: "---" },
  { name: "star break", text: "***" },
  { name: "indented code", text: "    four spaces" },
  { name: "emphasis", text: "*em* _em_ **strong** __strong__" },
  { name: "strikethrough", text: "~~gone~~" },
  { name: "link", text: "[click](javascript:alert(1))" },
  { name: "image", text: "![x](https://example.com/x.png)" },
  { name: "reference definition", text: "[a]: https://example.com" },
  { name: "footnote", text: "[^1]" },
  { name: "autolink", text: "<https://example.com>" },
  { name: "bare url", text: "see https://evil.example/login now" },
  { name: "www url", text: "www.evil.example and WWW.EVIL.EXAMPLE" },
  { name: "e-mail", text: "write to help@corp.example" },
  { name: "html comment", text: "<!-- hidden -->" },
  { name: "table row", text: "| a | b |" },
  { name: "table delimiter", text: "|---|---|" },
  { name: "math", text: "$x^2$ and $$y$$" },
  { name: "escapes", text: "\\* \\| \\\\" },
  { name: "entity", text: "&lt;script&gt; &#60; &copy;" },
  { name: "task list", text: "[ ] todo" },
  { name: "code fence", text: "```js" },
  { name: "tilde fence", text: "~~~" },
  { name: "trailing backslash", text: "ends with \\" },
];

const CORPUS = [...HOSTILE_LABELS, ...MARKDOWN_TRAPS];

describe("escapeMarkdown", () => {
  it.each(CORPUS)("keeps $name as one line of plain text with no tag but <br>", ({ text }) => {
    const escaped = escapeMarkdown(text);
    expect(escaped).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
    expect(escaped.replace(/<br>/g, "")).not.toMatch(/<[A-Za-z/!?]/);
    // Every pipe is escaped: a table cell can never be split.
    expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*\|/);
  });

  it.each(CORPUS)("shows $name as written in a table cell, a list item, a heading and a paragraph", ({ text }) => {
    const e = escapeMarkdown(text);
    const doc = renderMarkdown(`| a | b |\n| --- | --- |\n| ${e} | x |\n\n- ${e}\n\n### H ${e}\n\nP ${e}\n`);
    expect(doc.querySelectorAll(FOREIGN_ELEMENTS)).toHaveLength(0);
    expect(doc.querySelectorAll("em, strong, del, code, pre, blockquote, ol, h1, h2, hr")).toHaveLength(0);
    const cells = doc.querySelectorAll("tbody tr td");
    expect(cells).toHaveLength(2);
    const shown = shownText(text);
    // Leading spaces are kept (as entities), so compare what is left after trimming.
    expect(cells[0]!.textContent!.trim()).toBe(shown.trim());
    expect(cells[1]!.textContent).toBe("x");
    if (text === "") return; // an empty list item, heading or paragraph is no element at all
    expect(doc.querySelectorAll("li")).toHaveLength(1);
    expect(doc.querySelector("li")!.textContent!.trim()).toBe(shown.trim());
    expect(doc.querySelectorAll("h3")).toHaveLength(1);
    expect(doc.querySelector("h3")!.textContent!.trim()).toBe(`H ${shown}`.trim());
    const paragraphs = Array.from(doc.querySelectorAll("p")).filter((p) => p.closest("li") === null);
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]!.textContent!.trim()).toBe(`P ${shown}`.trim());
  });

  it("escapes what markdown reads, and only that", () => {
    expect(escapeMarkdown("Mail service")).toBe("Mail service");
    expect(escapeMarkdown("a | b")).toBe("a \\| b");
    expect(escapeMarkdown("`x`")).toBe("\\`x\\`");
    expect(escapeMarkdown("<script>alert(1)</script>")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(escapeMarkdown("Fish &amp; Chips")).toBe("Fish &amp;amp; Chips");
    expect(escapeMarkdown("# top")).toBe("\\# top");
    expect(escapeMarkdown("- item")).toBe("\\- item");
    expect(escapeMarkdown("> quote")).toBe("&gt; quote");
    expect(escapeMarkdown("2024. A year")).toBe("2024\\. A year");
    expect(escapeMarkdown("  two")).toBe("&#32;&#32;two");
    expect(escapeMarkdown("line\r\nnext\nlast")).toBe("line<br>next<br>last");
    expect(escapeMarkdown("bell\u0007")).toBe("bell\uFFFD");
    expect(escapeMarkdown("a\u202Eb")).toBe("ab");
    expect(escapeMarkdown("lone \uD800")).toBe("lone \uFFFD");
    expect(escapeMarkdown("Müller 📧 サービス")).toBe("Müller 📧 サービス");
    expect(escapeMarkdown("see https://x.org or www.x.org, mail help@x.org")).toBe("see https\\://x.org or www\\.x.org, mail help\\@x.org");
    expect(escapeMarkdown("awww.x")).toBe("awww.x");
  });

  it("keeps long text in full", () => {
    const long = `${"Long name ".repeat(1000)}end`;
    expect(escapeMarkdown(long)).toBe(long);
  });
});

describe("markdownCode", () => {
  it("fences with more backticks than the text holds", () => {
    expect(markdownCode("mail")).toBe("`mail`");
    expect(markdownCode("a`b")).toBe("``a`b``");
    expect(markdownCode("`x`")).toBe("`` `x` ``");
    expect(markdownCode("")).toBe("`  `");
  });

  it("shows the text as code, in a paragraph and in a table cell", () => {
    for (const text of ["services[3].dependsOn[0]", "a`b``c", "lint.rules[\"a|b\"]", "<b>bold</b>", "*x*"]) {
      const doc = renderMarkdown(`${markdownCode(text)}\n\n| a |\n| --- |\n| ${markdownCode(text, { cell: true })} |\n`);
      const codes = doc.querySelectorAll("code");
      expect(codes).toHaveLength(2);
      expect(codes[0]!.textContent).toBe(text);
      expect(codes[1]!.textContent).toBe(text);
      expect(doc.querySelectorAll("tbody td")).toHaveLength(1);
      expect(doc.querySelectorAll("b, em")).toHaveLength(0);
    }
  });

  it("turns line breaks and control characters into spaces", () => {
    expect(markdownCode("a\nb\u0000c")).toBe("`a b c`");
  });
});

describe("mermaidBlock", () => {
  it("fences diagram text so that nothing in it closes the block", () => {
    const text = "flowchart LR\n  a[\"```\"] --> b\n```\n````\n~~~\n";
    const block = mermaidBlock(text);
    expect(block.startsWith("`````mermaid\n")).toBe(true);
    const doc = renderMarkdown(`${block}\n\nafter\n`);
    const code = doc.querySelectorAll("pre code");
    expect(code).toHaveLength(1);
    expect(code[0]!.className).toBe("language-mermaid");
    expect(code[0]!.textContent).toBe(text.replace(/\n$/, "\n"));
    expect(doc.querySelector("p")!.textContent).toBe("after");
  });

  it("uses three backticks for ordinary text and ends without a trailing newline", () => {
    expect(mermaidBlock("journey\n  title x\n")).toBe("```mermaid\njourney\n  title x\n```");
    expect(mermaidBlock("a\r\nb")).toBe("```mermaid\na\nb\n```");
  });
});
