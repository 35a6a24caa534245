import { formatPath } from "../../../model/errors.js";
import { meanAnnualLoss } from "../../../model/mean-annual-loss.js";
import type { LintRule, LintRuleFinding } from "../lint-rule.js";

const amount = (x: number) => Math.round(x).toLocaleString("en-US");

/**
 * A risk whose expected annual loss (mean frequency x mean impact, in the model's currency a year) exceeds `threshold`
 * (default 100,000) and that no investment reduces. ITIL 4 (risk management): a large risk needs a treatment, or an
 * explicit decision to accept it.
 */
export const unmitigatedRisk: LintRule = {
  name: "unmitigated-risk",
  description: "A risk whose expected annual loss exceeds a threshold and that no investment reduces.",
  defaultSeverity: "warning",
  options: {
    threshold: {
      type: "number",
      default: 100_000,
      min: 0,
      description: "Expected annual loss (in the model's currency a year) above which a risk needs an investment that reduces it.",
    },
  },
  check(model, { options }) {
    const threshold = options.threshold as number;
    const reduced = new Set<string>();
    for (const inv of model.investments) for (const r of inv.reduces) if (r.by > 0) reduced.add(r.risk);
    const out: LintRuleFinding[] = [];
    model.risks.forEach((risk, i) => {
      const loss = meanAnnualLoss(risk);
      if (!(loss > threshold) || reduced.has(risk.id)) return;
      out.push({
        path: formatPath(["risks", i]),
        id: risk.id,
        message: `risk "${risk.id}" has an expected annual loss of ${amount(loss)} ${model.currency} (${Number(risk.frequency.mean.toPrecision(3))} events a year x ${amount(risk.impact.mean)} ${model.currency}), above ${amount(threshold)}, and no investment reduces it: add an investment whose reduces names "${risk.id}", or accept the risk by raising this rule's threshold`,
      });
    });
    return out;
  },
};
