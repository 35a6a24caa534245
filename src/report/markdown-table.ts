import { invariant } from "../model/errors.js";
import { toMarkdown, type Markdown } from "./escape-markdown.js";

/** A column of a {@link markdownTable}: its title (plain text, escaped) and alignment (numbers go right). */
export interface TableColumn {
  title: string;
  align?: "left" | "right";
}

/** A cell: plain text (escaped here, so user text can never break the row) or markdown the report wrote itself. */
export type TableCell = string | Markdown;

/**
 * A GitHub-flavoured markdown table as lines: header, delimiter row, one line per row. Every plain-text cell goes
 * through `escapeMarkdown`, so a pipe, a line break or a tag in user text stays inside its cell; each row has exactly
 * as many cells as there are columns.
 * @example
 * markdownTable([{ title: "Service" }, { title: "TCO (EUR)", align: "right" }], [["Mail | Chat", markdown("1,200")]])
 * // ["| Service | TCO (EUR) |", "| :-- | --: |", "| Mail \\| Chat | 1,200 |"]
 */
export function markdownTable(columns: readonly TableColumn[], rows: readonly (readonly TableCell[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  const out = [line(columns.map((c) => toMarkdown(c.title))), line(columns.map((c) => (c.align === "right" ? "--:" : ":--")))];
  for (const row of rows) {
    invariant(row.length === columns.length, `markdownTable: a row has ${row.length} cells for ${columns.length} columns`);
    out.push(line(row.map((cell) => toMarkdown(cell) || " ")));
  }
  return out;
}
