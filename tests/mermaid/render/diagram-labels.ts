import { parse as parseYaml } from "yaml";

/**
 * The labels a reader should see in a diagram, as written in the Mermaid text (still in Mermaid's `#name;`/`#35;`
 * entity form; decode them with `decodeMermaidEntities`). Knows the diagram types our views emit: flowchart,
 * journey, quadrantChart, sankey-beta and mindmap. Anything else is an error, so a new view cannot go unchecked.
 * @example diagramLabels('flowchart LR\n  n1["Mail #35;1"] --> n2["DNS"]') // ["Mail #35;1", "DNS"]
 */
export function diagramLabels(text: string): string[] {
  const { frontMatter, body } = splitFrontMatter(text);
  const lines = body.split("\n").filter((l) => l.trim() !== "" && !l.trim().startsWith("%%"));
  const header = lines.shift()?.trim() ?? "";
  const type = header.split(/\s+/)[0] ?? "";
  const labels: string[] = [];
  switch (type) {
    case "flowchart":
    case "graph":
      // NOTE: Mermaid 11 and 12 show a front-matter title above flowcharts only (not journey, quadrant, sankey, mindmap),
      // and as it is: entity codes are decoded in the diagram text, not in the front matter. Its "#" is written as "#35;"
      // here so that decoding gives the title back unchanged.
      if (typeof frontMatter.title === "string" && frontMatter.title.trim() !== "") labels.push(frontMatter.title.replace(/#/g, "#35;"));
      for (const line of lines) labels.push(...flowchartLineLabels(line.trim()));
      break;
    case "journey":
      for (const line of lines) labels.push(...journeyLineLabels(line.trim()));
      break;
    case "quadrantChart":
      for (const line of lines) labels.push(...quadrantLineLabels(line.trim()));
      break;
    case "sankey-beta":
    case "sankey":
      for (const line of lines) labels.push(...parseCsvRow(line).slice(0, 2));
      break;
    case "mindmap":
      for (const line of lines) labels.push(...mindmapLineLabels(line.trim()));
      break;
    default:
      throw new Error(`diagramLabels: unknown diagram type ${JSON.stringify(header)}`);
  }
  return [...new Set(labels.filter((l) => l.trim() !== ""))];
}

function splitFrontMatter(text: string): { frontMatter: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) return { frontMatter: {}, body: text };
  const parsed = parseYaml(m[1]!) as unknown;
  return { frontMatter: parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {}, body: text.slice(m[0].length) };
}

/** Lines that carry no reader-visible text. */
const FLOWCHART_NON_LABEL = /^(click|classDef|class|style|linkStyle|direction|accTitle|accDescr|end$)\b/;

function flowchartLineLabels(line: string): string[] {
  if (FLOWCHART_NON_LABEL.test(line)) return [];
  // Node metadata `n1@{ shape: rect, label: "x" }`: only the label is text.
  const withoutMeta = line.replace(/@\{([^}]*)\}/g, (_, meta: string) => {
    const label = /label:\s*"([^"]*)"/.exec(meta);
    return label ? `["${label[1]}"]` : "";
  });
  // `<br>` in a flowchart label is a line break, not text: each line must show.
  return [...withoutMeta.matchAll(/"([^"]*)"/g)].flatMap((m) => m[1]!.split(/<br\s*\/?>/i));
}

function journeyLineLabels(line: string): string[] {
  const keyword = /^(title|section)\s+(.*)$/.exec(line);
  if (keyword) return [keyword[2]!];
  if (/^(accTitle|accDescr)\b/.test(line)) return [];
  // A task: `name: score: actor, actor` (a name cannot hold ":").
  const parts = line.split(":");
  if (parts.length < 2) return [line];
  const actors = (parts[2] ?? "").split(",").map((a) => a.trim());
  return [parts[0]!.trim(), ...actors];
}

function quadrantLineLabels(line: string): string[] {
  const unquote = (s: string) => s.trim().replace(/^"(.*)"$/, "$1");
  const keyword = /^(title|quadrant-[1-4])\s+(.*)$/.exec(line);
  if (keyword) return [unquote(keyword[2]!)];
  const axis = /^[xy]-axis\s+(.*)$/.exec(line);
  if (axis) return axis[1]!.split("-->").map(unquote);
  if (/^(classDef|accTitle|accDescr)\b/.test(line)) return [];
  // A point: `"name": [0.123, 0.456]` or `name:::class: [x, y] radius: 10`.
  const point = /^("[^"]*"|[^:]+?)(:::[\w-]+)?\s*:\s*\[/.exec(line);
  if (point) return [unquote(point[1]!)];
  throw new Error(`diagramLabels: unrecognised quadrantChart line ${JSON.stringify(line)}`);
}

/** One row of RFC 4180 CSV (sankey-beta's format): fields in double quotes may hold commas and doubled quotes. */
export function parseCsvRow(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = "";
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else value += line[i++];
      }
      fields.push(value);
      i = line.indexOf(",", i) === -1 ? line.length + 1 : line.indexOf(",", i) + 1;
    } else {
      const end = line.indexOf(",", i);
      fields.push(line.slice(i, end === -1 ? line.length : end));
      i = end === -1 ? line.length + 1 : end + 1;
    }
  }
  return fields;
}

/** Mindmap node shapes, longest delimiters first: `id((text))`, `id))text((`, `id{{text}}`, `id[text]`, `id(text)`, `id)text(`. */
const MINDMAP_SHAPES: readonly [open: string, close: string][] = [
  ["((", "))"],
  ["))", "(("],
  ["{{", "}}"],
  ["[", "]"],
  ["(", ")"],
  [")", "("],
];

function mindmapLineLabels(line: string): string[] {
  if (/^(::icon\(|:::)/.test(line)) return [];
  const unquote = (s: string) => s.replace(/^"(.*)"$/s, "$1").replace(/^`(.*)`$/s, "$1");
  for (const [open, close] of MINDMAP_SHAPES) {
    const at = line.indexOf(open);
    if (at >= 0 && !/[\s"]/.test(line.slice(0, at)) && line.endsWith(close) && line.length >= at + open.length + close.length) {
      return [unquote(line.slice(at + open.length, line.length - close.length))];
    }
  }
  return [unquote(line)];
}
