import { describe, expect, it } from "vitest";
import { cycleThrough, stronglyConnected } from "../../src/model/strongly-connected.js";

const sorted = (components: number[][]) => components.map((c) => [...c].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);

describe("stronglyConnected", () => {
  it("finds components and returns them in reverse topological order", () => {
    // 0 -> 1 -> 2 -> 0, 2 -> 3, 3 -> 4 -> 3, 5 alone
    const adjacency = [[1], [2], [0, 3], [4], [3], []];
    const components = stronglyConnected(adjacency);
    expect(sorted(components)).toEqual([[0, 1, 2], [3, 4], [5]]);
    const position = (n: number) => components.findIndex((c) => c.includes(n));
    // Every edge leaving a component points to one listed earlier.
    expect(position(3)).toBeLessThan(position(0));
  });

  it("handles a 100,000-node chain without overflowing the stack", () => {
    const n = 100_000;
    const adjacency = Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : [0]));
    expect(stronglyConnected(adjacency)).toHaveLength(1);
  });
});

describe("cycleThrough", () => {
  it("returns a shortest cycle through the start node", () => {
    const adjacency = [[1, 3], [2], [0], [0]];
    expect(cycleThrough(adjacency, new Set([0, 1, 2, 3]), 0)).toEqual([0, 3, 0]);
    expect(cycleThrough(adjacency, new Set([0, 1, 2]), 0)).toEqual([0, 1, 2, 0]);
  });
});
