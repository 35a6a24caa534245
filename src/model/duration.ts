import { z } from "zod";

/** Hours per duration unit: `m` minutes, `h` hours, `d` days (24 h), `w` weeks (7 d). */
export const DURATION_UNITS = { m: 1 / 60, h: 1, d: 24, w: 168 } as const;

const PART = /(\d+(?:\.\d+)?|\.\d+)\s*(m|h|d|w)/gy;

/**
 * Parse a duration into hours: a number of hours, or text such as `30m`, `4h`, `2d`, `1w`, `1d 4h`.
 * Returns `undefined` when the text is not a duration.
 * @example durationHours("1d 4h") // 28
 */
export function durationHours(value: number | string): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : undefined;
  const text = value.trim().toLowerCase();
  if (text === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number.isFinite(Number(text)) ? Number(text) : undefined;
  let hours = 0;
  PART.lastIndex = 0;
  let rest = text;
  while (rest.length > 0) {
    PART.lastIndex = 0;
    const m = PART.exec(rest);
    if (!m) return undefined;
    hours += Number(m[1]) * DURATION_UNITS[m[2] as keyof typeof DURATION_UNITS];
    rest = rest.slice(m[0].length).trimStart();
  }
  return Number.isFinite(hours) ? hours : undefined;
}

/** A duration as written (hours, or `30m` / `4h` / `2d` / `1w`); see {@link durationHours}. */
export const DurationSchema = z
  .union([z.number(), z.string()])
  .meta({
    anyOf: [
      { type: "number", minimum: 0, description: "hours" },
      { type: "string", pattern: "^\\s*((\\d+(\\.\\d+)?|\\.\\d+)\\s*[mhdwMHDW]\\s*)+$|^\\s*\\d+(\\.\\d+)?\\s*$", description: "e.g. 30m, 4h, 2d, 1w, 1d 4h" },
    ],
  })
  .check((ctx) => {
  const v = ctx.value;
  if (durationHours(v) !== undefined) return;
  ctx.issues.push({
    code: "custom",
    input: v,
    message:
      typeof v === "number"
        ? `must be 0 hours or more, got ${v}`
        : `${JSON.stringify(v.slice(0, 40))} is not a duration: write hours as a number, or text such as "30m", "4h", "2d", "1w"`,
    params: { code: "invalid-duration" },
  });
});
