import type { LintRule } from "./lint-rule.js";
import { agreementProviderMetricsOnly } from "./rules/agreement-provider-metrics-only.js";
import { agreementWithoutOutcome } from "./rules/agreement-without-outcome.js";
import { businessServiceWithoutCustomer } from "./rules/business-service-without-customer.js";
import { businessServiceWithoutOwner } from "./rules/business-service-without-owner.js";
import { businessServiceWithoutSponsor } from "./rules/business-service-without-sponsor.js";
import { dependsOnInactiveService } from "./rules/depends-on-inactive-service.js";
import { lowSatisfaction } from "./rules/low-satisfaction.js";
import { stakeholderWithoutRelationship } from "./rules/stakeholder-without-relationship.js";
import { stepWithoutPractice } from "./rules/step-without-practice.js";
import { supplierWithoutContract } from "./rules/supplier-without-contract.js";
import { technicalServiceWithoutBusinessService } from "./rules/technical-service-without-business-service.js";
import { unallocatedCost } from "./rules/unallocated-cost.js";
import { unmitigatedRisk } from "./rules/unmitigated-risk.js";
import { valueStreamWithoutEngage } from "./rules/value-stream-without-engage.js";

/**
 * The built-in ITIL health checks that `lintModel` runs, in the order docs/lint.md describes them. Each is data
 * (`{ name, description, defaultSeverity, options?, check }`); change a severity or switch a rule off in `lintModel`'s
 * options or in the model's `lint:` block.
 * @example LINT_RULES.map((r) => `${r.name}: ${r.defaultSeverity}`)
 */
export const LINT_RULES: readonly LintRule[] = freezeRules([
  businessServiceWithoutOwner,
  businessServiceWithoutCustomer,
  businessServiceWithoutSponsor,
  agreementWithoutOutcome,
  agreementProviderMetricsOnly,
  technicalServiceWithoutBusinessService,
  supplierWithoutContract,
  dependsOnInactiveService,
  valueStreamWithoutEngage,
  stepWithoutPractice,
  unallocatedCost,
  stakeholderWithoutRelationship,
  unmitigatedRisk,
  lowSatisfaction,
]);

/** Freeze the list, each rule and its option specs, so that no caller can change a built-in rule for everyone. */
function freezeRules(rules: LintRule[]): readonly LintRule[] {
  for (const rule of rules) {
    if (rule.options) for (const spec of Object.values(rule.options)) Object.freeze(spec);
    Object.freeze(rule.options);
    Object.freeze(rule);
  }
  return Object.freeze(rules);
}
