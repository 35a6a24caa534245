import { assertParsedModel } from "../model/assert-parsed-model.js";
import { elementIndex } from "../model/element-index.js";
import { invalidArgument, notFound } from "../model/errors.js";
import { meanAnnualLoss } from "../model/mean-annual-loss.js";
import type { Model } from "../model/schema/model.js";
import type { Risk } from "../model/schema/risk.js";
import { closestMatch } from "../model/suggest.js";

/**
 * Expected annual loss of a risk, FAIR-style: mean(frequency, loss events per year) x mean(impact, loss per event),
 * in the model's currency per year.
 * @example expectedAnnualLoss(model, "phishing") // 2.5 events/year x 30,000 = 75,000
 */
export function expectedAnnualLoss(model: Model, riskId: string): number {
  assertParsedModel("expectedAnnualLoss", model);
  return meanAnnualLoss(riskOrThrow(model, riskId, "expectedAnnualLoss"));
}

/** The risk with this id, or a `not-found` ModelError with a suggestion. */
export function riskOrThrow(model: Model, riskId: string, fn: string): Risk {
  if (typeof riskId !== "string") invalidArgument(fn, "riskId must be a risk id (a string)", riskId);
  const entry = elementIndex(model).byId.get(riskId);
  if (!entry || entry.kind !== "risk") notFound(fn, "risk", riskId, closestMatch(riskId, model.risks.map((r) => r.id)));
  return model.risks[entry.path[1] as number]!;
}
