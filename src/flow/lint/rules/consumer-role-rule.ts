import { formatPath } from "../../../model/errors.js";
import type { Model } from "../../../model/schema/model.js";
import type { StakeholderRole } from "../../../reference/itil4.js";
import type { LintRule, LintRuleFinding, LintSeverity } from "../lint-rule.js";

/** What differs between the rules that want a consumer with a given role on every business service. */
interface ConsumerRoleRuleSpec {
  name: string;
  description: string;
  defaultSeverity: LintSeverity;
  role: StakeholderRole;
  /** The end of the message, after `business service "x" has no consumer with the <role> role: `. */
  advice: string;
}

/**
 * A rule that reports each business service (pipeline or live) none of whose consumers has `role`: the shared body of
 * `business-service-without-customer` and `business-service-without-sponsor`.
 */
export function consumerRoleRule(spec: ConsumerRoleRuleSpec): LintRule {
  return {
    name: spec.name,
    description: spec.description,
    defaultSeverity: spec.defaultSeverity,
    check(model: Model) {
      const withRole = new Set(model.stakeholders.filter((s) => s.roles.includes(spec.role)).map((s) => s.id));
      const out: LintRuleFinding[] = [];
      model.services.forEach((s, i) => {
        if (s.kind !== "business" || s.lifecycle === "retired") return;
        if (s.consumers.some((c) => withRole.has(c.stakeholder))) return;
        out.push({
          path: formatPath(["services", i, "consumers"]),
          id: s.id,
          message: `business service "${s.id}" has no consumer with the ${spec.role} role: ${spec.advice}`,
        });
      });
      return out;
    },
  };
}
