import { valueOfInvestment } from "../../economics/value-of-investment.js";
import type { Model } from "../../model/schema/model.js";
import { sum } from "../../stats/sum.js";
import { elementName } from "../../model/element-name.js";

/** The value of one investment (see `valueOfInvestment`): present values in the model's currency. */
export interface VoiRow {
  id: string;
  name: string;
  tangible: number;
  /** Apart from tangible, never inside it. */
  intangible: number;
  riskReduction: number;
  costs: number;
  /** tangible + intangible + riskReduction - costs. */
  net: number;
  /** Its cost entries summed over the horizon, undiscounted (what a budget is compared with). */
  undiscountedCost: number;
  undiscountedCostByYear: number[];
}

/**
 * The value-of-investment section of `servicevalue analyze`: `valueOfInvestment` of every investment, in model order.
 * @example voiSection(model)[0] // { id: "mfa-rollout", tangible: 66242.54, ..., net: 357675.38 }
 */
export function voiSection(model: Model): VoiRow[] {
  return model.investments.map((investment) => {
    const v = valueOfInvestment(model, investment.id);
    return {
      id: investment.id,
      name: elementName(model, investment.id),
      tangible: v.tangible,
      intangible: v.intangible,
      riskReduction: v.riskReduction,
      costs: v.costs,
      net: v.net,
      undiscountedCost: sum(v.byYear.costs),
      undiscountedCostByYear: [...v.byYear.costs],
    };
  });
}
