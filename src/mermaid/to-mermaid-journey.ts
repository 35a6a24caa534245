import type { Model } from "../model/schema/model.js";
import { ITIL4_JOURNEY_STAGES } from "../reference/itil4.js";
import { elementOrThrow } from "./element-or-throw.js";
import { MAX_TITLE_LENGTH, cleanLabel, journeyActor, journeyText } from "./escape.js";
import { warnOverTextSize, type MermaidDiagram } from "./mermaid-diagram.js";
import { readOptions, type TitledViewOptions, viewTitle } from "./view-options.js";

/** Options of {@link toMermaidJourney}. */
export type JourneyOptions = TitledViewOptions;

const FN = "toMermaidJourney";
const KEYS = ["title", "maxLabelLength", "limits"];

/**
 * Mermaid's journey score of a satisfaction (1 to 5, any decimal): rounded half up to a whole number and kept within
 * 1..5, since Mermaid colours and draws faces by whole scores (and still parses a 9 without complaint).
 * @example journeyScore(3.5) // 4
 * @example journeyScore(2.49) // 2
 */
export function journeyScore(satisfaction: number): number {
  if (!Number.isFinite(satisfaction)) return 3;
  return Math.min(5, Math.max(1, Math.floor(satisfaction + 0.5)));
}

/**
 * A customer journey as a Mermaid `journey` diagram: one section per stage in the ITIL 4 order (explore, engage, offer,
 * agree, onboard, co-create, realize; a stage listed twice is one section, stages without touchpoints are left out),
 * one task per touchpoint in model order, scored by its satisfaction (see {@link journeyScore}: a satisfaction that is
 * not whole is rounded half up, 2.5 to 3, since Mermaid draws whole scores only), with the names of its actors.
 * Journey text has no quoting: `#`, `;`, `:`, `,`, `%`, `<`, `>` in names become fullwidth look-alikes (see
 * `journeyText`). Actors with the same name are told apart by their id in brackets.
 * Throws `ModelError("not-found")` for an unknown journey id, with a suggestion.
 * @example toMermaidJourney(model, "sales-collaboration-journey").text
 * // "journey\n  title Sales adopts Smart Collaboration\n  section Explore\n    Sales asks how ...: 4: Sales， Corporate IT\n..."
 */
export function toMermaidJourney(model: Model, journeyId: string, options?: JourneyOptions): MermaidDiagram {
  const entry = elementOrThrow(FN, model, journeyId, ["journey"]);
  const { common } = readOptions(FN, options, KEYS);
  const journey = model.journeys[entry.path[1] as number]!;
  const max = common.maxLabelLength;
  const warnings: string[] = [];

  // Names shown for actors, told apart when two stakeholders show the same name.
  const names = new Map<string, string>();
  const shownBy = new Map<string, string>();
  for (const s of model.stakeholders) {
    const shown = journeyActor(s.name, max, s.id);
    names.set(s.id, shownBy.has(shown) ? journeyActor(`${cleanLabel(s.name, max, s.id)} (${s.id})`, max + s.id.length + 3) : shown);
    shownBy.set(shown, s.id);
  }

  const lines = ["journey"];
  const title = viewTitle(common, journey.name);
  if (title !== undefined) lines.push(`  title ${journeyText(title, MAX_TITLE_LENGTH, journey.id)}`);
  for (const stage of ITIL4_JOURNEY_STAGES) {
    const touchpoints = journey.stages.filter((s) => s.stage === stage.id).flatMap((s) => s.touchpoints);
    if (touchpoints.length === 0) continue;
    lines.push(`  section ${journeyText(stage.name)}`);
    for (const t of touchpoints) {
      const score = journeyScore(t.satisfaction);
      const actors = t.actors.map((a) => names.get(a) ?? journeyActor(a, max));
      lines.push(`    ${journeyText(t.name, max)}: ${score}${actors.length > 0 ? `: ${actors.join(", ")}` : ""}`);
    }
  }
  const text = `${lines.join("\n")}\n`;
  warnOverTextSize(warnings, FN, text, common.limits, "Lower maxLabelLength or raise the limit.");
  return { text, warnings };
}
