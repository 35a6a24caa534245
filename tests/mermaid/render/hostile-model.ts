import { DIMENSION_IDS, JOURNEY_STAGE_IDS } from "../../../src/reference/itil4.js";

/**
 * A model input in which every name (the model, stakeholders, services, offerings and their goods, resources, one
 * value stream and its steps, one journey and its touchpoints, benefits, risks, investments) is one of `names`, in
 * turn, and each kind has `names.length` elements, so one diagram of each view carries every name at once:
 * - service `svc-0` is used by every resource and bundles or depends on every technical service (its dimensions and
 *   the impact of `res-0` touch every name);
 * - the value stream `vs-0` has one step per name, the journey `journey-0` one touchpoint per name, each with the
 *   stakeholder of that name as its actor.
 * Ids are plain (`svc-3`), so only names are hostile.
 */
export function hostileModelInput(names: readonly string[]): Record<string, unknown> {
  const n = names.length;
  const name = (i: number) => names[i % n]!;
  const roleSets = [["customer", "user"], ["sponsor"], ["supplier"], ["provider"]] as const;
  const stakeholders = names.map((_, i) => ({ id: `sh-${i}`, name: name(i), roles: [...roleSets[i % roleSets.length]!], internal: i % 4 !== 2 }));
  const withRole = (role: string) => stakeholders.filter((s) => (s.roles as readonly string[]).includes(role)).map((s) => s.id);
  const customers = withRole("customer");
  const providers = withRole("provider");
  const suppliers = withRole("supplier");
  const businessCount = Math.max(1, Math.ceil(n / 3));
  const isBusiness = (i: number) => i < businessCount;
  const technical = names.map((_, i) => i).filter((i) => !isBusiness(i));
  const services = names.map((_, i) => {
    const service: Record<string, unknown> = { id: `svc-${i}`, name: name(i), kind: isBusiness(i) ? "business" : "technical" };
    if (providers.length > 0) service.owner = providers[i % providers.length];
    if (!isBusiness(i) && suppliers.length > 0 && i % 2 === 0) service.supplier = suppliers[i % suppliers.length];
    if (isBusiness(i)) {
      service.consumers = customers.length > 0 ? [customers[i % customers.length]] : [];
      service.bundles = technical.filter((t) => i === 0 || t % businessCount === i).map((t) => `svc-${t}`);
      service.offerings = [{ id: `offer-${i}`, name: name(i + 1), goods: [name(i + 2)], access: [name(i + 3)], actions: [name(i + 4)], price: 10 + i }];
    } else if (i + 1 < n) service.dependsOn = [`svc-${i + 1}`];
    return service;
  });
  const resources = names.map((_, i) => ({
    id: `res-${i}`,
    name: name(i),
    dimension: DIMENSION_IDS[i % DIMENSION_IDS.length]!,
    supports: i === 0 ? names.map((_, s) => `svc-${s}`) : [...new Set(["svc-0", `svc-${i}`])],
  }));
  const steps = names.map((_, i) => ({
    id: `step-${i}`,
    name: name(i),
    activity: i === 0 ? "engage" : "deliver-and-support",
    services: [`svc-${i}`],
    processTime: `${i + 1}h`,
    waitTime: `${i}h`,
  }));
  const stages = JOURNEY_STAGE_IDS.map((stage, k) => ({
    stage,
    touchpoints: names
      .map((_, i) => i)
      .filter((i) => i % JOURNEY_STAGE_IDS.length === k)
      .map((i) => ({ name: name(i), actors: [`sh-${i}`], satisfaction: 1 + (i % 5), service: `svc-${i}` })),
  })).filter((s) => s.touchpoints.length > 0);
  const costs = [
    ...resources.map((r, i) => ({ of: r.id, category: "software", amount: 1000 * (i + 1) })),
    ...names.map((_, i) => ({ of: `inv-${i}`, category: "outside-services", type: "capex", amount: 5000 + 100 * i, recurrence: "once" })),
  ];
  const benefits = [
    ...names.map((_, i) => i).filter(isBusiness).map((i) => ({ of: `svc-${i}`, name: name(i), amount: 20_000 + 1000 * i })),
    ...names.map((_, i) => ({ of: `inv-${i}`, name: name(i + 1), amount: 3000 + 200 * i, startYear: 1 })),
  ];
  const risks = names.map((_, i) => ({ id: `risk-${i}`, name: name(i), affects: [`svc-${i}`], frequency: 0.1 * (1 + (i % 5)), impact: 2000 * (i + 1) }));
  const investments = names.map((_, i) => ({ id: `inv-${i}`, name: name(i), affects: [`svc-${i}`], reduces: [{ risk: `risk-${i}`, by: 0.5 }] }));
  return {
    name: name(0),
    currency: "EUR",
    horizonYears: 3,
    discountRate: 0.05,
    stakeholders,
    resources,
    services,
    valueStreams: [{ id: "vs-0", name: name(1), consumer: customers[0] ?? "sh-0", trigger: name(3), outcome: name(4), steps }],
    journeys: [{ id: "journey-0", name: name(2), stakeholder: customers[0] ?? "sh-0", stages }],
    costs,
    benefits,
    risks,
    investments,
  };
}
