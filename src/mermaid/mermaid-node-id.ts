import { ID_PATTERN } from "../model/primitives.js";

/**
 * The Mermaid node id of a model element: `n_` and the element id with `-` written `_` (`mail-security` →
 * `n_mail_security`). Element ids are kebab-case, so the mapping is one to one, and the prefix keeps a Mermaid keyword
 * (`end`, `style`, `click`, `graph`) or a number from ever standing as an id. Any other string (not a valid element
 * id) becomes `h_` and the hex codes of its UTF-16 units, so no input can produce a bad id. Views name their own nodes
 * (groups, totals) with an `x_` prefix, which neither form can produce.
 * @example mermaidNodeId("end") // "n_end"
 * @example mermaidNodeId("Not an id") // "h_004e006f007400200061006e002000690064"
 */
export function mermaidNodeId(id: string): string {
  if (typeof id === "string" && ID_PATTERN.test(id)) return `n_${id.replace(/-/g, "_")}`;
  const s = String(id);
  let hex = "";
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, "0");
  return `h_${hex}`;
}
