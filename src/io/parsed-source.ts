/** Where a value of a source text is: the offset of the value, and of its key when it is a mapping entry. */
export interface NodeOffsets {
  offset: number;
  keyOffset?: number;
}

/** Finds a node of a parsed source by path segments; `undefined` when the path does not exist there. */
export type NodeFinder = (path: readonly (string | number)[]) => NodeOffsets | undefined;

/**
 * A YAML or JSON text read into plain data, with a way back from paths in that data to places in the text.
 * `finder` is built on demand (only invalid models need locations), for the paths in `wanted` (dot/bracket form).
 */
export interface ParsedSource {
  value: unknown;
  /** True when the text holds nothing but white space and comments. */
  empty: boolean;
  finder: (wanted: ReadonlySet<string>) => NodeFinder;
}
