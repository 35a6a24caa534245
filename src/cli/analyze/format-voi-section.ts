import type { Style } from "../style.js";
import { formatTable } from "./format-table.js";
import { formatMoney } from "../../report/format-values.js";
import type { VoiRow } from "./voi-section.js";

/** The value-of-investment section as text: tangible, intangible (apart), risk reduction, costs and net, per investment. */
export function formatVoiSection(rows: readonly VoiRow[], currency: string, style: Style): string[] {
  const out = [style.bold(`Value of investments (present values in ${currency}; net = tangible + intangible + risk reduction - costs)`)];
  if (rows.length === 0) return [...out, "  The model has no investments."];
  out.push(
    ...formatTable(
      [
        { title: "investment" },
        { title: "tangible", align: "right" },
        { title: "intangible", align: "right" },
        { title: "risk reduction", align: "right" },
        { title: "costs", align: "right" },
        { title: "net", align: "right" },
      ],
      rows.map((r) => [r.id, formatMoney(r.tangible), formatMoney(r.intangible), formatMoney(r.riskReduction), formatMoney(r.costs), formatMoney(r.net)]),
    ),
  );
  return out;
}
