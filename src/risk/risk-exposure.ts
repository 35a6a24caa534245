import { invalidArgument } from "../model/errors.js";
import { closestMatch } from "../model/suggest.js";
import { assertParsedModel } from "../model/assert-parsed-model.js";
import { dependencyIndex } from "../graph/dependency-index.js";
import { idRecord, type IdRecord } from "../model/id-record.js";
import { meanAnnualLoss } from "../model/mean-annual-loss.js";
import type { Model } from "../model/schema/model.js";

/** The result of {@link riskExposure}: expected annual losses, in the model's currency per year. */
export interface RiskExposure {
  /** Each risk's expected annual loss. */
  byRisk: IdRecord<number>;
  /**
   * Per element, the sum of the expected annual losses of the risks that reach it: risks that affect it, and risks that
   * affect anything it needs, directly or transitively (a value stream sees the risks of the services under its steps).
   * Each risk counts once per element, however many paths lead to it. An element exposed to nothing is absent.
   * NOTE: exposures overlap (a risk on the network also shows on every service that needs the network), so
   * they do not add up across elements; the portfolio total is `total`.
   */
  byElement: IdRecord<number>;
  /** How many risks reach each element (same keys as `byElement`). */
  countByElement: IdRecord<number>;
  /** With `{ listRisks: true }`: the risks reaching each element (same keys as `byElement`), in model order. */
  risksByElement?: IdRecord<string[]>;
  /** Sum of every risk's expected annual loss. */
  total: number;
}

/** Options of {@link riskExposure}. */
export interface RiskExposureOptions {
  /** Also list, per element, which risks reach it (can be large: risks x elements). Default false. */
  listRisks?: boolean;
}

/**
 * Exposure of every element to the model's risks, rolled up along dependencies: a risk that affects an element also
 * exposes everything that needs that element (`dependentsOf`, transitive). Linear in risks x reached elements.
 * @example riskExposure(model).byElement["onboard-employee"] // risks of the services its steps use, summed
 */
export function riskExposure(model: Model, options: RiskExposureOptions = {}): RiskExposure {
  assertParsedModel("riskExposure", model);
  if (options === null || typeof options !== "object") invalidArgument("riskExposure", "options must be an object such as { listRisks: true }", options);
  for (const key of Object.keys(options)) {
    if (key !== "listRisks") invalidArgument("riskExposure", `unknown option "${key}"${closestMatch(key, ["listRisks"]) ? ' (did you mean "listRisks"?)' : ""}`, key);
  }
  const index = dependencyIndex(model);
  const n = index.keys.length;
  const exposure = new Float64Array(n);
  const count = new Int32Array(n);
  const reachedBy: number[][] | undefined = options.listRisks ? [] : undefined;
  // stamp[v] = the last risk that reached v: each risk counts once per element without a set per risk.
  const stamp = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const byRisk = idRecord<number>();
  let total = 0;
  model.risks.forEach((risk, r) => {
    const loss = meanAnnualLoss(risk);
    byRisk[risk.id] = loss;
    total += loss;
    let tail = 0;
    for (const id of risk.affects) {
      const v = index.ordinal.get(id)!;
      if (stamp[v] !== r) {
        stamp[v] = r;
        queue[tail++] = v;
      }
    }
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      exposure[v]! += loss;
      count[v]!++;
      if (reachedBy) (reachedBy[v] ??= []).push(r);
      for (const w of index.neededBy[v]!) {
        if (stamp[w] === r) continue;
        stamp[w] = r;
        queue[tail++] = w;
      }
    }
  });
  const byElement = idRecord<number>();
  const countByElement = idRecord<number>();
  const risksByElement = reachedBy ? idRecord<string[]>() : undefined;
  for (let v = 0; v < n; v++) {
    if (stamp[v] === -1) continue;
    byElement[index.keys[v]!] = exposure[v]!;
    countByElement[index.keys[v]!] = count[v]!;
    if (risksByElement) risksByElement[index.keys[v]!] = reachedBy![v]!.map((r) => model.risks[r]!.id);
  }
  return { byRisk, byElement, countByElement, ...(risksByElement ? { risksByElement } : {}), total };
}
