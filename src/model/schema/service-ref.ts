import type { Immutable } from "immer";
import { z } from "zod";
import { RefSchema, ShareSchema } from "../primitives.js";

/**
 * A reference to a service, with the weight of its claim on that service's cost.
 * Written as an id or `{ service, share }`; normalised to the object form with `share` (default 1).
 */
export const ServiceRefSchema = z
  .union([RefSchema, z.strictObject({ service: RefSchema, share: ShareSchema.default(1) })])
  .transform((ref) => (typeof ref === "string" ? { service: ref, share: 1 } : ref));

/** A service reference, normalised. */
export type ServiceRef = Immutable<z.output<typeof ServiceRefSchema>>;
/** A service reference as written. */
export type ServiceRefInput = z.input<typeof ServiceRefSchema>;
