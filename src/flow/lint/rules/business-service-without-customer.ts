import { consumerRoleRule } from "./consumer-role-rule.js";

/**
 * A business service (not retired) none of whose consumers is a customer. ITIL 4: the customer defines the requirements
 * and answers for the outcomes; without one, nobody says what value the service should co-create.
 */
export const businessServiceWithoutCustomer = consumerRoleRule({
  name: "business-service-without-customer",
  description: "A business service (pipeline or live) with no consumer who is a customer (who defines what it is for?).",
  defaultSeverity: "warning",
  role: "customer",
  advice: "add the stakeholder who defines its requirements and answers for its outcomes to consumers (or give that role to a consumer)",
});
