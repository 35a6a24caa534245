/** A record keyed by element ids. */
export type IdRecord<T> = Record<string, T>;

/**
 * An empty record keyed by element ids, without a prototype, so that an id such as `constructor` or `toString`
 * behaves like any other (a lookup of a missing id gives `undefined`, never an inherited function).
 * @example idRecord<number>()["constructor"] // undefined
 */
export function idRecord<T>(entries?: Iterable<readonly [string, T]>): IdRecord<T> {
  const record = Object.create(null) as IdRecord<T>;
  if (entries) for (const [k, v] of entries) record[k] = v;
  return record;
}
