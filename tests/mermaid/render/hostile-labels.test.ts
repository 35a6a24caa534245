import { expect, it } from "vitest";
import { drawModelDrawing, modelDrawings } from "../../../src/cli/render/model-drawings.js";
import { toMermaidView } from "../../../src/mermaid/to-mermaid-view.js";
import { MERMAID_MAJORS } from "../../../src/cli/render/resolve-mermaid-bundle.js";
import { ModelError } from "../../../src/model/errors.js";
import { parseModel } from "../../../src/model/parse-model.js";
import type { Model } from "../../../src/model/schema/model.js";
import { HOSTILE_LABELS } from "../../fixtures/hostile-labels.js";
import { hostileModelInput } from "./hostile-model.js";
import { useMermaidBrowser } from "./mermaid-browser.js";
import { missingLabels } from "./missing-labels.js";
import { mountAndProbe } from "./xss-trap.js";

/**
 * Every view with every hostile label of the corpus, rendered by the real Mermaid 11 and 12 in Chromium and mounted
 * the way a docs site mounts it (securityLevel strict): no error, every label shown, nothing run, no script, event
 * handler or javascript: link in the DOM. The corpus is split in groups; each group names every element of a model
 * (see hostileModelInput), so one diagram per view carries the whole group in every name position.
 */
const mermaid = useMermaidBrowser();

/** A name must hold a visible character; the corpus's blank entries cannot be names (checked below), only labels. */
const isName = (text: string) => text !== "" && /\S/.test(text);
const NAMES = HOSTILE_LABELS.filter((h) => isName(h.text));
const GROUP_SIZE = 18;
const GROUPS = Array.from({ length: Math.ceil(NAMES.length / GROUP_SIZE) }, (_, g) => NAMES.slice(g * GROUP_SIZE, (g + 1) * GROUP_SIZE));


/** Each drawing once, the per-element views for the element that touches every name (see hostileModelInput). */
const FOCUS: Readonly<Record<string, string>> = { "value-stream": "vs-0", journey: "journey-0", dimensions: "svc-0", impact: "res-0" };

function diagramsOf(model: Model): { view: string; text: string }[] {
  return modelDrawings(model)
    .filter((d) => d.id === undefined || FOCUS[d.view] === d.id)
    .map((d) => ({ view: d.stem, text: drawModelDrawing(model, d).text }));
}

it("uses every entry of the corpus: the blank ones are refused as names", () => {
  const blank = HOSTILE_LABELS.filter((h) => !isName(h.text));
  expect(blank.map((h) => h.name).sort()).toEqual(["empty", "only spaces"]);
  for (const { text } of blank) {
    const failure = (() => {
      try {
        parseModel({ name: text });
      } catch (e) {
        return e;
      }
    })();
    expect(failure).toBeInstanceOf(ModelError);
    expect([...new Set((failure as ModelError).issues.map((i) => i.path))]).toEqual(["name"]);
  }
  expect(GROUPS.flat().length + blank.length).toBe(HOSTILE_LABELS.length);
});

/** What a diagram's rendering got wrong in one Mermaid version, and the labels it does not show. */
interface Findings {
  problems: string[];
  missing: { where: string; label: string }[];
}

/**
 * Mount the diagrams in Mermaid 11 and 12 side by side (each in its own page): errors, scripts run, dangerous
 * markup in the DOM and dialogs are problems; labels not shown are listed apart (some are known defects).
 */
async function mountInBoth(diagrams: readonly { what: string; text: string }[]): Promise<Findings> {
  const each = await Promise.all(
    MERMAID_MAJORS.map(async (major): Promise<Findings> => {
      const page = mermaid.renderer(major).page;
      const probe = await mountAndProbe(page, diagrams.map((d) => d.text));
      const at = (i: number) => `Mermaid ${major} ${diagrams[i]!.what}`;
      const problems = [
        ...probe.errors.map((e) => `${at(Number(e.split(":")[0]))}: ${e}`),
        ...probe.calls.map((c) => `Mermaid ${major}: script ran: ${c}`),
        ...probe.dangerous.map((d) => `Mermaid ${major}: dangerous markup in the DOM: ${d}`),
      ];
      const missing: Findings["missing"] = [];
      for (const [i, { text }] of diagrams.entries()) {
        for (const label of await missingLabels(page, text, probe.visibleTexts[i]!)) missing.push({ where: at(i), label });
      }
      return { problems, missing };
    }),
  );
  return { problems: [...each.flatMap((f) => f.problems), ...mermaid.dialogs()], missing: each.flatMap((f) => f.missing) };
}

/** Labels not shown (Mermaid's entity placeholders and a backslash before n were such cases, now escaped). */
const unexplained = (missing: Findings["missing"]) => missing.map((m) => `${m.where}: label not shown: ${JSON.stringify(m.label)}`);

it.each(GROUPS.map((group, g) => [`${g + 1} of ${GROUPS.length}`, group] as const))(
  "renders every view with hostile labels in Mermaid 11 and 12, group %s, showing them and running none",
  async (_, group) => {
    const model = parseModel(hostileModelInput(group.map((h) => h.text)));
    const { problems, missing } = await mountInBoth(diagramsOf(model).map((d) => ({ what: d.view, text: d.text })));
    expect(problems).toEqual([]);
    expect(unexplained(missing)).toEqual([]);
  },
);

it("renders every hostile name as a diagram title in Mermaid 11 and 12 (flowchart front matter, quadrant chart title)", async () => {
  const diagrams = NAMES.flatMap(({ name, text }) => {
    const empty = parseModel({ name: text });
    return [
      { what: `${name}: service-map title`, text: toMermaidView(empty, "service-map").text },
      { what: `${name}: portfolio-quadrant title`, text: toMermaidView(empty, "portfolio-quadrant", { title: text }).text },
    ];
  });
  const { problems, missing } = await mountInBoth(diagrams);
  expect(problems).toEqual([]);
  expect(unexplained(missing)).toEqual([]);
});
