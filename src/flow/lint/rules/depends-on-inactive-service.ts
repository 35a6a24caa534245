import { formatPath } from "../../../model/errors.js";
import type { LintRule, LintRuleFinding } from "../lint-rule.js";

/**
 * A live service that bundles or depends on a retired or pipeline service: it relies on something that is no longer,
 * or not yet, delivered. ITIL 4 (service portfolio, change enablement): lifecycles of dependent services must agree.
 */
export const dependsOnInactiveService: LintRule = {
  name: "depends-on-inactive-service",
  description: "A live service that depends on or bundles a retired or pipeline service.",
  defaultSeverity: "error",
  check(model) {
    const lifecycle = new Map<string, string>();
    for (const s of model.services) lifecycle.set(s.id, s.lifecycle);
    const out: LintRuleFinding[] = [];
    model.services.forEach((s, i) => {
      if (s.lifecycle !== "live") return;
      for (const key of ["bundles", "dependsOn"] as const) {
        s[key].forEach((ref, j) => {
          const state = lifecycle.get(ref.service);
          if (state !== "retired" && state !== "pipeline") return;
          const verb = key === "bundles" ? "bundles" : "depends on";
          const advice =
            state === "retired"
              ? `move "${s.id}" to the service that replaced it, or bring "${ref.service}" back to live`
              : `it cannot be delivered before "${ref.service}" is live; set "${s.id}" to pipeline too, or take "${ref.service}" live`;
          out.push({
            path: formatPath(["services", i, key, j, "service"]),
            id: s.id,
            message: `live service "${s.id}" ${verb} "${ref.service}", which is ${state === "retired" ? "retired" : "still in the pipeline"}: ${advice}`,
          });
        });
      }
    });
    return out;
  },
};
