/**
 * servicevalue: model services the ITIL 4 way and answer what they cost, what value they create,
 * what is at risk and which investment is worth making. Named exports only.
 * @packageDocumentation
 */
export * from "./reference/itil4.js";
export { inverseNormalCdf } from "./stats/inverse-normal-cdf.js";
