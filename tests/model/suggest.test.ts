import { describe, expect, it } from "vitest";
import { closestMatch } from "../../src/model/suggest.js";

describe("closestMatch", () => {
  const ids = ["db-cluster", "mail", "mail-security", "file-sharing", "incident-management", "problem-management"];
  it.each([
    ["db", "db-cluster"],
    ["mial", "mail"],
    ["Mail", "mail"],
    ["file_sharing", "file-sharing"],
    ["incident-mgmt", "incident-management"],
    ["problem-mgmt", "problem-management"],
    ["mail-securty", "mail-security"],
  ])("suggests %s -> %s", (input, expected) => {
    expect(closestMatch(input, ids)).toBe(expected);
  });

  it("suggests nothing when nothing is close", () => {
    expect(closestMatch("network", ids)).toBeUndefined();
    expect(closestMatch("", ids)).toBeUndefined();
    expect(closestMatch("x", [])).toBeUndefined();
  });
});

describe("closestMatch on camelCase keys", () => {
  it("treats camelCase words as words", () => {
    expect(closestMatch("horizon", ["name", "horizonYears", "discountRate"])).toBe("horizonYears");
    expect(closestMatch("dependOn", ["dependsOn", "bundles"])).toBe("dependsOn");
  });
});
