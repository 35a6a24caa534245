import { formatPath } from "../../../model/errors.js";
import type { LintRule, LintRuleFinding } from "../lint-rule.js";

/**
 * A stakeholder in no relationship: not a consumer, owner or supplier of a service, not the consumer of a value stream,
 * not a step's performer, not a journey's stakeholder or a touchpoint's actor. ITIL 4 (relationship management): a
 * stakeholder identified but not related to anything is not being managed.
 */
export const stakeholderWithoutRelationship: LintRule = {
  name: "stakeholder-without-relationship",
  description: "A stakeholder who is no consumer, owner, supplier, performer, value stream consumer or journey stakeholder or actor.",
  defaultSeverity: "info",
  check(model) {
    const related = new Set<string>();
    for (const s of model.services) {
      if (s.owner !== undefined) related.add(s.owner);
      if (s.supplier !== undefined) related.add(s.supplier);
      for (const c of s.consumers) related.add(c.stakeholder);
    }
    for (const v of model.valueStreams) {
      if (v.consumer !== undefined) related.add(v.consumer);
      for (const st of v.steps) if (st.performer !== undefined) related.add(st.performer);
    }
    for (const j of model.journeys) {
      related.add(j.stakeholder);
      for (const stage of j.stages) for (const tp of stage.touchpoints) for (const a of tp.actors) related.add(a);
    }
    const out: LintRuleFinding[] = [];
    model.stakeholders.forEach((s, i) => {
      if (related.has(s.id)) return;
      const hint = s.roles.includes("supplier")
        ? "name it as the supplier of the services it provides"
        : s.roles.includes("provider")
          ? "name it as the owner of the services it is accountable for"
          : "add it to the consumers of the services it uses or pays for";
      out.push({
        path: formatPath(["stakeholders", i]),
        id: s.id,
        message: `stakeholder "${s.id}" takes part in no relationship (no consumer, owner, supplier, performer or journey role): ${hint}, or remove it`,
      });
    });
    return out;
  },
};
