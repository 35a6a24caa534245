import { allocateCosts } from "../economics/allocate-costs.js";
import { assertParsedModel } from "../model/assert-parsed-model.js";
import { elementIndex } from "../model/element-index.js";
import { invalidArgument } from "../model/errors.js";
import { flowSeries } from "../model/flow-series.js";
import { COST_CATEGORIES } from "../model/schema/cost.js";
import type { Model } from "../model/schema/model.js";
import { stronglyConnected } from "../model/strongly-connected.js";
import { luFactor, luSolve } from "../stats/lu.js";

/** A cost pool (category). */
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** A node of the cost flow: where money comes from, passes through or ends. */
export interface CostFlowNode {
  /** Stable key: `category:<id>`, `resource:<id>`, `service:<id>` (a group of services that consume each other is keyed by its first member), `stakeholder:<id>`, `unallocated`, `uncharged`. */
  key: string;
  kind: "category" | "resource" | "service" | "stakeholder" | "unallocated" | "uncharged";
  /** The element ids it stands for: one, or every member of a group of services that consume each other; a category id. */
  ids: string[];
}

/** Money flowing from one node to another, in the model's currency, with its split by cost pool. */
export interface CostFlowLink {
  from: string;
  to: string;
  value: number;
  /** The same money by cost pool, in the order of `COST_CATEGORIES`. */
  byCategory: Float64Array;
}

/** The result of {@link costFlows}. */
export interface CostFlows {
  /** Sources first, then resources, services (providers before consumers), sinks. */
  nodes: CostFlowNode[];
  links: CostFlowLink[];
  /** Every cost entry except investments' over the period: what the sinks (consumers, unallocated, uncharged) add up to. */
  total: number;
  /** The same three levels of detail: `pools` flows from cost pools to top-level services and sinks. */
  byTopLevel: CostFlowLink[];
  /** Cost pools straight to the sinks. */
  bySink: CostFlowLink[];
}

const K = COST_CATEGORIES.length;

/**
 * How the money moves through the model, as in `allocateCosts` (spec "What the numbers mean"), summed over the horizon
 * or for one year: cost pools (categories) pay resources and services (their cost entries); resources pass their cost to
 * the services they support (by share) or, supporting none, leave it unallocated; a service passes its full cost to the
 * services that consume it (by the consumers' shares of `bundles` and `dependsOn`); a top-level service charges its
 * consumers by share, or leaves its cost uncharged when it has none. Services that consume each other are one node (the
 * reciprocal method solves their full costs; only what leaves the group is a flow), so the flows form a DAG.
 * Conservation: what reaches the sinks equals `total`, and each node's outflow its inflow (to rounding). Each flow
 * carries its split by cost pool (exact, also through groups: the reciprocal equations are solved per pool), which
 * gives the coarser levels `byTopLevel` and `bySink`. Investments' costs are not running costs and are left out.
 * Throws `ModelError("invalid-argument")` for a year outside the horizon or a model not from `parseModel`.
 * @example costFlows(model).links.find((l) => l.from === "resource:messaging-team" && l.to === "service:mail")?.value
 */
export function costFlows(model: Model, year?: number): CostFlows {
  assertParsedModel("costFlows", model);
  const h = model.horizonYears;
  if (year !== undefined && !(Number.isInteger(year) && year >= 0 && year < h)) {
    invalidArgument("costFlows", `year must be a year index from 0 to ${h - 1} (the model's horizon)`, year);
  }
  const index = elementIndex(model);
  const allocation = allocateCosts(model);
  const pick = (series: ArrayLike<number>) => {
    if (year !== undefined) return series[year] ?? 0;
    let s = 0;
    for (let y = 0; y < h; y++) s += series[y]!;
    return s;
  };
  const categoryOf = new Map<string, number>(COST_CATEGORIES.map((c, i) => [c, i]));
  const direct = new Map<string, Float64Array>();
  let total = 0;
  for (const cost of model.costs) {
    const kind = index.byId.get(cost.of)?.kind;
    if (kind !== "resource" && kind !== "service") continue;
    const amount = pick(flowSeries(cost, h));
    let v = direct.get(cost.of);
    if (!v) direct.set(cost.of, (v = new Float64Array(K)));
    v[categoryOf.get(cost.category)!]! += amount;
    total += amount;
  }

  // Services grouped where they consume each other; stronglyConnected lists providers' groups first.
  const services = model.services;
  const position = new Map(services.map((s, i) => [s.id, i]));
  const claims: { consumer: number; fraction: number }[][] = services.map(() => []);
  const providersOf: number[][] = services.map(() => []);
  services.forEach((s, c) => {
    for (const ref of [...s.bundles, ...s.dependsOn]) {
      const p = position.get(ref.service);
      if (p === undefined) continue;
      claims[p]!.push({ consumer: c, fraction: ref.share });
      providersOf[c]!.push(p);
    }
  });
  for (const list of claims) {
    const sum = list.reduce((a, e) => a + e.fraction, 0);
    for (const e of list) e.fraction /= sum;
  }
  const components = stronglyConnected(providersOf).map((members) => members.sort((a, b) => a - b));
  const groupOf = new Int32Array(services.length);
  components.forEach((members, g) => members.forEach((m) => (groupOf[m] = g)));
  const serviceKey = (s: number) => `service:${services[components[groupOf[s]!]![0]!]!.id}`;

  const links = new Map<string, CostFlowLink>();
  const link = (from: string, to: string, value: number, byCategory: Float64Array) => {
    const key = `${from}\u0000${to}`;
    const row = links.get(key);
    if (!row) links.set(key, { from, to, value, byCategory });
    else {
      row.value += value;
      for (let c = 0; c < K; c++) row.byCategory[c]! += byCategory[c]!;
    }
  };
  const fromPools = (to: string, amounts: Float64Array | undefined) => {
    amounts?.forEach((v, c) => {
      if (v !== 0) link(`category:${COST_CATEGORIES[c]}`, to, v, unit(c, v));
    });
  };
  // What enters each service from outside its group, by pool: own costs, resources, providers in other groups.
  const entering = services.map((s) => Float64Array.from(direct.get(s.id) ?? new Float64Array(K)));
  const unallocated = new Float64Array(K);

  for (const r of model.resources) {
    const key = `resource:${r.id}`;
    const own = direct.get(r.id) ?? new Float64Array(K);
    fromPools(key, direct.get(r.id));
    const amount = sumOf(own);
    if (r.supports.length === 0) {
      if (amount !== 0) link(key, "unallocated", amount, Float64Array.from(own));
      addInto(unallocated, own, 1);
      continue;
    }
    const shares = new Map<string, number>();
    for (const ref of r.supports) shares.set(ref.service, (shares.get(ref.service) ?? 0) + ref.share);
    const sum = [...shares.values()].reduce((a, v) => a + v, 0);
    for (const [service, share] of shares) {
      const s = position.get(service)!;
      link(key, serviceKey(s), (amount * share) / sum, scaled(own, share / sum));
      addInto(entering[s]!, own, share / sum);
    }
  }
  services.forEach((s, i) => fromPools(serviceKey(i), direct.get(s.id)));

  const fullOf = (s: number) => pick(allocation.services[services[s]!.id]!.fullByYear);
  const fullByPool: Float64Array[] = services.map(() => new Float64Array(K));
  const byTopLevel: CostFlowLink[] = [];
  const stakeholderSinks = new Set<string>();
  let uncharged = false;
  for (const members of components) {
    const key = serviceKey(members[0]!);
    // full = entering + Σ fraction(q -> p) x full(q) over members q: the reciprocal method, solved per pool.
    const n = members.length;
    const local = new Map(members.map((m, i) => [m, i]));
    const matrix = new Float64Array(n * n);
    for (let i = 0; i < n; i++) matrix[i * n + i] = 1;
    members.forEach((q, j) => {
      for (const { consumer, fraction } of claims[q]!) {
        const i = local.get(consumer);
        if (i !== undefined) matrix[i * n + j]! -= fraction;
      }
    });
    const factors = luFactor(matrix, n);
    for (let c = 0; c < K; c++) {
      const x = luSolve(factors, Float64Array.from(members, (m) => entering[m]![c]!));
      x.forEach((v, i) => (fullByPool[members[i]!]![c] = v));
    }
    for (const m of members) {
      const service = services[m]!;
      if (claims[m]!.length > 0) {
        for (const { consumer, fraction } of claims[m]!) {
          if (local.has(consumer)) continue;
          link(key, serviceKey(consumer), fraction * fullOf(m), scaled(fullByPool[m]!, fraction));
          addInto(entering[consumer]!, fullByPool[m]!, fraction);
        }
        continue;
      }
      // Top level: charged to its consumers by share, or uncharged.
      fullByPool[m]!.forEach((v, c) => {
        if (v !== 0) byTopLevel.push({ from: `category:${COST_CATEGORIES[c]}`, to: key, value: v, byCategory: unit(c, v) });
      });
      const shareSum = service.consumers.reduce((a, c) => a + c.share, 0);
      if (service.consumers.length === 0) {
        link(key, "uncharged", fullOf(m), Float64Array.from(fullByPool[m]!));
        uncharged = true;
        continue;
      }
      for (const consumer of service.consumers) {
        stakeholderSinks.add(consumer.stakeholder);
        link(key, `stakeholder:${consumer.stakeholder}`, (fullOf(m) * consumer.share) / shareSum, scaled(fullByPool[m]!, consumer.share / shareSum));
      }
    }
  }

  const all = [...links.values()];
  const sinks = all.filter((l) => l.to.startsWith("stakeholder:") || l.to === "uncharged" || l.to === "unallocated");
  for (const l of sinks) if (l.from.startsWith("service:")) byTopLevel.push(l);
  unallocated.forEach((v, c) => {
    if (v !== 0) byTopLevel.push({ from: `category:${COST_CATEGORIES[c]}`, to: "unallocated", value: v, byCategory: unit(c, v) });
  });
  const bySinkMap = new Map<string, CostFlowLink>();
  for (const l of sinks) {
    l.byCategory.forEach((v, c) => {
      if (v === 0) return;
      const from = `category:${COST_CATEGORIES[c]}`;
      const row = bySinkMap.get(`${from}\u0000${l.to}`);
      if (row) {
        row.value += v;
        row.byCategory[c]! += v;
      } else bySinkMap.set(`${from}\u0000${l.to}`, { from, to: l.to, value: v, byCategory: unit(c, v) });
    });
  }

  const nodes: CostFlowNode[] = [];
  const used = new Set(all.flatMap((l) => [l.from, l.to]));
  for (const c of COST_CATEGORIES) if (used.has(`category:${c}`)) nodes.push({ key: `category:${c}`, kind: "category", ids: [c] });
  for (const r of model.resources) if (used.has(`resource:${r.id}`)) nodes.push({ key: `resource:${r.id}`, kind: "resource", ids: [r.id] });
  for (const members of components) {
    const key = serviceKey(members[0]!);
    if (used.has(key)) nodes.push({ key, kind: "service", ids: members.map((m) => services[m]!.id) });
  }
  for (const s of model.stakeholders) {
    if (stakeholderSinks.has(s.id) && used.has(`stakeholder:${s.id}`)) nodes.push({ key: `stakeholder:${s.id}`, kind: "stakeholder", ids: [s.id] });
  }
  if (used.has("unallocated")) nodes.push({ key: "unallocated", kind: "unallocated", ids: [] });
  if (uncharged && used.has("uncharged")) nodes.push({ key: "uncharged", kind: "uncharged", ids: [] });
  return { nodes, links: all, total, byTopLevel, bySink: [...bySinkMap.values()] };
}

function unit(c: number, v: number): Float64Array {
  const out = new Float64Array(K);
  out[c] = v;
  return out;
}

function scaled(v: Float64Array, factor: number): Float64Array {
  return v.map((x) => x * factor);
}

function addInto(target: Float64Array, v: Float64Array, factor: number): void {
  for (let c = 0; c < K; c++) target[c]! += v[c]! * factor;
}

function sumOf(v: Float64Array): number {
  let s = 0;
  for (let c = 0; c < K; c++) s += v[c]!;
  return s;
}
