import { formatPath } from "../../../model/errors.js";
import type { LintRule, LintRuleFinding } from "../lint-rule.js";

/**
 * A value stream step that names no ITIL 4 practice. Practices are the organisational capabilities that do the work;
 * a step without one cannot be traced to the practice that should improve it.
 */
export const stepWithoutPractice: LintRule = {
  name: "step-without-practice",
  description: "A value stream step that names no ITIL 4 practice.",
  defaultSeverity: "info",
  check(model) {
    const out: LintRuleFinding[] = [];
    model.valueStreams.forEach((v, i) =>
      v.steps.forEach((st, j) => {
        if (st.practices.length > 0) return;
        out.push({
          path: formatPath(["valueStreams", i, "steps", j]),
          id: st.id,
          message: `step "${st.id}" of value stream "${v.id}" names no practice: list the ITIL 4 practices that do its work in practices (e.g. service-request-management), or switch this rule off if the step is outside IT management`,
        });
      }),
    );
    return out;
  },
};
