/**
 * Every user string that goes into Mermaid text passes through this module: one function per place in a diagram,
 * because each diagram type has its own grammar (read from Mermaid 11 and 12's jison lexers and checked with
 * `mermaid.parse` in both). All of them first {@link cleanLabel} the text (control characters and newlines to spaces,
 * lone surrogates to U+FFFD, bidi controls removed, truncation with an ellipsis), then:
 *
 * - flowchart node, edge and subgraph labels, quadrant and mindmap text: the quoted form `"..."` with every character
 *   outside a small safe set written as a numeric entity code `#35;` (Mermaid turns `#35;` into `&#35;` and the
 *   browser shows `#`), so quotes, brackets, `-->`, `:::`, `%%`, `;` and `<script>` are plain text;
 * - journey text (title, section, task, actor): the grammar allows no quoting and no entity codes (`#` starts a
 *   comment, `;` and `:` end the name, `,` splits actors, a leading `%` is a comment), so those characters become
 *   their fullwidth look-alikes (`#` → `＃`, `;` → `；`, `:` → `：`, `,` → `，`, `%` → `％`, `<` → `＜`, `>` → `＞`), and a
 *   task name that starts with a keyword (`title`, `section`, `journey`, `accTitle`, `accDescr`) gets a zero-width
 *   space in front;
 * - sankey fields: printable ASCII only, so text is transliterated (`ä` → `ae`, `ß` → `ss`, `é` → `e`; any other
 *   character → `?`), `<`/`>` become `(`/`)` (Mermaid sanitises sankey names as HTML), a run of `%` becomes one `%`,
 *   `#word;` (which Mermaid would read as an entity) gets a space after the `#`, and the field is CSV-quoted;
 * - front-matter titles: a YAML double-quoted string (Mermaid does not decode entity codes there).
 *
 * User text never becomes a node id: ids come from {@link mermaidNodeId} (src/mermaid/mermaid-node-id.ts).
 * @module
 */

/** Labels longer than this many characters (graphemes) are cut, with an ellipsis, unless a view says otherwise. */
export const DEFAULT_MAX_LABEL_LENGTH = 60;

/** Titles longer than this many characters (graphemes) are cut, with an ellipsis, whatever `maxLabelLength` says. */
export const MAX_TITLE_LENGTH = 200;

/** The character that ends a truncated label. */
export const ELLIPSIS = "…";

/** What a label shows when its text is empty or blank and no fallback is given. */
export const EMPTY_LABEL = "(empty)";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Bidi embeddings, overrides and isolates, the byte order mark and noncharacters: invisible, and able to reorder
// the text around a label in a plain-text renderer.
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/g;
// Control characters, line and paragraph separators and every kind of blank collapse to one space.
const BLANKS = /[\p{Cc}\p{Zl}\p{Zp}\s]+/gu;

let segmenter: Intl.Segmenter | undefined;
function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * Text as a label shows it: lone surrogates become U+FFFD, bidi controls and the byte order mark are removed, control
 * characters, newlines, tabs and runs of blanks become one space, the ends are trimmed, and text longer than
 * `maxLength` graphemes (user-perceived characters: an emoji with skin tone or a flag counts once) is cut to
 * `maxLength - 1` graphemes and an ellipsis `…`. Blank text gives `fallback`.
 * @example cleanLabel("Mail\n\tservice") // "Mail service"
 * @example cleanLabel("x".repeat(100), 10) // "xxxxxxxxx…"
 */
export function cleanLabel(text: string, maxLength = DEFAULT_MAX_LABEL_LENGTH, fallback = EMPTY_LABEL): string {
  let s = normaliseText(text);
  if (s === "") s = normaliseText(fallback) || EMPTY_LABEL;
  return truncate(s, maxLength);
}

/** Lone surrogates to U+FFFD, invisible controls removed, blanks collapsed to one space, trimmed. */
function normaliseText(text: string): string {
  const s = typeof text === "string" ? text : String(text);
  return s.replace(LONE_SURROGATE, "\uFFFD").replace(INVISIBLE, "").replace(BLANKS, " ").trim();
}

/** At most `maxLength` graphemes, the last one an ellipsis when cut. */
function truncate(s: string, maxLength: number): string {
  // A UTF-16 length within the limit cannot hold more graphemes than that: skip the segmentation.
  if (s.length <= maxLength) return s;
  const g = graphemes(s);
  return g.length <= maxLength ? s : `${g.slice(0, Math.max(0, maxLength - 1)).join("").trimEnd()}${ELLIPSIS}`;
}

// Characters written as themselves inside a quoted flowchart, quadrant or mindmap string. Everything else in ASCII is
// an entity code. Outside ASCII, only the two characters of Mermaid's own entity placeholder ("ﬂ°°35¶ß") are coded.
const SAFE_ASCII = /^[A-Za-z0-9 .,'()/+?!-]$/;
const PLACEHOLDER_CHARS = new Set(["\uFB02", "\u00B6"]);

function entityCoded(text: string): string {
  let out = "";
  for (const ch of breakPlaceholders(text)) {
    const code = ch.codePointAt(0)!;
    out += code < 0x80 ? (SAFE_ASCII.test(ch) ? ch : `#${code};`) : PLACEHOLDER_CHARS.has(ch) ? `#${code};` : ch;
  }
  return out;
}

/**
 * Mermaid turns "ﬂ°°", "ﬂ°" and "¶ß" back into "&#", "&" and ";" in the text it renders (after the browser decoded
 * our codes, in every diagram type but the sankey), so a name holding them would show other text: an invisible word
 * joiner (U+2060) keeps the two characters apart.
 */
function breakPlaceholders(s: string): string {
  return s.replace(/\uFB02(?=\u00B0)/g, "\uFB02\u2060").replace(/\u00B6(?=\u00DF)/g, "\u00B6\u2060");
}

/**
 * A flowchart label (node, edge or subgraph title), quoted: `"Mail #35;1"`. The text is cleaned (see
 * {@link cleanLabel}); ASCII outside letters, digits, blank and `.,'()/+?!-` becomes an entity code.
 * @example flowchartLabel('end "x" --> <b>') // "\"end #34;x#34; --#62; #60;b#62;\""
 */
export function flowchartLabel(text: string, maxLength = DEFAULT_MAX_LABEL_LENGTH, fallback = EMPTY_LABEL): string {
  return `"${entityCoded(cleanLabel(text, maxLength, fallback))}"`;
}

/**
 * Several cleaned, coded lines joined with `<br/>` into one quoted flowchart label (each line cleaned on its own).
 * @example flowchartLines(["Mail", "TCO 1.2M EUR"]) // "\"Mail<br/>TCO 1.2M EUR\""
 */
export function flowchartLines(lines: readonly string[], maxLength = DEFAULT_MAX_LABEL_LENGTH, fallback = EMPTY_LABEL): string {
  // NOTE: in a label of several lines Mermaid reads a backslash before "n" as a line break; a word joiner
  // (U+2060) between them keeps the text as written.
  const line = (text: string, i: number) => cleanLabel(text, maxLength, i === 0 ? fallback : EMPTY_LABEL).replace(/\\(?=n)/g, "\\\u2060");
  return `"${lines.map((text, i) => entityCoded(line(text, i))).join("<br/>")}"`;
}

/**
 * A quadrant chart point, axis or quadrant text, quoted, with entity codes as for flowcharts.
 * @example quadrantText('Mail "EU"') // "\"Mail #34;EU#34;\""
 */
export function quadrantText(text: string, maxLength = DEFAULT_MAX_LABEL_LENGTH, fallback = EMPTY_LABEL): string {
  return `"${entityCoded(cleanLabel(text, maxLength, fallback))}"`;
}

/**
 * A quadrant chart title line's text (the `title` statement takes the rest of the line, entity codes work).
 * @example quadrantTitle("Risk; value") // "Risk#59; value"
 */
export function quadrantTitle(text: string, maxLength = MAX_TITLE_LENGTH): string {
  return entityCoded(cleanLabel(text, maxLength));
}

/**
 * A mindmap node's text, quoted for the `id["text"]` shapes, with entity codes as for flowcharts.
 * @example mindmapText("Mail (EU)") // "\"Mail (EU)\""
 */
export function mindmapText(text: string, maxLength = DEFAULT_MAX_LABEL_LENGTH, fallback = EMPTY_LABEL): string {
  return `"${entityCoded(cleanLabel(text, maxLength, fallback))}"`;
}

const FULLWIDTH: Readonly<Record<string, string>> = {
  "#": "\uFF03",
  ";": "\uFF1B",
  ":": "\uFF1A",
  ",": "\uFF0C",
  "%": "\uFF05",
  "<": "\uFF1C",
  ">": "\uFF1E",
};
const JOURNEY_SPECIAL = /[#;:,%<>]|\uFB02/g;
const JOURNEY_KEYWORD = /^(?:journey\b|title\s|section\s|acctitle\b|accdescr\b)/i;

function journeyCoded(text: string): string {
  // "ﬂ" (U+FB02) is one half of Mermaid's entity placeholder: spell it as its two letters.
  return text.replace(JOURNEY_SPECIAL, (ch) => FULLWIDTH[ch] ?? "fl");
}

/**
 * Journey text (task name, section name or title): cleaned, with `# ; : , % < >` replaced by their fullwidth
 * look-alikes (the journey grammar has neither quotes nor entity codes), and a zero-width space before a leading
 * keyword (`title`, `section`, `journey`, `accTitle`, `accDescr`) so the line stays a task.
 * @example journeyText("Call #1: 9:00") // "Call ＃1： 9：00"
 */
export function journeyText(text: string, maxLength = DEFAULT_MAX_LABEL_LENGTH, fallback = EMPTY_LABEL): string {
  const s = breakPlaceholders(journeyCoded(cleanLabel(text, maxLength, fallback)));
  return JOURNEY_KEYWORD.test(s) ? `\u200B${s}` : s;
}

/**
 * A journey actor name: as {@link journeyText} (`,` separates actors, so it becomes `，`).
 * @example journeyActor("Sales, EMEA") // "Sales， EMEA"
 */
export function journeyActor(text: string, maxLength = DEFAULT_MAX_LABEL_LENGTH, fallback = EMPTY_LABEL): string {
  return breakPlaceholders(journeyCoded(cleanLabel(text, maxLength, fallback)));
}

// Letters whose usual ASCII spelling is not what stripping the accent gives.
const TRANSLITERATION: Readonly<Record<string, string>> = {
  ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss", ẞ: "SS",
  æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", ø: "o", Ø: "O", å: "aa", Å: "Aa",
  þ: "th", Þ: "Th", ð: "d", Ð: "D", đ: "d", Đ: "D", ł: "l", Ł: "L", ı: "i",
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201C": '"', "\u201D": '"', "\u201E": '"',
  "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u20AC": "EUR", "\u00A3": "GBP", "\u00A9": "(c)", "\u00AE": "(R)",
};

/**
 * Printable ASCII for a sankey field: known letters transliterated (`ä` → `ae`), accents stripped (`é` → `e`),
 * anything else one `?` per grapheme; `<`/`>` become `(`/`)`, a run of `%` one `%`, and `;` a `,` (so no `#word;`
 * entity and no style-statement look-alike remain).
 * Not quoted (see {@link sankeyField}).
 * @example toSankeyAscii("Straße für Bürger") // "Strasse fuer Buerger"
 */
export function toSankeyAscii(text: string): string {
  let out = "";
  if (/^[\x20-\x7E]*$/.test(text)) out = text;
  else {
    for (const g of graphemes(text)) {
      if (/^[\x20-\x7E]$/.test(g)) {
        out += g;
        continue;
      }
      const known = TRANSLITERATION[g] ?? TRANSLITERATION[g.normalize("NFC")];
      if (known !== undefined) {
        out += known;
        continue;
      }
      // Compatibility decomposition spells fullwidth forms, ligatures and accented letters in ASCII plus marks.
      const ascii = g.normalize("NFKD").replace(/\p{M}/gu, "");
      out += /^[\x20-\x7E]+$/.test(ascii) ? ascii : "?";
    }
  }
  // NOTE: `;` becomes `,`: Mermaid deletes the last `;` of any line that looks like a style statement
  // (/style.*:\S*#.*;/ or /classDef.*:\S*#.*;/), which a sankey row can ("Lifestyle: #1; x"), splitting a node in two.
  return out
    .replace(/</g, "(")
    .replace(/>/g, ")")
    .replace(/%+/g, "%")
    .replace(/;/g, ",");
}

/**
 * A sankey node name: cleaned, transliterated to printable ASCII (see {@link toSankeyAscii}) and CSV-quoted
 * (`"` doubled). Blank after transliteration gives `fallback`.
 * @example sankeyField('Büro "Nord"') // "\"Buero \"\"Nord\"\"\""
 */
export function sankeyField(text: string, maxLength = DEFAULT_MAX_LABEL_LENGTH, fallback = EMPTY_LABEL): string {
  return `"${sankeyName(text, maxLength, fallback).replace(/"/g, '""')}"`;
}

/**
 * A sankey node name before quoting: what the diagram shows (cleaned, transliterated, blanks collapsed).
 * @example sankeyName("  Café  ") // "Cafe"
 */
export function sankeyName(text: string, maxLength = DEFAULT_MAX_LABEL_LENGTH, fallback = EMPTY_LABEL): string {
  const ascii = (s: string) => toSankeyAscii(normaliseText(s)).replace(/ +/g, " ").trim();
  const name = ascii(text) || ascii(fallback) || EMPTY_LABEL;
  // Truncate after transliteration: "ß" -> "ss" may lengthen the text.
  return name.length > maxLength ? `${name.slice(0, Math.max(0, maxLength - 3)).trimEnd()}...` : name;
}

/**
 * A title for Mermaid's YAML front matter, as a double-quoted YAML string: cleaned; `<` and `>` become `＜` and `＞`
 * (Mermaid sanitises titles as HTML and does not decode entity codes there).
 * @example frontMatterTitle('Map "A" <b>') // "\"Map \\\"A\\\" ＜b＞\""
 */
export function frontMatterTitle(text: string, maxLength = MAX_TITLE_LENGTH): string {
  return JSON.stringify(breakPlaceholders(cleanLabel(text, maxLength)).replace(/[<>]/g, (ch) => FULLWIDTH[ch]!));
}
