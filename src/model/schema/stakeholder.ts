import type { Immutable } from "immer";
import { z } from "zod";
import { STAKEHOLDER_ROLE_IDS } from "../../reference/itil4.js";
import { IdSchema, NameSchema, commonFields } from "../primitives.js";

/** A stakeholder role: customer (defines requirements, owns outcomes), user, sponsor (pays), supplier, provider. */
export const StakeholderRoleSchema = z.enum(STAKEHOLDER_ROLE_IDS);

/** What a stakeholder is. */
export const STAKEHOLDER_KINDS = ["organization", "team", "person"] as const;

/**
 * A party in service relationships. ITIL 4: the customer, the user and the sponsor are often different people.
 * @example { id: "finance-bu", name: "Finance", roles: ["customer", "sponsor"] }
 */
export const StakeholderSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  kind: z.enum(STAKEHOLDER_KINDS).default("organization"),
  roles: z.array(StakeholderRoleSchema).min(1, { message: "needs at least one role (customer, user, sponsor, supplier, provider)" }),
  internal: z.boolean().default(true),
  ...commonFields,
});

/** A stakeholder, normalised. */
export type Stakeholder = Immutable<z.output<typeof StakeholderSchema>>;
/** A stakeholder as written. */
export type StakeholderInput = z.input<typeof StakeholderSchema>;
