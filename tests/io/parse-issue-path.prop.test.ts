import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIssuePath } from "../../src/io/parse-issue-path.js";
import { formatPath } from "../../src/model/errors.js";

describe("parseIssuePath", () => {
  it("reads what formatPath writes", () => {
    expect(parseIssuePath("services[3].dependsOn[0].service")).toEqual(["services", 3, "dependsOn", 0, "service"]);
    expect(parseIssuePath('meta["a b"]["0"][1]')).toEqual(["meta", "a b", "0", 1]);
    expect(parseIssuePath("")).toEqual([]);
  });

  it("drops the ... of a path cut short, and stops at text that is not a path", () => {
    expect(parseIssuePath("meta.a[0][0]...")).toEqual(["meta", "a", 0, 0]);
    expect(parseIssuePath("a.%b")).toEqual(["a"]);
    expect(parseIssuePath('a["unterminated')).toEqual(["a"]);
  });

  it("inverts formatPath for any keys and indexes", () => {
    const segment = fc.oneof(fc.nat({ max: 100_000 }), fc.string({ maxLength: 12 }), fc.constantFrom("a", "services", "$x", "_", "é", "a.b", "[0]", '"', "\\"));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (path) => {
        expect(parseIssuePath(formatPath(path))).toEqual(path);
      }),
      { numRuns: 2000 },
    );
  });
});
