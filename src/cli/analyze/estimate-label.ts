import type { Model } from "../../model/schema/model.js";

/**
 * A person's words for the estimate at a path of `modelEstimates` / `valueOfInformation` (`risks[0].frequency`):
 * what it is and whose it is; the path itself when it is not one of those.
 * @example estimateLabel(model, "risks[0].frequency") // "frequency of phishing-compromise"
 * @example estimateLabel(model, "costs[25].amount") // 'cost "Rollout project" of mfa-rollout'
 */
export function estimateLabel(model: Model, path: string): string {
  let m = /^costs\[(\d+)\]\.amount$/.exec(path);
  if (m) {
    const c = model.costs[Number(m[1])];
    if (c) return `cost "${c.id ?? c.name ?? c.category}" of ${c.of}`;
  }
  m = /^benefits\[(\d+)\]\.amount$/.exec(path);
  if (m) {
    const b = model.benefits[Number(m[1])];
    if (b) return `benefit "${b.id ?? b.name}" of ${b.of}`;
  }
  m = /^risks\[(\d+)\]\.(frequency|impact)$/.exec(path);
  if (m) {
    const r = model.risks[Number(m[1])];
    if (r) return `${m[2]} of ${r.id}`;
  }
  m = /^services\[(\d+)\]\.consumers\[(\d+)\]\.(costsRemoved|costsImposed)$/.exec(path);
  if (m) {
    const s = model.services[Number(m[1])];
    const c = s?.consumers[Number(m[2])];
    if (s && c) return m[3] === "costsRemoved" ? `costs ${s.id} removes for ${c.stakeholder}` : `costs ${s.id} imposes on ${c.stakeholder}`;
  }
  return path;
}
