import { formatPath } from "../../../model/errors.js";
import type { LintRule, LintRuleFinding } from "../lint-rule.js";

/**
 * A live technical service that no business service (pipeline or live) bundles or depends on, directly or through
 * other services. Its cost reaches no product a customer sees: nobody is shown it, nobody decides on it.
 */
export const technicalServiceWithoutBusinessService: LintRule = {
  name: "technical-service-without-business-service",
  description: "A live technical service that no business service bundles or depends on, directly or transitively (cost nobody sees).",
  defaultSeverity: "error",
  check(model) {
    const position = new Map<string, number>();
    model.services.forEach((s, i) => position.set(s.id, i));
    // Breadth-first from every business service along bundles and dependsOn: what some product needs.
    const seen = new Uint8Array(model.services.length);
    const queue: number[] = [];
    model.services.forEach((s, i) => {
      if (s.kind === "business" && s.lifecycle !== "retired") {
        seen[i] = 1;
        queue.push(i);
      }
    });
    for (let head = 0; head < queue.length; head++) {
      const s = model.services[queue[head]!]!;
      for (const list of [s.bundles, s.dependsOn]) {
        for (const ref of list) {
          const p = position.get(ref.service);
          if (p === undefined || seen[p]) continue;
          seen[p] = 1;
          queue.push(p);
        }
      }
    }
    const out: LintRuleFinding[] = [];
    model.services.forEach((s, i) => {
      if (seen[i] || s.kind !== "technical" || s.lifecycle !== "live") return;
      out.push({
        path: formatPath(["services", i]),
        id: s.id,
        message: `technical service "${s.id}" is not bundled in or depended on by any business service, directly or through other services, so its cost reaches no product a customer sees: bundle it in a business service, let a service one of them uses depend on it, make it a business service if customers use it directly, or retire it`,
      });
    });
    return out;
  },
};
