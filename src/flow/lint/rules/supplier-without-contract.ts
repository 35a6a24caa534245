import { formatPath } from "../../../model/errors.js";
import type { LintRule, LintRuleFinding } from "../lint-rule.js";

/**
 * A service (not retired) with a `supplier` but no partners-and-suppliers resource (a contract) supporting it.
 * ITIL 4 (supplier management): an externally supplied service needs a contract whose terms and cost are known.
 */
export const supplierWithoutContract: LintRule = {
  name: "supplier-without-contract",
  description: "A service with a supplier but no partners-and-suppliers resource (a contract) supporting it.",
  defaultSeverity: "warning",
  check(model) {
    const contracted = new Set<string>();
    for (const r of model.resources) {
      if (r.dimension === "partners-and-suppliers") for (const ref of r.supports) contracted.add(ref.service);
    }
    const out: LintRuleFinding[] = [];
    model.services.forEach((s, i) => {
      if (s.supplier === undefined || s.lifecycle === "retired" || contracted.has(s.id)) return;
      out.push({
        path: formatPath(["services", i, "supplier"]),
        id: s.id,
        message: `"${s.id}" is supplied by "${s.supplier}" but no contract supports it: add a resource with dimension partners-and-suppliers (the contract with "${s.supplier}") whose supports lists "${s.id}", so its terms and cost are visible`,
      });
    });
    return out;
  },
};
