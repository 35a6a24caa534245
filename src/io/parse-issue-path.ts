/**
 * Split an issue path in dot/bracket form back into keys and indexes (the inverse of `formatPath`).
 * A trailing `...` (a path cut short, as in a "too deep" issue) is dropped; text that is not a path gives `[]`.
 * @example parseIssuePath('services[3].meta["a b"]') // ["services", 3, "meta", "a b"]
 */
export function parseIssuePath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  const text = path.endsWith("...") ? path.slice(0, -3) : path;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ".") {
      i++;
      continue;
    }
    if (c === "[") {
      const index = /^\[(\d+)\]/.exec(text.slice(i, i + 24));
      if (index) {
        segments.push(Number(index[1]));
        i += index[0].length;
        continue;
      }
      // A quoted key: a JSON string, read up to its closing quote (skipping escaped characters).
      if (text[i + 1] !== '"') return segments;
      let j = i + 2;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      try {
        segments.push(JSON.parse(text.slice(i + 1, j + 1)) as string);
      } catch {
        return segments;
      }
      i = j + 2; // past the quote and the closing bracket
      continue;
    }
    const name = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 200));
    if (!name) return segments;
    segments.push(name[0]);
    i += name[0].length;
  }
  return segments;
}
