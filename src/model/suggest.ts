/**
 * The closest candidate to a misspelt name, for "did you mean" hints; `undefined` when nothing is close.
 * Prefers, in order: a case/separator-insensitive match, a candidate that extends the input by whole
 * words (`db` -> `db-cluster`), one sharing a whole word (`incident-mgmt` -> `incident-management`)
 * within a loose edit distance, then the smallest Damerau-Levenshtein distance within about 40% of the length.
 * @example closestMatch("incident-mgmt", ["incident-management", "problem-management"]) // "incident-management"
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const needle = canonical(input);
  if (needle.length === 0) return undefined;
  const needleWords = needle.split("-").filter((w) => w.length >= 3);
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const c = canonical(candidate);
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
      const sharesWord = needleWords.some((w) => c.split("-").includes(w));
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
  let prevPrev = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[b.length]!;
}
