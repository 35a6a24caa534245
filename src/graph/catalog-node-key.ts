/**
 * The node key of a practice or value chain activity (ids never contain ":", so these never collide with elements).
 * @example catalogNodeKey("practice", "incident-management") // "practice:incident-management"
 */
export function catalogNodeKey(kind: "practice" | "activity", id: string): string {
  return `${kind}:${id}`;
}
