/** The result of {@link safeHref}: the URL to write in a `click` line, or why it was refused. */
export type SafeHref = { ok: true; url: string } | { ok: false; reason: string };

// RFC 3986 characters, without `;` (see below) and `"` (the click line quotes the URL).
const URL_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,=%]+$/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

/**
 * Check a link URL for a Mermaid `click` line: only `http://` and `https://` URLs with a host, and relative URLs
 * (`services/mail.md`, `../mail.html#costs`, `/docs/mail`, `?id=mail`) are used. Refused: any other scheme
 * (`javascript:`, `data:`, `vbscript:`, `file:`), protocol-relative `//host` URLs (they leave the site), blanks,
 * quotes, non-ASCII and control characters (percent-encode them), a `%` not followed by two hex digits, `;`
 * (Mermaid reads `#word;` as an entity code and a line with `style ... : ... # ... ;` as a style), and a link that
 * percent-decoding (up to three times) turns into another scheme or a `//host` link (`%6Aavascript:`, `%2F%2Fhost`).
 * @example safeHref("https://wiki.example.com/services/mail") // { ok: true, url: "https://wiki.example.com/services/mail" }
 * @example safeHref("javascript:alert(1)") // { ok: false, reason: "only http(s) and relative URLs are allowed, not \"javascript:\"" }
 */
export function safeHref(url: unknown): SafeHref {
  if (typeof url !== "string") return { ok: false, reason: "the link must be a string" };
  if (url === "") return { ok: false, reason: "the link is empty" };
  if (url.length > 2048) return { ok: false, reason: "the link is longer than 2,048 characters" };
  if (!URL_CHARS.test(url)) {
    return { ok: false, reason: "the link holds a character that is not allowed (blanks, quotes, `;`, non-ASCII: percent-encode them)" };
  }
  if (/%(?![0-9A-Fa-f]{2})/.test(url)) return { ok: false, reason: "a % in the link is not followed by two hex digits" };
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme !== "http" && scheme !== "https") return { ok: false, reason: `only http(s) and relative URLs are allowed, not "${scheme}:"` };
    if (!/^https?:\/\/[^/?#]/i.test(url)) return { ok: false, reason: "an http(s) link needs a host (http://host/...)" };
  } else if (url.startsWith("//") || url.startsWith("\\")) {
    return { ok: false, reason: "protocol-relative links (//host) are not allowed: write http:// or https://" };
  }
  // A link that only percent-decoding turns into another scheme or a protocol-relative one is refused too: a sanitiser
  // or server that decodes it once (or twice) must not find `javascript:` or `//host` in it.
  let decoded = url;
  for (let round = 0; round < 3 && decoded.includes("%"); round++) decoded = decodeOnce(decoded);
  if (decoded !== url) {
    // Read it as a URL parser does: tabs and newlines dropped, leading controls and blanks trimmed, `\` as `/`.
    const read = trimControls(decoded.replace(/[\t\n\r]/g, "")).replace(/\\/g, "/");
    const hidden = SCHEME.exec(read)?.[1]?.toLowerCase();
    if ((hidden !== undefined && hidden !== scheme) || (scheme === undefined && /^\/\//.test(read))) {
      return {
        ok: false,
        reason: "percent-decoded, the link reads as another scheme or a //host link (a %3A before any / reads as a scheme): write it plainly",
      };
    }
  }
  return { ok: true, url };
}

/** Without its leading control characters and blanks (code points up to U+0020), as a URL parser strips them. */
function trimControls(text: string): string {
  let k = 0;
  while (k < text.length && text.charCodeAt(k) <= 0x20) k++;
  return text.slice(k);
}

function decodeOnce(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // Not UTF-8 once decoded: decode the ASCII escapes only.
    return text.replace(/%([0-7][0-9A-Fa-f])/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}
