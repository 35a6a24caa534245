/** A column of a text table: its title and which side its cells line up on (numbers right, names left). */
export interface TableColumn {
  title: string;
  align?: "left" | "right";
}

/**
 * A table as aligned lines of text: the titles, then one line per row, columns two spaces apart, each line indented by
 * `indent` spaces. Numbers line up on the right, text on the left; trailing blanks are cut.
 * @example
 * formatTable([{ title: "service" }, { title: "total", align: "right" }], [["mail", "1,200"], ["network", "35,000"]])
 * // ["  service   total", "  mail      1,200", "  network  35,000"]
 */
export function formatTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], indent = 2): string[] {
  const widths = columns.map((c, i) => Math.max(c.title.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    " ".repeat(indent) +
    columns
      .map((c, i) => {
        const cell = cells[i] ?? "";
        return c.align === "right" ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!);
      })
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.title)), ...rows.map(line)];
}

/** Most rows a text table of `analyze` shows; `--json` lists them all. */
export const TEXT_ROWS = 15;

/**
 * The first `limit` rows, and a line saying how many were left out (none when all fit).
 * @example shownRows(["a", "b", "c"], 2) // { rows: ["a", "b"], more: ["  ... and 1 more (--json lists all)"] }
 */
export function shownRows<T>(rows: readonly T[], limit = TEXT_ROWS, indent = 2): { rows: readonly T[]; more: string[] } {
  if (rows.length <= limit) return { rows, more: [] };
  return { rows: rows.slice(0, limit), more: [`${" ".repeat(indent)}... and ${rows.length - limit} more (--json lists all)`] };
}
