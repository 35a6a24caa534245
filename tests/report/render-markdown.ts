import { JSDOM } from "jsdom";
import { marked } from "marked";

/**
 * Markdown rendered the way a GitHub-flavoured renderer does (marked, GFM tables and strikethrough, raw HTML passed
 * through unsanitised, so that any markup the escaping let through shows up as an element), as a DOM to inspect.
 */
export function renderMarkdown(markdown: string): Document {
  const html = marked.parse(markdown, { gfm: true, async: false }) as string;
  return new JSDOM(html).window.document;
}

/** Elements that only markup typed by a user could create in a report (the report's own links go to `#anchors`). */
export const FOREIGN_ELEMENTS = "script, style, img, iframe, object, embed, svg, math, form, input, textarea, video, audio, a:not([href^='#'])";

/**
 * What a browser shows for user text after the report's escaping: lone surrogates as U+FFFD, bidi controls and the
 * byte order mark gone, line breaks gone (a `<br>` has no text), tabs as spaces, other control characters as U+FFFD.
 */
export function shownText(text: string): string {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/[\u202A-\u202E\u2066-\u2069\uFEFF]/g, "")
    .replace(/\r\n|[\n\r\u0085\u2028\u2029]/g, "")
    .replace(/\t/g, " ")
    .replace(/\p{Cc}/gu, "\uFFFD");
}
