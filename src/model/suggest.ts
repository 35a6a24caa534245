/**
 * The closest candidate to a misspelt name, for "did you mean" hints; `undefined` when nothing is close.
 * Prefers, in order: a case/separator-insensitive match, a candidate that extends the input by whole
 * words (`db` -> `db-cluster`), one sharing a whole word (`incident-mgmt` -> `incident-management`)
 * within a loose edit distance, then the smallest Damerau-Levenshtein distance within about 40% of the length.
 * @example closestMatch("incident-mgmt", ["incident-management", "problem-management"]) // "incident-management"
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  return createMatcher(candidates)(input);
}

/**
 * A reusable {@link closestMatch} over fixed candidates, their canonical forms worked out once: for many look-ups
 * against the same ids (the model checks suggest for every unknown reference).
 * @example const suggest = createMatcher(ids); suggest("db") // "db-cluster"
 */
export function createMatcher(candidates: Iterable<string>): (input: string) => string | undefined {
  const list = [...candidates].map((candidate) => {
    const c = canonical(candidate);
    return { candidate, c, words: new Set(c.split("-")) };
  });
  return (input) => {
    const needle = canonical(input);
    if (needle.length === 0) return undefined;
    const needleWords = needle.split("-").filter((w) => w.length >= 3);
    let best: string | undefined;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const { candidate, c, words } of list) {
      if (c === needle) return candidate;
      const longest = Math.max(c.length, needle.length);
      let score: number;
      if (c.startsWith(`${needle}-`)) {
        // The input is the first words of the candidate: `db` -> `db-cluster`. A one-letter typo still wins.
        score = 1.5 + (c.length - needle.length) / 1000;
      } else {
        // Cheap length filter first: the distance is at least the length difference.
        if (Math.abs(c.length - needle.length) > Math.max(2, longest * 0.6)) continue;
        const d = editDistance(needle, c, Math.ceil(longest * 0.6) + 1);
        const sharesWord = needleWords.some((w) => words.has(w));
        const limit = sharesWord ? longest * 0.6 : Math.max(2, longest * 0.4);
        if (d > limit) continue;
        score = 1 + d + (sharesWord ? 0 : 0.5);
      }
      if (score < bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    return best;
  };
}

function canonical(s: string): string {
  return s
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2") // camelCase keys are words too: horizonYears -> horizon-years
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
}

/** Optimal string alignment (Damerau-Levenshtein) distance, giving up beyond `max` (returns max + 1). */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  let prevPrev = 0;
  let prev = width;
  let cur = 2 * width;
  for (let j = 0; j < width; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, rows[prevPrev + j - 2]! + 1);
      }
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return rows[prev + b.length]!;
}

/** Scratch rows of {@link editDistance}, reused between calls (three rows of the longest candidate so far). */
let rows = new Int32Array(3 * 64);
