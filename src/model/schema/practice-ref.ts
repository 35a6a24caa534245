import { z } from "zod";
import { PRACTICE_ALIASES, PRACTICE_IDS, practiceIdOf, type PracticeId } from "../../reference/itil4.js";
import { closestMatch } from "../suggest.js";

const PRACTICE_NAMES: readonly string[] = PRACTICE_IDS;
const KNOWN_NAMES = [...PRACTICE_NAMES, ...PRACTICE_ALIASES.keys()];

/**
 * An ITIL 4 practice, by id or alias (`change-control`, `Service catalog management`), normalised to its id.
 * A near miss (`incident-mgmt`) is an error that suggests the id.
 */
export const PracticeRefSchema = z
  .string()
  .transform((written, ctx): PracticeId => {
    const key = written.trim().toLowerCase().replace(/[\s_]+/g, "-");
    const id = practiceIdOf(key);
    if (id) return id;
    const near = closestMatch(key, KNOWN_NAMES);
    const suggestion = near ? (practiceIdOf(near) ?? near) : undefined;
    ctx.issues.push({
      code: "custom",
      input: written,
      message: `unknown ITIL 4 practice ${JSON.stringify(written.slice(0, 80))}${
        suggestion ? ` (did you mean "${suggestion}"?)` : " (the 34 practice ids are listed in docs/glossary.md)"
      }`,
      params: { code: "unknown-practice", ...(suggestion ? { suggestion } : {}) },
    });
    return z.NEVER;
  })
  .meta({
    anyOf: [{ enum: [...PRACTICE_NAMES] }, { type: "string" }],
    description: "An ITIL 4 practice id (or an alias such as change-control).",
  });
