import { formatPath } from "../../../model/errors.js";
import type { LintRule, LintRuleFinding } from "../lint-rule.js";

const score = (x: number) => String(Number(x.toFixed(2)));

/**
 * A customer journey stage whose touchpoints score a mean satisfaction below `below` (default 3, on the 1 to 5 scale).
 * ITIL 4 (customer journey): the stages where the customer is unhappy are where to improve first. Stages with no
 * touchpoint have no score and are not reported.
 */
export const lowSatisfaction: LintRule = {
  name: "low-satisfaction",
  description: "A journey stage whose touchpoints' mean satisfaction is below a threshold (default 3 of 5).",
  defaultSeverity: "warning",
  options: {
    below: { type: "number", default: 3, min: 1, max: 5, description: "Report a stage whose mean satisfaction (1 to 5) is below this." },
  },
  check(model, { options }) {
    const below = options.below as number;
    const out: LintRuleFinding[] = [];
    model.journeys.forEach((journey, i) =>
      journey.stages.forEach((stage, j) => {
        const touchpoints = stage.touchpoints;
        if (touchpoints.length === 0) return;
        const mean = touchpoints.reduce((sum, t) => sum + t.satisfaction, 0) / touchpoints.length;
        if (!(mean < below)) return;
        let worst = touchpoints[0]!;
        for (const t of touchpoints) if (t.satisfaction < worst.satisfaction) worst = t;
        const behind = worst.service !== undefined ? `, service "${worst.service}"` : "";
        out.push({
          path: formatPath(["journeys", i, "stages", j]),
          id: journey.id,
          message: `the ${stage.stage} stage of journey "${journey.id}" scores ${score(mean)} on average, below ${score(below)}: start with its worst touchpoint, "${worst.name}" (${score(worst.satisfaction)}${behind}), find out with "${journey.stakeholder}" why it hurts and improve it`,
        });
      }),
    );
    return out;
  },
};
