import { ITIL4_PRACTICES } from "./itil4-practices.js";

/** The six ITIL 4 service value chain activities. */
export const ITIL4_VALUE_CHAIN_ACTIVITIES = [
  { id: "plan", name: "Plan", purpose: "A shared understanding of the vision, the current state and the direction of improvement." },
  { id: "improve", name: "Improve", purpose: "Continual improvement of products, services and practices across all activities." },
  { id: "engage", name: "Engage", purpose: "Understand stakeholder needs, stay transparent and keep good relationships." },
  {
    id: "design-and-transition",
    name: "Design and transition",
    purpose: "Products and services that keep meeting stakeholder expectations for quality, cost and time to market.",
  },
  { id: "obtain-build", name: "Obtain/build", purpose: "Service components available when and where needed, meeting specifications." },
  {
    id: "deliver-and-support",
    name: "Deliver and support",
    purpose: "Services delivered and supported to the agreed specifications and stakeholders' expectations.",
  },
] as const;

/** The seven ITIL 4 guiding principles. */
export const ITIL4_GUIDING_PRINCIPLES = [
  { id: "focus-on-value", name: "Focus on value" },
  { id: "start-where-you-are", name: "Start where you are" },
  { id: "progress-iteratively-with-feedback", name: "Progress iteratively with feedback" },
  { id: "collaborate-and-promote-visibility", name: "Collaborate and promote visibility" },
  { id: "think-and-work-holistically", name: "Think and work holistically" },
  { id: "keep-it-simple-and-practical", name: "Keep it simple and practical" },
  { id: "optimize-and-automate", name: "Optimize and automate" },
] as const;

/** The four dimensions of service management. */
export const ITIL4_DIMENSIONS = [
  { id: "organizations-and-people", name: "Organizations and people" },
  { id: "information-and-technology", name: "Information and technology" },
  { id: "partners-and-suppliers", name: "Partners and suppliers" },
  { id: "value-streams-and-processes", name: "Value streams and processes" },
] as const;

/** The seven stages of the ITIL 4 customer journey (Drive Stakeholder Value). */
export const ITIL4_JOURNEY_STAGES = [
  { id: "explore", name: "Explore", purpose: "Understand markets and stakeholders; the customer explores what could help." },
  { id: "engage", name: "Engage", purpose: "Build the relationship and trust." },
  { id: "offer", name: "Offer", purpose: "Shape demand and design offerings that meet the need." },
  { id: "agree", name: "Agree", purpose: "Agree the service and the value to be co-created, in the customer's terms." },
  { id: "onboard", name: "Onboard", purpose: "Bring the customer and users on board, and take them off at the end." },
  { id: "co-create", name: "Co-create", purpose: "Provide and consume the service; value is co-created in use." },
  { id: "realize", name: "Realize", purpose: "Realise, measure and report the value; improve." },
] as const;

/** Stakeholder roles in a service relationship. */
export const ITIL4_STAKEHOLDER_ROLES = [
  { id: "customer", name: "Customer", purpose: "Defines the requirements and is responsible for the outcomes of consumption." },
  { id: "user", name: "User", purpose: "Uses the service." },
  { id: "sponsor", name: "Sponsor", purpose: "Authorises the budget for consumption." },
  { id: "supplier", name: "Supplier", purpose: "Provides goods or services to the provider." },
  { id: "provider", name: "Provider", purpose: "Provides the service (the owner of a service has this role)." },
] as const;

/** Practice categories. */
export const ITIL4_PRACTICE_CATEGORIES = ["general", "service", "technical"] as const;

/**
 * A reference pack: the catalog that model ids are checked against. `itil4` is the only pack today;
 * another framework (e.g. a later ITIL edition) would be another object of this shape.
 */
export interface ReferencePack {
  readonly id: string;
  readonly version: string;
  readonly name: string;
  readonly practices: readonly {
    readonly id: string;
    readonly name: string;
    readonly category: (typeof ITIL4_PRACTICE_CATEGORIES)[number];
    readonly aliases: readonly string[];
    readonly purpose: string;
    readonly activities: readonly string[];
  }[];
  readonly valueChainActivities: readonly { readonly id: string; readonly name: string; readonly purpose: string }[];
  readonly guidingPrinciples: readonly { readonly id: string; readonly name: string }[];
  readonly dimensions: readonly { readonly id: string; readonly name: string }[];
  readonly journeyStages: readonly { readonly id: string; readonly name: string; readonly purpose: string }[];
  readonly stakeholderRoles: readonly { readonly id: string; readonly name: string; readonly purpose: string }[];
}

/**
 * The ITIL 4 reference pack (pack id `itil4`).
 * @example ITIL4.practices.find((p) => p.id === "service-desk")?.activities // ["engage", "deliver-and-support"]
 */
export const ITIL4 = {
  id: "itil4",
  version: "1.0.0",
  name: "ITIL 4",
  practices: ITIL4_PRACTICES,
  valueChainActivities: ITIL4_VALUE_CHAIN_ACTIVITIES,
  guidingPrinciples: ITIL4_GUIDING_PRINCIPLES,
  dimensions: ITIL4_DIMENSIONS,
  journeyStages: ITIL4_JOURNEY_STAGES,
  stakeholderRoles: ITIL4_STAKEHOLDER_ROLES,
} as const satisfies ReferencePack;

type Ids<T extends readonly { id: string }[]> = { [K in keyof T]: T[K] extends { id: infer I } ? I : never };
const ids = <T extends readonly { id: string }[]>(items: T): Ids<T> => items.map((i) => i.id) as Ids<T>;

/** Practice ids, in catalog order. */
export const PRACTICE_IDS = ids(ITIL4_PRACTICES);
/** Value chain activity ids. */
export const ACTIVITY_IDS = ids(ITIL4_VALUE_CHAIN_ACTIVITIES);
/** Guiding principle ids. */
export const PRINCIPLE_IDS = ids(ITIL4_GUIDING_PRINCIPLES);
/** Dimension ids. */
export const DIMENSION_IDS = ids(ITIL4_DIMENSIONS);
/** Journey stage ids. */
export const JOURNEY_STAGE_IDS = ids(ITIL4_JOURNEY_STAGES);
/** Stakeholder role ids. */
export const STAKEHOLDER_ROLE_IDS = ids(ITIL4_STAKEHOLDER_ROLES);

/** The id of one of the 34 ITIL 4 practices, e.g. `"incident-management"`. */
export type PracticeId = (typeof PRACTICE_IDS)[number];
/** The id of a value chain activity, e.g. `"engage"`. */
export type ActivityId = (typeof ACTIVITY_IDS)[number];
/** The id of a guiding principle, e.g. `"focus-on-value"`. */
export type PrincipleId = (typeof PRINCIPLE_IDS)[number];
/** The id of one of the four dimensions, e.g. `"partners-and-suppliers"`. */
export type DimensionId = (typeof DIMENSION_IDS)[number];
/** The id of a customer journey stage, e.g. `"onboard"`. */
export type JourneyStageId = (typeof JOURNEY_STAGE_IDS)[number];
/** A stakeholder role: `"customer"`, `"user"`, `"sponsor"`, `"supplier"` or `"provider"`. */
export type StakeholderRole = (typeof STAKEHOLDER_ROLE_IDS)[number];

/** Every practice alias, mapped to its practice id. */
export const PRACTICE_ALIASES: ReadonlyMap<string, PracticeId> = new Map(
  ITIL4_PRACTICES.flatMap((p) => (p.aliases as readonly string[]).map((a) => [a, p.id] as const)),
);

/**
 * Resolve a practice id or alias to its id; `undefined` when it is neither.
 * @example practiceIdOf("change-control") // "change-enablement"
 */
export function practiceIdOf(idOrAlias: string): PracticeId | undefined {
  if ((PRACTICE_IDS as readonly string[]).includes(idOrAlias)) return idOrAlias as PracticeId;
  return PRACTICE_ALIASES.get(idOrAlias);
}
