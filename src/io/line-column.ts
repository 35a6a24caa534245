/** A 1-based line and column (columns count UTF-16 code units, as editors and the `yaml` package do). */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * A function from a character offset in `text` to its 1-based line and column; the line starts are found once.
 * @example lineColumnOf("a\nbc")(3) // { line: 2, column: 2 }
 */
export function lineColumnOf(text: string): (offset: number) => LineColumn {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo]! + 1 };
  };
}
