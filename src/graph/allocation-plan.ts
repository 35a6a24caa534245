import type { Model } from "../model/schema/model.js";
import { stronglyConnected } from "../model/strongly-connected.js";
import { luFactor, luSolve, type LuFactors } from "../stats/lu.js";

/**
 * The structure of cost allocation, independent of amounts: who passes cost to whom and in which fractions, and
 * the order to do it in. Built once per model (cached). It lives in the graph layer so that the economics
 * (`allocateCosts`, TCO) and the risk layer (simulations) share it without importing each other.
 *
 * Spec ("What the numbers mean"): resources pass their direct cost to the services they support, split by share;
 * a service passes its full cost to the services that consume it (`dependsOn` or `bundles`), split by their shares;
 * services that consume each other (a cycle) are solved by the reciprocal method, full = direct + passed-on.
 */
export interface AllocationPlan {
  /** Service ids in model order; index i everywhere below. */
  serviceIds: readonly string[];
  servicePosition: ReadonlyMap<string, number>;
  /** Resource ids in model order. */
  resourceIds: readonly string[];
  resourcePosition: ReadonlyMap<string, number>;
  /** For each consumer service, the providers it draws from and the fraction of each provider's full cost it gets (CSR). */
  providerStart: Int32Array;
  providerIndex: Int32Array;
  providerFraction: Float64Array;
  /** For each provider service, its consumers and the fraction each gets (CSR; the transpose of the above). */
  consumerStart: Int32Array;
  consumerIndex: Int32Array;
  consumerFraction: Float64Array;
  /** For each resource, the services it supports and their fractions (CSR). Empty for a resource that supports nothing. */
  supportStart: Int32Array;
  supportIndex: Int32Array;
  supportFraction: Float64Array;
  /** Groups of services in provider-first order; groups of two or more consume each other (a cycle). */
  components: readonly Int32Array[];
  /** For each cyclic group (same index as in `components`), LU factors of (I - F) and of its transpose. */
  cyclic: readonly ({ members: Int32Array; local: Map<number, number>; forward: LuFactors; backward: LuFactors } | undefined)[];
  /** Services no other service consumes (they keep their full cost). */
  topLevel: Uint8Array;
}

const cache = new WeakMap<Model, AllocationPlan>();

/** The allocation plan of a model (cached per model object). */
export function allocationPlan(model: Model): AllocationPlan {
  let plan = cache.get(model);
  if (!plan) {
    plan = buildAllocationPlan(model);
    cache.set(model, plan);
  }
  return plan;
}

function csr(lists: { index: number; weight: number }[][], normalise: "row" | "none") {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (start[i + 1] = start[i]! + l.length));
  const index = new Int32Array(start[lists.length]!);
  const fraction = new Float64Array(start[lists.length]!);
  lists.forEach((l, i) => {
    const total = normalise === "row" ? l.reduce((s, e) => s + e.weight, 0) : 1;
    l.forEach((e, j) => {
      index[start[i]! + j] = e.index;
      fraction[start[i]! + j] = e.weight / total;
    });
  });
  return { start, index, fraction };
}

/** The allocation plan of a model, uncached (use {@link allocationPlan}). */
export function buildAllocationPlan(model: Model): AllocationPlan {
  const serviceIds = model.services.map((s) => s.id);
  const servicePosition = new Map(serviceIds.map((id, i) => [id, i]));
  const resourceIds = model.resources.map((r) => r.id);
  const resourcePosition = new Map(resourceIds.map((id, i) => [id, i]));
  const n = serviceIds.length;

  // Claims: consumer c claims provider p with weight w (dependsOn and bundles both count as consumption).
  const claimsOn: { index: number; weight: number }[][] = Array.from({ length: n }, () => []);
  model.services.forEach((s, c) => {
    for (const ref of [...s.bundles, ...s.dependsOn]) {
      const p = servicePosition.get(ref.service);
      if (p !== undefined && p !== c) claimsOn[p]!.push({ index: c, weight: ref.share });
    }
  });
  // Fractions of a provider's cost per consumer: w_cp / sum of claims on p.
  const consumers = csr(claimsOn, "row");
  const byConsumer: { index: number; weight: number }[][] = Array.from({ length: n }, () => []);
  for (let p = 0; p < n; p++) {
    for (let k = consumers.start[p]!; k < consumers.start[p + 1]!; k++) byConsumer[consumers.index[k]!]!.push({ index: p, weight: consumers.fraction[k]! });
  }
  const providers = csr(byConsumer, "none");
  const supports = csr(
    model.resources.map((r) => r.supports.flatMap((ref) => {
      const s = servicePosition.get(ref.service);
      return s === undefined ? [] : [{ index: s, weight: ref.share }];
    })),
    "row",
  );

  const adjacency = claimsOn.map((l) => l.map((e) => e.index));
  const components = stronglyConnected(adjacency).reverse().map((c) => Int32Array.from(c.sort((a, b) => a - b)));
  const cyclic = components.map((members) => {
    if (members.length < 2) return undefined;
    const local = new Map<number, number>();
    members.forEach((m, i) => local.set(m, i));
    const size = members.length;
    // A[i][j] = delta_ij - fraction of member j's cost that member i receives.
    const a = new Float64Array(size * size);
    for (let i = 0; i < size; i++) {
      a[i * size + i] = 1;
      const c = members[i]!;
      for (let k = providers.start[c]!; k < providers.start[c + 1]!; k++) {
        const j = local.get(providers.index[k]!);
        if (j !== undefined) a[i * size + j]! -= providers.fraction[k]!;
      }
    }
    const t = new Float64Array(size * size);
    for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) t[j * size + i] = a[i * size + j]!;
    return { members, local, forward: luFactor(a, size), backward: luFactor(t, size) };
  });
  const topLevel = new Uint8Array(n);
  for (let p = 0; p < n; p++) topLevel[p] = consumers.start[p + 1] === consumers.start[p] ? 1 : 0;

  return {
    serviceIds,
    servicePosition,
    resourceIds,
    resourcePosition,
    providerStart: providers.start,
    providerIndex: providers.index,
    providerFraction: providers.fraction,
    consumerStart: consumers.start,
    consumerIndex: consumers.index,
    consumerFraction: consumers.fraction,
    supportStart: supports.start,
    supportIndex: supports.index,
    supportFraction: supports.fraction,
    components,
    cyclic,
    topLevel,
  };
}

/**
 * Pass cost forward through the services: given what each service receives before any service-to-service passing
 * (`base`, service-major with `k` columns, e.g. one per year: base[i * k + y]), return each service's full cost,
 * full = base + what its providers pass on, solved per strongly connected group (reciprocal method).
 */
export function propagateForward(plan: AllocationPlan, base: Float64Array, k: number): Float64Array {
  return propagateForwardInPlace(plan, Float64Array.from(base), k);
}

/** {@link propagateForward} overwriting `values` (base in, full out): no allocation for acyclic models (hot in simulations). */
export function propagateForwardInPlace(plan: AllocationPlan, values: Float64Array, k: number): Float64Array {
  const { providerStart, providerIndex, providerFraction, components, cyclic } = plan;
  for (let g = 0; g < components.length; g++) {
    const members = components[g]!;
    const group = cyclic[g];
    if (!group) {
      // Providers come earlier in this order, so their full costs are final.
      const row = members[0]! * k;
      for (let e = providerStart[members[0]!]!; e < providerStart[members[0]! + 1]!; e++) {
        const from = providerIndex[e]! * k;
        const f = providerFraction[e]!;
        for (let y = 0; y < k; y++) values[row + y]! += f * values[from + y]!;
      }
      continue;
    }
    const size = members.length;
    const rhs = new Float64Array(size);
    const solved = new Float64Array(size * k);
    for (let y = 0; y < k; y++) {
      for (let i = 0; i < size; i++) {
        const c = members[i]!;
        let b = values[c * k + y]!;
        for (let e = providerStart[c]!; e < providerStart[c + 1]!; e++) {
          if (!group.local.has(providerIndex[e]!)) b += providerFraction[e]! * values[providerIndex[e]! * k + y]!;
        }
        rhs[i] = b;
      }
      solved.set(luSolve(group.forward, rhs), y * size);
    }
    // Written after every column is solved: each column's right-hand side reads the members' own base values.
    for (let y = 0; y < k; y++) for (let i = 0; i < size; i++) values[members[i]! * k + y] = solved[y * size + i]!;
  }
  return values;
}

/**
 * How much of each service's cost ends up in the full cost of `target` (1 for the target itself): the row of the
 * absorption matrix, found by passing backwards from the target through its providers (transposed system for cycles).
 */
export function absorptionInto(plan: AllocationPlan, target: number): Float64Array {
  const n = plan.serviceIds.length;
  const r = new Float64Array(n);
  const { consumerStart, consumerIndex, consumerFraction } = plan;
  // Consumer-first order: the reverse of the provider-first components.
  for (let g = plan.components.length - 1; g >= 0; g--) {
    const members = plan.components[g]!;
    const group = plan.cyclic[g];
    if (!group) {
      const p = members[0]!;
      let v = p === target ? 1 : 0;
      for (let e = consumerStart[p]!; e < consumerStart[p + 1]!; e++) v += consumerFraction[e]! * r[consumerIndex[e]!]!;
      r[p] = v;
      continue;
    }
    const size = members.length;
    const rhs = new Float64Array(size);
    let any = false;
    for (let i = 0; i < size; i++) {
      const p = members[i]!;
      let b = p === target ? 1 : 0;
      for (let e = consumerStart[p]!; e < consumerStart[p + 1]!; e++) {
        if (!group.local.has(consumerIndex[e]!)) b += consumerFraction[e]! * r[consumerIndex[e]!]!;
      }
      rhs[i] = b;
      if (b !== 0) any = true;
    }
    if (!any) continue;
    const x = luSolve(group.backward, rhs);
    for (let i = 0; i < size; i++) r[members[i]!] = x[i]!;
  }
  return r;
}
