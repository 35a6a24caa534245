import { formatPath } from "../../../model/errors.js";
import type { LintRule, LintRuleFinding } from "../lint-rule.js";
import { PROVIDER_METRIC_TERMS, metricWords } from "../provider-metric-terms.js";

/**
 * A service agreement whose targets all measure the provider's machinery (uptime, CPU, latency, tickets: see
 * `PROVIDER_METRIC_TERMS`) and none the customer's outcome: the "watermelon" agreement, green outside and red inside.
 * A target passes when its metric names none of the terms.
 */
export const agreementProviderMetricsOnly: LintRule = {
  name: "agreement-provider-metrics-only",
  description: "A service agreement whose targets are all provider-side metrics (uptime, CPU, latency...), none a customer outcome.",
  defaultSeverity: "warning",
  options: {
    providerTerms: {
      type: "string-list",
      default: PROVIDER_METRIC_TERMS,
      description: "Words or phrases that make a target's metric provider-side (whole words, any case).",
    },
  },
  check(model, { options }) {
    const terms = (options.providerTerms as readonly string[]).map(metricWords).filter((t) => t.trim() !== "");
    const isProviderSide = (metric: string) => {
      const words = metricWords(metric);
      return terms.some((t) => words.includes(t));
    };
    const out: LintRuleFinding[] = [];
    model.services.forEach((s, i) => {
      const targets = s.agreement?.targets ?? [];
      if (targets.length === 0 || !targets.every((t) => isProviderSide(t.metric))) return;
      const metrics = targets.map((t) => JSON.stringify(t.metric)).join(", ");
      out.push({
        path: formatPath(["services", i, "agreement", "targets"]),
        id: s.id,
        message: `every target of the agreement of "${s.id}" measures the provider's side (${metrics}): add a target that measures the customer's outcome (e.g. the share of users who get their work done without calling for help)`,
      });
    });
    return out;
  },
};
