import { ACTIVITY_IDS } from "../../src/reference/itil4.js";

/** mulberry32: a tiny seeded PRNG for fixtures (the library's own RNG lives in src/stats). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROCESS = ["5m", "15m", "30m", "1h", "2h", 0.25, 1.5, "1d"] as const;
const WAIT = [0, "30m", "2h", "4h", "1d", "2d", "1w"] as const;
const PCA = [1, 0.99, 0.95, 0.9, 0.8] as const;

/**
 * A layered branching value stream as written in a file: `steps / width` layers of `width` steps; every step but the
 * last layer's points (`next`) to one to three steps of the next layer (branches), and every step after the first
 * layer has at least one step pointing to it (joins). Mixed duration units. Deterministic for a seed.
 * @example parseModel({ name: "m", valueStreams: [branchingStream({ steps: 1000, width: 10 })] })
 */
export function branchingStream({ steps = 1000, width = 10, seed = 1, id = "big" } = {}) {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const layers = Math.ceil(steps / width);
  const sid = (i: number) => `${id}-s${i}`;
  const layerOf = (i: number) => Math.floor(i / width);
  const next: Set<number>[] = Array.from({ length: steps }, () => new Set<number>());
  for (let i = 0; i < steps; i++) {
    const layer = layerOf(i);
    if (layer === layers - 1) continue;
    const start = (layer + 1) * width;
    const size = Math.min(width, steps - start);
    const k = 1 + Math.floor(random() * 3);
    for (let j = 0; j < k; j++) next[i]!.add(start + Math.floor(random() * size));
  }
  for (let i = width; i < steps; i++) {
    const layer = layerOf(i);
    const hasPredecessor = next.some((s, p) => layerOf(p) === layer - 1 && s.has(i));
    if (!hasPredecessor) next[(layer - 1) * width + Math.floor(random() * width)]!.add(i);
  }
  return {
    id,
    name: `A ${steps}-step branching stream`,
    trigger: "demand",
    outcome: "value",
    steps: Array.from({ length: steps }, (_, i) => ({
      id: sid(i),
      name: `Step ${i}`,
      activity: pick(ACTIVITY_IDS),
      processTime: pick(PROCESS),
      waitTime: pick(WAIT),
      pctCompleteAccurate: pick(PCA),
      next: [...next[i]!].sort((a, b) => a - b).map(sid),
    })),
  };
}
