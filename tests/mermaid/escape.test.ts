import { describe, expect, it } from "vitest";
import {
  DEFAULT_MAX_LABEL_LENGTH,
  cleanLabel,
  flowchartLabel,
  flowchartLines,
  frontMatterTitle,
  journeyActor,
  journeyText,
  mindmapText,
  quadrantText,
  quadrantTitle,
  sankeyField,
  sankeyName,
  toSankeyAscii,
} from "../../src/mermaid/escape.js";
import { HOSTILE_LABELS } from "../fixtures/hostile-labels.js";

const graphemes = (s: string) => [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(s)].length;

describe("cleanLabel", () => {
  it("collapses control characters, tabs, newlines and runs of blanks to one space, and trims", () => {
    expect(cleanLabel("  a\tb\nc\r\nd\u2028e\u0000f\u0007g\u007Fh\u0085i  ")).toBe("a b c d e f g h i");
    expect(cleanLabel("a\u00A0\u3000b")).toBe("a b");
  });

  it("removes bidi controls and the byte order mark, keeps right-to-left letters and joiners", () => {
    expect(cleanLabel("abc\u202Edef\u202Cghi\u2067x\u2069\uFEFF")).toBe("abcdefghix");
    expect(cleanLabel("שירות לקוחות")).toBe("שירות לקוחות");
    expect(cleanLabel("👨‍👩‍👧")).toBe("👨‍👩‍👧");
  });

  it("replaces lone surrogates with U+FFFD and keeps pairs", () => {
    expect(cleanLabel("a\uD800b\uDC00c")).toBe("a\uFFFDb\uFFFDc");
    expect(cleanLabel("😀")).toBe("😀");
  });

  it("truncates by graphemes with an ellipsis, never inside an emoji or a combining sequence", () => {
    expect(cleanLabel("x".repeat(100), 10)).toBe(`${"x".repeat(9)}…`);
    const family = "👨‍👩‍👧‍👦";
    const cut = cleanLabel(family.repeat(200), 5);
    expect(cut).toBe(`${family.repeat(4)}…`);
    expect(cleanLabel("e\u0301".repeat(10), 3)).toBe("e\u0301e\u0301…");
    expect(graphemes(cleanLabel("Long name ".repeat(1000)))).toBeLessThanOrEqual(DEFAULT_MAX_LABEL_LENGTH);
  });

  it("keeps text at the limit whole, and 10,000-character names come out at the limit", () => {
    expect(cleanLabel("x".repeat(60))).toBe("x".repeat(60));
    const long = cleanLabel("y".repeat(10_000));
    expect(long).toHaveLength(60);
    expect(long.endsWith("…")).toBe(true);
  });

  it("gives the fallback for blank text, and (empty) when the fallback is blank too", () => {
    expect(cleanLabel("   ", 60, "mail")).toBe("mail");
    expect(cleanLabel("", 60, "")).toBe("(empty)");
    expect(cleanLabel("\u0000\t")).toBe("(empty)");
  });
});

describe("flowchartLabel", () => {
  it("quotes and writes every character outside the safe set as an entity code", () => {
    expect(flowchartLabel('end "x" --> <b>')).toBe('"end #34;x#34; --#62; #60;b#62;"');
    expect(flowchartLabel("a#1;b%%c:d|e`f")).toBe('"a#35;1#59;b#37;#37;c#58;d#124;e#96;f"');
    expect(flowchartLabel("Müller 😀 服务")).toBe('"Müller 😀 服务"');
  });

  it("codes the characters of Mermaid's own entity placeholder and breaks the pairs with a word joiner", () => {
    // Mermaid turns "ﬂ°°" and "¶ß" back into "&#" and ";" after the browser decoded the codes: U+2060 keeps them apart.
    expect(flowchartLabel("ﬂ°°60¶ß")).toBe('"#64258;\u2060°°60#182;\u2060ß"');
    expect(flowchartLabel("ﬂ alone, ¶ alone")).toBe('"#64258; alone, #182; alone"');
  });

  it("keeps a backslash before n in a label of several lines from reading as a line break", () => {
    expect(flowchartLines(["C:\\new", "x"])).toBe('"C#58;#92;\u2060new<br/>x"');
  });

  it("never lets a quote, a newline or a bracket of the syntax through", () => {
    for (const { text } of HOSTILE_LABELS) {
      const inner = flowchartLabel(text).slice(1, -1).replace(/#\d+;/g, "");
      expect(inner).not.toMatch(/["\n\r[\]{}<>|;%`#:]/);
    }
  });

  it("joins lines with <br/>, each cleaned apart", () => {
    expect(flowchartLines(["Mail", "TCO 1M EUR"])).toBe('"Mail<br/>TCO 1M EUR"');
    expect(flowchartLines(["", "x"], 60, "id")).toBe('"id<br/>x"');
  });
});

describe("journeyText and journeyActor", () => {
  it("replace the characters the journey grammar stops at with fullwidth look-alikes", () => {
    expect(journeyText("Call #1: 9:00; 50% <ok>")).toBe("Call ＃1： 9：00； 50％ ＜ok＞");
    expect(journeyActor("Sales, EMEA")).toBe("Sales， EMEA");
  });

  it("put a zero-width space before a leading keyword, so the line stays a task", () => {
    expect(journeyText("title Hijacked")).toBe("\u200Btitle Hijacked");
    expect(journeyText("Section x")).toBe("\u200BSection x");
    expect(journeyText("journey")).toBe("\u200Bjourney");
    expect(journeyText("accTitle: x")).toBe("\u200BaccTitle： x");
    expect(journeyText("AccDescr ")).toBe("\u200BAccDescr");
    expect(journeyText("accDescr { x")).toBe("\u200BaccDescr { x");
    expect(journeyText("journeys")).toBe("journeys");
    expect(journeyText("subtitle x")).toBe("subtitle x");
  });

  it("spell the ligature ﬂ (half of Mermaid's entity placeholder) as fl", () => {
    expect(journeyText("ﬂow")).toBe("flow");
  });

  it("never emit a character the journey lexer stops at", () => {
    for (const { text } of HOSTILE_LABELS) {
      expect(journeyText(text)).not.toMatch(/[#:;\n%]/);
      expect(journeyActor(text)).not.toMatch(/[#:;,\n%]/);
    }
  });
});

describe("quadrant and mindmap text", () => {
  it("quote with entity codes", () => {
    expect(quadrantText('Mail "EU"')).toBe('"Mail #34;EU#34;"');
    expect(quadrantTitle("Risk; value")).toBe("Risk#59; value");
    expect(mindmapText("Mail (EU) ((x))")).toBe('"Mail (EU) ((x))"');
    expect(mindmapText("")).toBe('"(empty)"');
  });
});

describe("sankey names", () => {
  it("transliterate to printable ASCII", () => {
    expect(toSankeyAscii("Straße für Bürger")).toBe("Strasse fuer Buerger");
    expect(toSankeyAscii("Café naïve Ångström")).toBe("Cafe naive Aangstroem");
    expect(toSankeyAscii("Œuvre – 5 €")).toBe("OEuvre - 5 EUR");
    expect(toSankeyAscii("ＡＢＣ")).toBe("ABC");
    expect(toSankeyAscii("服务 👨‍👩‍👧 🇩🇪")).toBe("?? ? ?");
  });

  it("turn what Mermaid would read as markup, an entity or a directive into plain text", () => {
    expect(toSankeyAscii("<img src=x onerror=alert(1)>")).toBe("(img src=x onerror=alert(1))");
    expect(toSankeyAscii("#35; and #quot;")).toBe("#35, and #quot,");
    expect(toSankeyAscii("Lifestyle: #1; x")).toBe("Lifestyle: #1, x");
    expect(toSankeyAscii('%%{init: {"x": 1}}%%')).toBe('%{init: {"x": 1}}%');
  });

  it("CSV-quote the field, doubling quotes", () => {
    expect(sankeyField('Büro "Nord", Halle 2')).toBe('"Buero ""Nord"", Halle 2"');
  });

  it("fall back to the id when nothing printable is left, and cut long names with three dots", () => {
    expect(sankeyName("   ", 60, "mail")).toBe("mail");
    expect(sankeyName("x".repeat(100), 10)).toBe("xxxxxxx...");
    expect(sankeyName("ß".repeat(40), 60)).toHaveLength(60);
  });

  it("emit printable ASCII only for every hostile name", () => {
    for (const { text } of HOSTILE_LABELS) expect(sankeyField(text)).toMatch(/^"[\x20-\x7E]*"$/);
  });
});

describe("frontMatterTitle", () => {
  it("is a YAML double-quoted string without angle brackets", () => {
    expect(frontMatterTitle('Map "A" <b>')).toBe('"Map \\"A\\" ＜b＞"');
    expect(JSON.parse(frontMatterTitle("a\nb\\c"))).toBe("a b\\c");
  });
});
