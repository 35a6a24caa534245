import { returnOnInvestment } from "../../economics/return-on-investment.js";
import type { Model } from "../../model/schema/model.js";
import { elementName } from "../../model/element-name.js";
import { jsonNumber } from "./json-number.js";

/** Return on one service or investment (see `returnOnInvestment`); null where a number is not defined. */
export interface RoiRow {
  id: string;
  name: string;
  /** PV of the gains: tangible benefits (plus risk reduction for an investment). */
  gains: number;
  /** PV of the intangible benefits, apart. */
  intangible: number;
  /** PV of the costs (a service's TCO, an investment's own costs). */
  costs: number;
  npv: number;
  /** Fractions; null when the PV of the costs is 0. */
  roi: number | null;
  roiWithIntangible: number | null;
  /** Fraction per year; null when no real rate exists. */
  irr: number | null;
  /** Years; null when never paid back within the horizon. */
  paybackYears: number | null;
  discountedPaybackYears: number | null;
  /** Tangible gains - costs per year: the flow behind NPV, IRR and payback. */
  cashFlowByYear: number[];
}

/** The return-on-investment section of `servicevalue analyze`. */
export interface RoiSection {
  /** Services with benefits of their own (with `--service`: that service), in model order. */
  services: RoiRow[];
  /** Every investment, in model order. */
  investments: RoiRow[];
}

/**
 * ROI, NPV, IRR and payback (`returnOnInvestment`) of every service that has benefits (or the `--service` one) and of
 * every investment.
 * @example roiSection(model).investments[0].roi // 2.94
 */
export function roiSection(model: Model, serviceId?: string): RoiSection {
  const withBenefits = new Set(model.benefits.map((b) => b.of));
  const services = model.services.filter((s) => (serviceId === undefined ? withBenefits.has(s.id) : s.id === serviceId));
  return {
    services: services.map((s) => roiRow(model, s.id)),
    investments: model.investments.map((i) => roiRow(model, i.id)),
  };
}

function roiRow(model: Model, id: string): RoiRow {
  const r = returnOnInvestment(model, id);
  return {
    id,
    name: elementName(model, id),
    gains: r.gains,
    intangible: r.intangible,
    costs: r.costs,
    npv: r.npv,
    roi: jsonNumber(r.roi),
    roiWithIntangible: jsonNumber(r.roiWithIntangible),
    irr: jsonNumber(r.irr),
    paybackYears: jsonNumber(r.paybackYears),
    discountedPaybackYears: jsonNumber(r.discountedPaybackYears),
    cashFlowByYear: [...r.cashFlowByYear],
  };
}
