/**
 * The real Mermaid 11 and 12 parsers, for tests that run in vitest's jsdom environment (`// @vitest-environment jsdom`
 * at the top of the file: Mermaid needs `window`). `parsed` returns the parsed diagram with its database, so that tests
 * read what Mermaid itself understood (nodes, edges, classes, labels), not what a regex finds in our text.
 */
export const MERMAID_VERSIONS = [11, 12] as const;
/** A Mermaid major version under test. */
export type MermaidVersion = (typeof MERMAID_VERSIONS)[number];

interface MermaidApi {
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ type: string; db: unknown }> };
}

const loaded = new Map<MermaidVersion, Promise<MermaidApi>>();

/** Mermaid of one major version (loaded once per test file). */
export function mermaidOf(version: MermaidVersion): Promise<MermaidApi> {
  let m = loaded.get(version);
  if (!m) {
    m = (version === 11 ? import("mermaid") : import("mermaid12")).then((mod) => mod.default as unknown as MermaidApi);
    loaded.set(version, m);
  }
  return m;
}

/** A diagram as Mermaid parsed it: its type and its database (typed loosely: each diagram type has its own). */
export interface ParsedDiagram {
  type: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: any;
}

/** Parse with `mermaid.parse` (throws on a syntax error), then return the diagram and its database. */
export async function parsed(version: MermaidVersion, text: string): Promise<ParsedDiagram> {
  const mermaid = await mermaidOf(version);
  await mermaid.parse(text);
  return mermaid.mermaidAPI.getDiagramFromText(text);
}

/** Parse with both versions; resolves to the error messages (empty when both accept the text). */
export async function parseErrors(text: string): Promise<string[]> {
  const errors: string[] = [];
  for (const version of MERMAID_VERSIONS) {
    try {
      await (await mermaidOf(version)).parse(text);
    } catch (error) {
      errors.push(`Mermaid ${version}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return errors;
}

/**
 * What Mermaid shows for a label its parser kept: `#35;` entity codes become placeholders (`ﬂ°°35¶ß`) when Mermaid
 * reads the text, and `&#35;` in the SVG, which the browser shows as `#`. Decodes the numeric ones (the only kind our
 * views write) and Mermaid's line breaks, and drops the word joiners (U+2060, invisible) the escaping puts between
 * characters Mermaid would otherwise read together (its placeholder pairs, a backslash before n).
 */
export function displayed(label: string): string {
  // Line breaks first: a `<br/>` typed by a user is coded (`#60;br/#62;`) and must come out as text.
  return label
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\u2060/g, "");
}

/** A label as people see it: without the invisible word joiners (U+2060) the escaping inserts. */
export function visible(label: string): string {
  return label.replace(/\u2060/g, "");
}

/** A flowchart as Mermaid parsed it: nodes (with decoded labels and classes), edges, subgraphs, class names. */
export interface ParsedFlowchart {
  nodes: Map<string, { label: string; classes: string[]; shape: string; link: string | undefined }>;
  edges: { from: string; to: string; stroke: string; label: string }[];
  subgraphs: { id: string; title: string; nodes: string[] }[];
  classDefs: string[];
  title: string | undefined;
}

/** Parse a flowchart with Mermaid `version` and read its database. Throws when it is not a flowchart. */
export async function parsedFlowchart(version: MermaidVersion, text: string): Promise<ParsedFlowchart> {
  const d = await parsed(version, text);
  if (d.type !== "flowchart-v2") throw new Error(`expected a flowchart, got ${d.type}`);
  const nodes = new Map<string, { label: string; classes: string[]; shape: string; link: string | undefined }>();
  for (const v of d.db.getVertices().values() as Iterable<{ id: string; text: string; classes: string[]; type: string; link?: string }>) {
    nodes.set(v.id, { label: displayed(v.text), classes: v.classes.filter((c) => c !== "clickable"), shape: v.type, link: v.link ?? undefined });
  }
  const edges = (d.db.getEdges() as { start: string; end: string; stroke: string; text: string }[]).map((e) => ({
    from: e.start,
    to: e.end,
    stroke: e.stroke,
    label: displayed(e.text),
  }));
  const subgraphs = (d.db.getSubGraphs() as { id: string; title: string; nodes: string[] }[]).map((s) => ({ id: s.id, title: displayed(s.title), nodes: s.nodes }));
  const classDefs = [...(d.db.getClasses() as Map<string, unknown>).keys()];
  const front = /^---\ntitle: (.*)\n---\n/.exec(text);
  return { nodes, edges, subgraphs, classDefs, title: front ? (JSON.parse(front[1]!) as string) : undefined };
}
