import type { Page } from "playwright-core";
import { diagramLabels } from "./diagram-labels.js";

/**
 * Decode Mermaid's entity codes the way Mermaid does (`#35;` is `&#35;`, `#quot;` is `&quot;`, then HTML decodes),
 * with the page's own HTML parser for named entities.
 * @example await decodeMermaidEntities(page, ["a #35; b #lt;c#gt;"]) // ["a # b <c>"]
 */
export async function decodeMermaidEntities(page: Page, labels: readonly string[]): Promise<string[]> {
  return (await page.evaluate(`((labels) => labels.map((label) => label.replace(/#(\\w+);/g, (code, name) => {
    if (/^\\+?\\d+$/.test(name)) return String.fromCodePoint(Number(name));
    const t = document.createElement("textarea");
    t.innerHTML = "&" + name + ";";
    return t.value;
  })))(${JSON.stringify(labels)})`)) as string[];
}

/**
 * The labels of a diagram (see `diagramLabels`) that its rendered SVG does not show: each decoded label must appear in
 * the visible text. Whitespace is ignored on both sides, since Mermaid wraps long labels into lines.
 */
export async function missingLabels(page: Page, text: string, visibleText: string): Promise<string[]> {
  const raw = diagramLabels(text);
  const decoded = await decodeMermaidEntities(page, raw);
  const squash = (s: string) => s.replace(/\s+/g, "");
  const shown = squash(visibleText);
  return decoded.filter((label) => !shown.includes(squash(label)));
}
