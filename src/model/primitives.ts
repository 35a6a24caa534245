import { z } from "zod";

/** Element ids: kebab-case, at most 64 characters, unique across the whole model. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/** Longest id, in characters. */
export const MAX_ID_LENGTH = 64;
/** Longest name or other one-line label, in characters (a 1 MB label is an error, a 10,000-character one is not). */
export const MAX_NAME_LENGTH = 20_000;
/** Longest description or free text, in characters. */
export const MAX_TEXT_LENGTH = 200_000;

/**
 * Turn any text into a valid id suggestion.
 * @example toKebabId("Mail Service") // "mail-service"
 */
export function toKebabId(text: string): string {
  const id = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, "");
  return id || "element";
}

/** An element id (see {@link ID_PATTERN}). */
export const IdSchema = z
  .string()
  .meta({ pattern: ID_PATTERN.source, maxLength: MAX_ID_LENGTH })
  .check((ctx) => {
  const v = ctx.value;
  if (v.length > MAX_ID_LENGTH) {
    ctx.issues.push({
      code: "custom",
      input: v,
      message: `id is ${v.length} characters long; at most ${MAX_ID_LENGTH} are allowed`,
      params: { code: "invalid-id" },
    });
  } else if (!ID_PATTERN.test(v)) {
    const suggestion = toKebabId(v);
    ctx.issues.push({
      code: "custom",
      input: v,
      message: `${JSON.stringify(v.slice(0, 80))} is not a valid id: use kebab-case (lowercase letters, digits, hyphens), e.g. "${suggestion}"`,
      params: { code: "invalid-id", suggestion },
    });
  }
});

/** A reference to another element, by id. */
export const RefSchema = IdSchema;

/** A name or short label: non-empty, at most {@link MAX_NAME_LENGTH} characters. */
export const NameSchema = z
  .string()
  .min(1, { message: "must not be empty" })
  .regex(/\S/, { message: "must not be blank (only spaces)" })
  .max(MAX_NAME_LENGTH, { message: `is too long (at most ${MAX_NAME_LENGTH} characters)` });

/** Free text: at most {@link MAX_TEXT_LENGTH} characters. */
export const TextSchema = z.string().max(MAX_TEXT_LENGTH, { message: `is too long (at most ${MAX_TEXT_LENGTH} characters)` });

/** Free data kept verbatim (`meta:` on any element). */
export const MetaSchema = z.record(z.string(), z.unknown());

/** The keys every element may carry. */
export const commonFields = {
  description: TextSchema.optional(),
  meta: MetaSchema.optional(),
};

/** A share: a positive weight for cost allocation (default 1). */
export const ShareSchema = z.number().gt(0, { message: "must be greater than 0" });

/** A year index: 0 is the first year of the horizon. */
export const YearSchema = z.number().int({ message: "must be a whole year index" }).min(0, { message: "must be 0 or more" });

/** A probability or fraction in [0, 1]. */
export const FractionSchema = z
  .number()
  .min(0, { message: "must be between 0 and 1" })
  .max(1, { message: "must be between 0 and 1" });
