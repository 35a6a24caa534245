/**
 * A number as the `--json` report gives it: finite numbers as they are, a value that is not defined (`undefined`,
 * NaN, ±Infinity) as `null`, so that every key is present and JSON.stringify never turns NaN into a silent null.
 * @example jsonNumber(Number.NaN) // null
 */
export function jsonNumber(value: number | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
