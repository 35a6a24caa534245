import { lineColumnOf } from "./line-column.js";
import { locationOf, sourceError } from "./source-error.js";

/**
 * Decode the bytes of a model file as UTF-8 (a byte order mark is dropped). Bytes that are not text (a NUL byte, UTF-16,
 * invalid UTF-8) are a `ModelError("syntax-error")` saying the file is not a text file, decided before any decoding.
 * @example decodeText(new TextEncoder().encode("name: Demo\n"), "readModel", "m.yaml") // "name: Demo\n"
 */
export function decodeText(bytes: Uint8Array, caller: string, file: string | undefined): string {
  const fail = (offset: number, why: string): never => {
    // The location counts bytes on the line: the text cannot be decoded, so there are no characters to count.
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
    const message = `not a text file: ${why}; a model file is YAML or JSON text in UTF-8`;
    throw sourceError("syntax-error", caller, file, "is not a text file", [
      { path: "", code: "not-text", message, location: locationOf(file, lineColumnOf(before)(before.length)) },
    ]);
  };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) fail(0, "it is UTF-16 text (save it as UTF-8)");
  const nul = bytes.indexOf(0);
  if (nul !== -1) fail(nul, `it holds a NUL byte at byte ${nul}`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return fail(at, `it holds bytes that are not UTF-8 (at byte ${at})`);
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, surrogates (U+D800..DFFF) and code points past U+10FFFF.
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}
