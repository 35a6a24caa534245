import { formatPath } from "../../../model/errors.js";
import type { LintRule, LintRuleFinding } from "../lint-rule.js";

/**
 * A value stream with no step in the `engage` value chain activity. ITIL 4: engage is where the provider understands
 * the stakeholder's need and stays in touch; a stream without it turns demand into output nobody confirmed.
 */
export const valueStreamWithoutEngage: LintRule = {
  name: "value-stream-without-engage",
  description: "A value stream with no step in the engage activity (nobody talks to the customer).",
  defaultSeverity: "warning",
  check(model) {
    const out: LintRuleFinding[] = [];
    model.valueStreams.forEach((v, i) => {
      if (v.steps.some((st) => st.activity === "engage")) return;
      out.push({
        path: formatPath(["valueStreams", i]),
        id: v.id,
        message: `value stream "${v.id}" has no step in the engage activity, so nobody talks to the customer between demand and value: add a step with activity: engage (understand the request, confirm the outcome with the consumer)`,
      });
    });
    return out;
  },
};
