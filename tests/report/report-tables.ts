import { renderMarkdown } from "./render-markdown.js";

/** A rendered table: its column titles and its rows as text by column title. */
export interface RenderedTable {
  columns: string[];
  rows: Record<string, string>[];
}

/** A report rendered, with the tables and text of each section (by its `##` heading) and sub-section (`###`). */
export interface RenderedReport {
  document: Document;
  /** The `##` and `###` headings in order. */
  headings: string[];
  /** The tables after a heading, up to the next heading of the same or a higher level. */
  tables: (heading: string) => RenderedTable[];
  /** The text after a heading, up to the next heading of the same or a higher level. */
  text: (heading: string) => string;
}

/** Render a report and read its sections back. */
export function readReport(markdown: string): RenderedReport {
  const document = renderMarkdown(markdown);
  const headings = Array.from(document.querySelectorAll("h2, h3")).map((h) => h.textContent ?? "");
  const section = (heading: string): Element[] => {
    const start = Array.from(document.querySelectorAll("h2, h3")).find((h) => h.textContent === heading);
    if (!start) throw new Error(`no heading "${heading}" in the report; headings: ${headings.join(" | ")}`);
    const level = Number(start.tagName[1]);
    const out: Element[] = [];
    for (let e = start.nextElementSibling; e; e = e.nextElementSibling) {
      if (/^H[1-6]$/.test(e.tagName) && Number(e.tagName[1]) <= level) break;
      out.push(e);
    }
    return out;
  };
  return {
    document,
    headings,
    tables: (heading) =>
      section(heading)
        .filter((e) => e.tagName === "TABLE")
        .map((table) => {
          const columns = Array.from(table.querySelectorAll("thead th")).map((th) => th.textContent ?? "");
          const rows = Array.from(table.querySelectorAll("tbody tr")).map((tr) => {
            const cells = Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? "");
            if (cells.length !== columns.length) throw new Error(`a row of ${cells.length} cells under ${columns.length} columns in "${heading}"`);
            return Object.fromEntries(columns.map((c, i) => [c, cells[i]!]));
          });
          return { columns, rows };
        }),
    text: (heading) => section(heading).map((e) => e.textContent ?? "").join("\n"),
  };
}

/**
 * The number of cells in each line of each table of raw markdown (outside fenced blocks), splitting on pipes that are
 * not backslash-escaped, as GFM does: a well-formed table has the same count on every line.
 */
export function rawTableCellCounts(markdown: string): number[][] {
  const tables: number[][] = [];
  let fence: string | undefined;
  let current: number[] | undefined;
  for (const line of markdown.split("\n")) {
    const opener = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = undefined;
      continue;
    }
    if (opener !== undefined) {
      fence = opener;
      current = undefined;
      continue;
    }
    if (line.startsWith("|")) {
      if (!current) tables.push((current = []));
      // Cells are what lies between unescaped pipes: the leading and trailing pipe give one empty part each.
      const parts = line.split(/(?<!(?:^|[^\\])(?:\\\\)*\\)\|/);
      current.push(parts.length - 2);
    } else current = undefined;
  }
  return tables;
}
