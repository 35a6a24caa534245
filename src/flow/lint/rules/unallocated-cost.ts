import { formatPath } from "../../../model/errors.js";
import type { LintRule, LintRuleFinding } from "../lint-rule.js";

/**
 * A resource that supports no service: its costs stay unallocated (reported, never charged to a service), so the TCO of
 * the services understates what they cost, or the organisation pays for something nothing uses.
 */
export const unallocatedCost: LintRule = {
  name: "unallocated-cost",
  description: "A resource that supports no service, so its cost is unallocated.",
  defaultSeverity: "warning",
  check(model) {
    const costed = new Set<string>();
    for (const c of model.costs) costed.add(c.of);
    const out: LintRuleFinding[] = [];
    model.resources.forEach((r, i) => {
      if (r.supports.length > 0) return;
      const what = costed.has(r.id) ? "its costs stay unallocated (charged to no service)" : "it carries no cost yet, but any cost it gets will stay unallocated";
      out.push({
        path: formatPath(["resources", i]),
        id: r.id,
        message: `resource "${r.id}" supports no service, so ${what}: list the services it supports in supports, or remove it if nothing uses it any more`,
      });
    });
    return out;
  },
};
