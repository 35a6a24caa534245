import type { Model } from "../../model/schema/model.js";
import { portfolioSection, type PortfolioSection } from "./portfolio-section.js";
import { riskSection, type RiskSection } from "./risk-section.js";
import { roiSection, type RoiSection } from "./roi-section.js";
import { showbackSection, type ShowbackSection } from "./showback-section.js";
import { simulationSection, type SimulationSection } from "./simulation-section.js";
import { tcoSection, type TcoSection } from "./tco-section.js";
import { voiSection, type VoiRow } from "./voi-section.js";

/** What `servicevalue analyze` computes, as its `--json` prints it (keys in this order; null where not defined). */
export interface AnalysisReport {
  file: string;
  model: { name: string; currency: string; horizonYears: number; discountRate: number };
  /** The `--service` id, or null. */
  service: string | null;
  tco: TcoSection;
  showback: ShowbackSection;
  roi: RoiSection;
  voi: { investments: VoiRow[] };
  risk: RiskSection;
  /** Null when the model has no investments. */
  portfolio: PortfolioSection | null;
  /** Null without `--iterations`. */
  simulation: SimulationSection | null;
}

/** Options of {@link analysisReport}; the CLI has checked them (the service exists, the year is in the horizon). */
export interface AnalysisOptions {
  service?: string;
  budget?: number;
  year?: number;
  /** The portfolio search's step limit (`selectPortfolio`'s `maxSteps`). */
  maxSteps?: number;
  /** With a number of iterations, the simulation section is computed too. */
  iterations?: number;
  seed: number;
  workers: number;
  onProgress?: (done: number, total: number) => void;
  /** Called when the simulation is done and the value of information starts. */
  onValueOfInformation?: () => void;
}

/**
 * Every section of `servicevalue analyze` for a model: TCO, showback, ROI, value of investments, risk, the portfolio
 * choice and, with `iterations`, the Monte Carlo simulation and the value of information.
 * @example const report = await analysisReport(model, "m.yaml", { seed: 1, workers: 1 });
 */
export async function analysisReport(model: Model, file: string, options: AnalysisOptions): Promise<AnalysisReport> {
  const { service, iterations } = options;
  const voi = voiSection(model);
  return {
    file,
    model: { name: model.name, currency: model.currency, horizonYears: model.horizonYears, discountRate: model.discountRate },
    service: service ?? null,
    tco: tcoSection(model, service),
    showback: showbackSection(model, service),
    roi: roiSection(model, service),
    voi: { investments: voi },
    risk: riskSection(model),
    portfolio: portfolioSection(model, voi, {
      ...(options.budget === undefined ? {} : { budget: options.budget }),
      ...(options.year === undefined ? {} : { year: options.year }),
      ...(options.maxSteps === undefined ? {} : { maxSteps: options.maxSteps }),
    }),
    simulation:
      iterations === undefined
        ? null
        : await simulationSection(model, {
            iterations,
            seed: options.seed,
            workers: options.workers,
            ...(service === undefined ? {} : { service }),
            ...(options.onProgress ? { onProgress: options.onProgress } : {}),
            ...(options.onValueOfInformation ? { onValueOfInformation: options.onValueOfInformation } : {}),
          }),
  };
}
