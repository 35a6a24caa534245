import { formatPath } from "../../../model/errors.js";
import type { LintRule, LintRuleFinding } from "../lint-rule.js";

/**
 * A business service (not retired) with no `owner`. ITIL 4: every service needs one person or team accountable for it
 * end to end (the service owner, a stakeholder with the provider role), or nobody answers for its value.
 */
export const businessServiceWithoutOwner: LintRule = {
  name: "business-service-without-owner",
  description: "A business service (pipeline or live) with no owner accountable for it end to end.",
  defaultSeverity: "warning",
  check(model) {
    const out: LintRuleFinding[] = [];
    model.services.forEach((s, i) => {
      if (s.kind !== "business" || s.lifecycle === "retired" || s.owner !== undefined) return;
      out.push({
        path: formatPath(["services", i]),
        id: s.id,
        message: `business service "${s.id}" has no owner: set owner to the stakeholder (with the provider role) accountable for it end to end`,
      });
    });
    return out;
  },
};
