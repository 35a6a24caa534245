import { formatPath } from "../../../model/errors.js";
import type { LintRule, LintRuleFinding } from "../lint-rule.js";

/**
 * A service with an agreement that states no outcome. ITIL 4 (service level management): an agreement is about the
 * outcome the customer wants ("new staff productive on day one"), not only the numbers the provider reports.
 */
export const agreementWithoutOutcome: LintRule = {
  name: "agreement-without-outcome",
  description: "A service agreement with no outcome in the customer's words.",
  defaultSeverity: "warning",
  check(model) {
    const out: LintRuleFinding[] = [];
    model.services.forEach((s, i) => {
      if (!s.agreement || (s.agreement.outcome ?? "").trim() !== "") return;
      out.push({
        path: formatPath(["services", i, "agreement"]),
        id: s.id,
        message: `the agreement of "${s.id}" states no outcome: write in the customer's words what they achieve with the service (e.g. "new staff productive on day one") as agreement.outcome`,
      });
    });
    return out;
  },
};
