import { costPerConsumer, unchargedCosts } from "../../economics/cost-per-consumer.js";
import { valueBalance } from "../../economics/value-balance.js";
import type { Model } from "../../model/schema/model.js";
import { elementName } from "../../model/element-name.js";
import { yearlyAmount, type YearlyAmount } from "./tco-section.js";

/** One consumer's showback. Money in the model's currency. */
export interface ShowbackRow {
  stakeholder: string;
  name: string;
  total: number;
  presentValue: number;
  byYear: number[];
}

/** One consumer's value balance of a service (see `valueBalance`): present values in the model's currency. */
export interface ValueBalanceRow {
  stakeholder: string;
  /** Its share of the service's tangible benefits. */
  benefits: number;
  costsRemoved: number;
  costsImposed: number;
  showback: number;
  /** benefits + costsRemoved - costsImposed - showback. */
  presentValue: number;
  /** Its share of the intangible benefits, apart. */
  intangibleBenefits: number;
  byYear: number[];
}

/** The showback section of `servicevalue analyze`. */
export interface ShowbackSection {
  /** The service whose cost is split (`--service`), or null: every top-level service's. */
  service: string | null;
  /** Largest first. */
  consumers: ShowbackRow[];
  /** Without `--service`: the full cost of top-level services that have no consumers, shown to nobody. */
  uncharged: YearlyAmount | null;
  /** With `--service`: the value balance of each of its consumers, in the order of its consumers; otherwise null. */
  valueBalance: ValueBalanceRow[] | null;
}

/**
 * Showback per consumer: `costPerConsumer` (every top-level service, or the one given), largest total first, with the
 * costs no consumer is shown (`unchargedCosts`); with `serviceId`, each consumer's value balance (`valueBalance`).
 * @example showbackSection(model).consumers[0] // { stakeholder: "bu-production", total: 10609155.52, ... }
 */
export function showbackSection(model: Model, serviceId?: string): ShowbackSection {
  const shown = costPerConsumer(model, serviceId);
  const consumers = Object.entries(shown)
    .map(([stakeholder, s]) => ({
      stakeholder,
      name: elementName(model, stakeholder),
      total: s.total,
      presentValue: s.presentValue,
      byYear: [...s.byYear],
    }))
    .sort((a, b) => b.total - a.total || (a.stakeholder < b.stakeholder ? -1 : a.stakeholder > b.stakeholder ? 1 : 0));
  let uncharged: YearlyAmount | null = null;
  if (serviceId === undefined) uncharged = yearlyAmount(unchargedCosts(model), model.discountRate);
  const balances =
    serviceId === undefined
      ? null
      : (model.services.find((s) => s.id === serviceId)?.consumers ?? []).map(({ stakeholder }) => {
          const b = valueBalance(model, serviceId, stakeholder);
          return {
            stakeholder,
            benefits: b.benefits,
            costsRemoved: b.costsRemoved,
            costsImposed: b.costsImposed,
            showback: b.showback,
            presentValue: b.presentValue,
            intangibleBenefits: b.intangibleBenefits,
            byYear: [...b.byYear],
          };
        });
  return { service: serviceId ?? null, consumers, uncharged, valueBalance: balances };
}
