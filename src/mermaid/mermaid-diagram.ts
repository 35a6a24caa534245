/** What every `toMermaid...` view returns: the Mermaid text, and what a reader of it should know. */
export interface MermaidDiagram {
  /** Mermaid source, ending in a newline; same model and options, same text, byte for byte. */
  text: string;
  /**
   * What the text leaves out or cannot show as asked: a site limit that forced aggregation or trimming, a link refused,
   * a value that had to be clamped. Each message starts with the view's function name.
   */
  warnings: string[];
}

/**
 * The limits of the Mermaid site that will show the diagram. Mermaid refuses a flowchart with more than `maxEdges`
 * edges (an error diagram) and replaces text longer than `maxTextSize` characters with a placeholder, unless the site
 * raises them in its Mermaid configuration; pass the raised values here so that views emit what the site can show.
 */
export interface MermaidLimits {
  /** Most edges in one flowchart (Mermaid's `maxEdges`; default 500). */
  maxEdges: number;
  /** Most characters (UTF-16 code units) of diagram text (Mermaid's `maxTextSize`; default 50,000). */
  maxTextSize: number;
}

/** Mermaid's own defaults (Mermaid 11 and 12): 500 edges, 50,000 characters. */
export const DEFAULT_MERMAID_LIMITS: Readonly<MermaidLimits> = Object.freeze({ maxEdges: 500, maxTextSize: 50_000 });

/**
 * Add to `warnings` that `text` is over the site's `maxTextSize`, when it is (Mermaid would draw a placeholder instead),
 * with `hint` (a sentence saying what to do) after it.
 */
export function warnOverTextSize(warnings: string[], fn: string, text: string, limits: MermaidLimits, hint = ""): void {
  if (text.length <= limits.maxTextSize) return;
  warnings.push(`${fn}: the diagram text has ${text.length} characters, over maxTextSize ${limits.maxTextSize}: Mermaid will not show it.${hint === "" ? "" : ` ${hint}`}`);
}
