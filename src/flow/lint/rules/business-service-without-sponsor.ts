import { consumerRoleRule } from "./consumer-role-rule.js";

/**
 * A business service (not retired) none of whose consumers is a sponsor. ITIL 4: the sponsor authorises the budget for
 * consumption; without one, nobody has agreed to pay for it and its showback goes to people who cannot decide on it.
 */
export const businessServiceWithoutSponsor = consumerRoleRule({
  name: "business-service-without-sponsor",
  description: "A business service (pipeline or live) with no consumer who is a sponsor (who pays?).",
  defaultSeverity: "warning",
  role: "sponsor",
  advice: "who pays? add the stakeholder who authorises its budget to consumers (or give that role to a consumer)",
});
