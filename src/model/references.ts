import type { StakeholderRole } from "../reference/itil4.js";
import type { ElementKind } from "./element-index.js";
import type { Model } from "./schema/model.js";

/** The typed relations between elements (graph edge types). */
export const RELATIONS = [
  "depends-on",
  "bundles",
  "supports",
  "consumes",
  "owns",
  "supplies",
  "performs",
  "uses-service",
  "applies-practice",
  "in-activity",
  "next-step",
  "affects",
  "reduces",
  "cost-of",
  "benefit-of",
  "has-step",
  "has-offering",
  "journey-of",
  "actor-in",
] as const;

/** A typed relation between two elements. */
export type Relation = (typeof RELATIONS)[number];

/** Elements a risk or an investment may affect. */
export const AFFECTABLE_KINDS: readonly ElementKind[] = ["stakeholder", "resource", "service", "offering", "value-stream", "step", "journey"];

/**
 * One place where the model refers to an element by id.
 * `path` locates the id string itself (`services[3].dependsOn[0].service`).
 */
export interface ReferenceSite {
  /** Path segments to the referring id string. */
  path: readonly (string | number)[];
  /** The id referred to. */
  target: string;
  /** The element that holds the reference (its id, or `costs[4]` for an entry without one). */
  holder: string;
  /** Kinds the target may be. */
  kinds: readonly ElementKind[];
  /** The relation, read subject -> object; `reversed` means the target is the subject (a consumer consumes a service). */
  relation: Relation;
  reversed?: boolean;
  /** The target must have one of these roles (stakeholders). */
  roles?: readonly StakeholderRole[];
  /** For `next`: the target must be a step of this value stream. */
  sameParent?: string;
  /**
   * What removing the target does to this reference under `{ cascade: true }`: drop the list item (see
   * {@link removalPath}), unset the optional field, or drop the whole holder (a cost of a removed service goes with it).
   */
  onRemove: "drop-item" | "unset" | "drop-holder";
  /** Sites of one list share this number (and sit next to each other); -1 for single fields. */
  list: number;
}

/**
 * The path of what `{ cascade: true }` removes for a site: the list item (`services[3].dependsOn[0]`), the field, or
 * the holder element (`costs[4]`).
 */
export function removalPath(site: ReferenceSite): readonly (string | number)[] {
  switch (site.onRemove) {
    case "drop-item":
      return typeof site.path[site.path.length - 1] === "string" ? site.path.slice(0, -1) : site.path;
    case "unset":
      return site.path;
    case "drop-holder":
      return site.path.slice(0, 2);
  }
}

const CONSUMER_ROLES: readonly StakeholderRole[] = ["customer", "user", "sponsor"];
const PROVIDER_ROLES: readonly StakeholderRole[] = ["provider"];
const SUPPLIER_ROLES: readonly StakeholderRole[] = ["supplier"];
const SERVICE: readonly ElementKind[] = ["service"];
const STAKEHOLDER: readonly ElementKind[] = ["stakeholder"];
const STEP: readonly ElementKind[] = ["step"];
const RISK: readonly ElementKind[] = ["risk"];
const PERFORMER: readonly ElementKind[] = ["stakeholder", "resource"];
const COST_OWNERS: readonly ElementKind[] = ["resource", "service", "investment"];
const BENEFIT_OWNERS: readonly ElementKind[] = ["service", "value-stream", "investment"];
const cache = new WeakMap<Model, readonly ReferenceSite[]>();

/**
 * Every reference in a model, in document order (cached per model object: do not mutate a model after calling this).
 * Practices and activities are catalog ids, not elements, and are not listed here.
 */
export function modelReferences(model: Model): readonly ReferenceSite[] {
  // NOTE: cached per object even before the model is frozen: parseModel checks the fresh object, then freezes it.
  let sites = cache.get(model);
  if (!sites) {
    sites = collectReferences(model);
    cache.set(model, sites);
  }
  return sites;
}

function collectReferences(model: Model): ReferenceSite[] {
  const out: ReferenceSite[] = [];
  let list = 0;
  type Draft = Omit<ReferenceSite, "list" | "onRemove"> & Partial<Pick<ReferenceSite, "list" | "onRemove">>;
  const single = (site: Draft, onRemove: "unset" | "drop-holder" = "unset") => {
    site.onRemove = onRemove;
    site.list = -1;
    out.push(site as ReferenceSite);
  };
  const items = <T>(values: readonly T[], make: (value: T, j: number) => Draft) => {
    if (values.length === 0) return;
    list++;
    for (let j = 0; j < values.length; j++) {
      const site = make(values[j]!, j);
      site.onRemove = "drop-item";
      site.list = list;
      out.push(site as ReferenceSite);
    }
  };

  model.resources.forEach((r, i) =>
    items(r.supports, (s, j) => ({ path: ["resources", i, "supports", j, "service"], target: s.service, holder: r.id, kinds: SERVICE, relation: "supports" })),
  );
  model.services.forEach((s, i) => {
    if (s.owner !== undefined)
      single({ path: ["services", i, "owner"], target: s.owner, holder: s.id, kinds: STAKEHOLDER, relation: "owns", reversed: true, roles: PROVIDER_ROLES });
    if (s.supplier !== undefined)
      single({ path: ["services", i, "supplier"], target: s.supplier, holder: s.id, kinds: STAKEHOLDER, relation: "supplies", reversed: true, roles: SUPPLIER_ROLES });
    items(s.consumers, (c, j) => ({ path: ["services", i, "consumers", j, "stakeholder"], target: c.stakeholder, holder: s.id, kinds: STAKEHOLDER, relation: "consumes", reversed: true, roles: CONSUMER_ROLES }));
    items(s.bundles, (b, j) => ({ path: ["services", i, "bundles", j, "service"], target: b.service, holder: s.id, kinds: SERVICE, relation: "bundles" }));
    items(s.dependsOn, (d, j) => ({ path: ["services", i, "dependsOn", j, "service"], target: d.service, holder: s.id, kinds: SERVICE, relation: "depends-on" }));
  });
  model.valueStreams.forEach((v, i) => {
    if (v.consumer !== undefined)
      single({ path: ["valueStreams", i, "consumer"], target: v.consumer, holder: v.id, kinds: STAKEHOLDER, relation: "consumes", reversed: true, roles: CONSUMER_ROLES });
    v.steps.forEach((st, j) => {
      items(st.services, (s, k) => ({ path: ["valueStreams", i, "steps", j, "services", k], target: s, holder: st.id, kinds: SERVICE, relation: "uses-service" }));
      if (st.performer !== undefined)
        single({ path: ["valueStreams", i, "steps", j, "performer"], target: st.performer, holder: st.id, kinds: PERFORMER, relation: "performs", reversed: true });
      if (st.next)
        items(st.next, (n, k) => ({ path: ["valueStreams", i, "steps", j, "next", k], target: n, holder: st.id, kinds: STEP, relation: "next-step", sameParent: v.id }));
    });
  });
  model.journeys.forEach((jr, i) => {
    single({ path: ["journeys", i, "stakeholder"], target: jr.stakeholder, holder: jr.id, kinds: STAKEHOLDER, relation: "journey-of" }, "drop-holder");
    jr.stages.forEach((st, j) =>
      st.touchpoints.forEach((tp, k) => {
        items(tp.actors, (a, l) => ({ path: ["journeys", i, "stages", j, "touchpoints", k, "actors", l], target: a, holder: jr.id, kinds: STAKEHOLDER, relation: "actor-in", reversed: true }));
        if (tp.service !== undefined)
          single({ path: ["journeys", i, "stages", j, "touchpoints", k, "service"], target: tp.service, holder: jr.id, kinds: SERVICE, relation: "uses-service" });
      }),
    );
  });
  model.costs.forEach((c, i) =>
    single({ path: ["costs", i, "of"], target: c.of, holder: c.id ?? `costs[${i}]`, kinds: COST_OWNERS, relation: "cost-of" }, "drop-holder"),
  );
  model.benefits.forEach((b, i) =>
    single({ path: ["benefits", i, "of"], target: b.of, holder: b.id ?? `benefits[${i}]`, kinds: BENEFIT_OWNERS, relation: "benefit-of" }, "drop-holder"),
  );
  model.risks.forEach((r, i) =>
    items(r.affects, (a, j) => ({ path: ["risks", i, "affects", j], target: a, holder: r.id, kinds: AFFECTABLE_KINDS, relation: "affects" })),
  );
  model.investments.forEach((inv, i) => {
    items(inv.affects, (a, j) => ({ path: ["investments", i, "affects", j], target: a, holder: inv.id, kinds: AFFECTABLE_KINDS, relation: "affects" }));
    items(inv.reduces, (r, j) => ({ path: ["investments", i, "reduces", j, "risk"], target: r.risk, holder: inv.id, kinds: RISK, relation: "reduces" }));
  });
  return out;
}
