import { describe, expect, it } from "vitest";
import { safeHref } from "../../src/mermaid/safe-href.js";

describe("safeHref", () => {
  it("accepts http(s) URLs with a host and relative URLs", () => {
    for (const url of [
      "https://wiki.example.com/services/mail",
      "http://localhost:8080/a?b=1&c=2#d",
      "HTTPS://EXAMPLE.COM",
      "services/mail.md",
      "../mail.html#costs",
      "/docs/mail",
      "./mail",
      "?id=mail",
      "#mail",
      "mail%20service.html",
      "https://a.example/?next=javascript%3Aalert",
      "?back=https%3A%2F%2Fwiki.example.com%2Fx",
      "docs/%2F%2Fnot-a-host",
    ]) {
      expect(safeHref(url), url).toEqual({ ok: true, url });
    }
  });

  it("refuses other schemes, protocol-relative links and characters that could break the click line", () => {
    const refused: [unknown, RegExp][] = [
      ["javascript:alert(1)", /not "javascript:"/],
      ["JavaScript:alert(1)", /not "javascript:"/],
      ["data:text/html,x", /not "data:"/],
      ["vbscript:x", /not "vbscript:"/],
      ["file:///etc/passwd", /not "file:"/],
      ["mailto:a@b.c", /not "mailto:"/],
      ["//evil.example/x", /protocol-relative/],
      ["https:/evil", /needs a host/],
      ["http://", /needs a host/],
      ["https://a.b/c d", /not allowed/],
      ['https://a.b/"onclick', /not allowed/],
      ["https://a.b/x;y", /not allowed/],
      ["https://a.b/<x>", /not allowed/],
      ["https://ü.example", /not allowed/],
      ["java\nscript:x", /not allowed/],
      ["https://a.b/%zz", /two hex digits/],
      ["%6Aavascript:alert(1)", /percent-decoded/],
      ["javascript%3Aalert(1)", /percent-decoded/],
      ["%252F%252Fevil.example", /percent-decoded/],
      ["%2F%2Fevil.example/x", /percent-decoded/],
      ["%5C%5Cevil.example", /percent-decoded/],
      ["%20javascript:x", /percent-decoded/],
      ["java%09script:alert(1)", /percent-decoded/],
      ["java%0Ascript:alert(1)", /percent-decoded/],
      ["%00javascript:alert(1)", /percent-decoded/],
      ["/%5Cevil.example", /percent-decoded/],
      ["%2F%5Cevil.example", /percent-decoded/],
      ["https://a.b/%%{init}", /not allowed|two hex digits/],
      ["", /empty/],
      [`https://a.b/${"x".repeat(3000)}`, /2,048/],
      [42, /string/],
      [undefined, /string/],
    ];
    for (const [url, reason] of refused) {
      const result = safeHref(url);
      expect(result.ok, String(url)).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(reason);
    }
  });
});
