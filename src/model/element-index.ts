import type { ModelCollection } from "./assert-parsed-model.js";
import { formatPath } from "./errors.js";
import type { Model } from "./schema/model.js";

/** The kinds of element a model holds; every kind with an id shares one id namespace. */
export const ELEMENT_KINDS = [
  "stakeholder",
  "resource",
  "service",
  "offering",
  "value-stream",
  "step",
  "journey",
  "cost",
  "benefit",
  "risk",
  "investment",
] as const;

/** A kind of element. */
export type ElementKind = (typeof ELEMENT_KINDS)[number];

/** Where an element is: its kind, its path (`services[3]`), and the element it belongs to (a step's value stream). */
export interface ElementEntry {
  id: string;
  kind: ElementKind;
  /** Path segments from the document root, e.g. `["services", 3]`. */
  path: readonly (string | number)[];
  /** For steps the value stream id, for offerings the service id. */
  parent?: string;
}

/** All elements of a model by id, with the ids used twice. */
export interface ElementIndex {
  byId: ReadonlyMap<string, ElementEntry>;
  /** Each later use of an id already taken, with the entry that took it first. */
  duplicates: readonly { entry: ElementEntry; first: ElementEntry }[];
}

const cache = new WeakMap<Model, ElementIndex>();

/**
 * Index a model's elements by id (cached per model object: do not mutate a model after calling this).
 * Costs and benefits appear only when they have an id.
 * @example elementIndex(model).byId.get("mail")?.kind // "service"
 */
export function elementIndex(model: Model): ElementIndex {
  let index = cache.get(model);
  if (!index) {
    index = buildIndex(model);
    cache.set(model, index);
  }
  return index;
}

function buildIndex(model: Model): ElementIndex {
  const byId = new Map<string, ElementEntry>();
  const duplicates: { entry: ElementEntry; first: ElementEntry }[] = [];
  const add = (entry: ElementEntry) => {
    if (typeof entry.id !== "string") return;
    const first = byId.get(entry.id);
    if (first) duplicates.push({ entry, first });
    else byId.set(entry.id, entry);
  };
  const each = <T extends { id?: string | undefined }>(list: readonly T[] | undefined, key: string, kind: ElementKind) =>
    list?.forEach((e, i) => {
      if (e.id !== undefined) add({ id: e.id, kind, path: [key, i] });
    });
  each(model.stakeholders, "stakeholders", "stakeholder");
  each(model.resources, "resources", "resource");
  model.services?.forEach((s, i) => {
    add({ id: s.id, kind: "service", path: ["services", i] });
    s.offerings?.forEach((o, j) => add({ id: o.id, kind: "offering", path: ["services", i, "offerings", j], parent: s.id }));
  });
  model.valueStreams?.forEach((v, i) => {
    add({ id: v.id, kind: "value-stream", path: ["valueStreams", i] });
    v.steps?.forEach((st, j) => add({ id: st.id, kind: "step", path: ["valueStreams", i, "steps", j], parent: v.id }));
  });
  each(model.journeys, "journeys", "journey");
  each(model.costs, "costs", "cost");
  each(model.benefits, "benefits", "benefit");
  each(model.risks, "risks", "risk");
  each(model.investments, "investments", "investment");
  return { byId, duplicates };
}

/** Human words for a kind, for messages: `value-stream` -> `value stream`. */
export function kindName(kind: ElementKind): string {
  return kind.replace(/-/g, " ");
}

/** The element kind of each top-level list of a model. */
export const COLLECTION_KIND = {
  stakeholders: "stakeholder",
  resources: "resource",
  services: "service",
  valueStreams: "value-stream",
  journeys: "journey",
  costs: "cost",
  benefits: "benefit",
  risks: "risk",
  investments: "investment",
} as const satisfies Record<ModelCollection, ElementKind>;

/** The message of an id used twice: `id "mail" is already used by the service at services[2] (...)`. */
export function duplicateIdMessage(id: string, taken: ElementEntry): string {
  return `id "${id}" is already used by the ${kindName(taken.kind)} at ${formatPath(taken.path)} (ids are unique across the whole model)`;
}
