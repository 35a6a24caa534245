import { describe, expect, it } from "vitest";
import { durationHours } from "../../src/model/duration.js";

describe("durationHours", () => {
  it.each([
    [4, 4],
    ["30m", 0.5],
    ["4h", 4],
    ["2d", 48],
    ["1w", 168],
    ["1d 4h", 28],
    ["1.5h", 1.5],
    [" 2D ", 48],
    ["12", 12],
    [0, 0],
  ] as const)("%s is %d hours", (input, hours) => {
    expect(durationHours(input)).toBe(hours);
  });

  it.each([["2 days"], ["h"], [""], ["-1h"], ["1y"], [-1], [Number.NaN], [Infinity]] as const)("rejects %s", (input) => {
    expect(durationHours(input)).toBeUndefined();
  });
});
