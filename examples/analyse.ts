/**
 * What an architect asks of the modern workplace, answered through the API (`npx tsx examples/analyse.ts` prints it):
 * what Smart Collaboration really costs and who pays, whether the investments are worth it and which set to fund,
 * what is at risk and which uncertain number to measure first, where onboarding loses time, and what the ITIL health
 * checks say. Each answer is one call; `analyse(model)` returns them as data, so tests check them.
 */
import {
  allocateCosts,
  costPerConsumer,
  flowMetrics,
  journeySummary,
  lintModel,
  practiceCoverage,
  rankInvestments,
  returnOnInvestment,
  riskExposure,
  selectPortfolio,
  simulate,
  totalCostOfOwnership,
  valueBalance,
  valueOfInformation,
  type Model,
} from "../src/index.js";
import { modernWorkplace } from "./modern-workplace.js";

/** The answers, as data. */
export function analyse(model: Model) {
  const allocation = allocateCosts(model);
  const product = "smart-collaboration";
  return {
    // What does the product really cost over five years, from which cost pools, and who is shown which share?
    tco: totalCostOfOwnership(model, product),
    showback: costPerConsumer(model, product),
    // Is it worth it for the sales unit: benefits and costs removed against costs imposed and its charge.
    salesValueBalance: valueBalance(model, product, "bu-sales"),
    // Nothing lost: top-level services + unallocated = every cost entry, in every year.
    conservation: allocation.totalByYear.map((total, y) => ({
      total,
      allocated: allocation.topLevel.reduce((sum, id) => sum + allocation.services[id]!.fullByYear[y]!, 0) + allocation.unallocatedByYear[y]!,
    })),
    // Which investments pay, and which set to fund with 450,000 (exact, not greedy).
    investments: rankInvestments(model),
    mfaReturn: returnOnInvestment(model, "mfa-rollout"),
    portfolio: selectPortfolio(model, { budget: 450_000 }),
    // What is at risk, for the onboarding value stream too; how wrong could we be; what to measure first.
    exposure: riskExposure(model).byElement["onboard-employee"],
    simulation: simulate(model, { iterations: 5_000, seed: 42, services: [product] }),
    valueOfInformation: valueOfInformation(model, { iterations: 5_000, seed: 42 }),
    // Where does onboarding lose time, which practices do the streams lean on, where do journeys hurt?
    onboarding: flowMetrics(model, "onboard-employee"),
    unusedPractices: practiceCoverage(model).unusedPractices,
    journey: journeySummary(model, model.journeys[0]!.id),
    // The ITIL health checks a CI build runs.
    findings: lintModel(model),
  };
}

/** Print the answers in a few lines. */
export function summary(model: Model): string[] {
  const a = analyse(model);
  const money = (n: number) => `${Math.round(n).toLocaleString("en-US")} ${model.currency}`;
  return [
    `Smart Collaboration costs ${money(a.tco.total)} over ${model.horizonYears} years (PV ${money(a.tco.presentValue)}).`,
    `Sales is shown ${money(a.showback["bu-sales"]!.total)}; its value balance is ${money(a.salesValueBalance.presentValue)} (PV).`,
    `Fund ${a.portfolio.selected.join(" + ")} with 450,000: net ${money(a.portfolio.net)}.`,
    `MFA: ROI ${(a.mfaReturn.roi! * 100).toFixed(0)}%, payback ${a.mfaReturn.paybackYears?.toFixed(1)} years, loss in ${(a.simulation.investments["mfa-rollout"]!.net.probabilityNegative! * 100).toFixed(1)}% of simulated futures.`,
    `Measure ${a.valueOfInformation.byEstimate[0]?.path ?? "nothing"} first (EVPPI ${money(a.valueOfInformation.byEstimate[0]?.evppi ?? 0)}).`,
    `Onboarding: lead time ${a.onboarding.leadTimeHours} h, flow efficiency ${((a.onboarding.flowEfficiency ?? 0) * 100).toFixed(1)}%, bottleneck ${a.onboarding.bottleneck}.`,
    `Health checks: ${a.findings.length} findings (${a.findings.filter((f) => f.severity === "error").length} errors).`,
  ];
}

// Run directly (`npx tsx examples/analyse.ts`): print the summary of the modern workplace.
if (import.meta.url === `file://${process.argv[1]}`) console.log(summary(modernWorkplace).join("\n"));
