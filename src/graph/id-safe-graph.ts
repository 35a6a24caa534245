import { MultiDirectedGraph } from "graphology";
import type { Attributes, GraphOptions } from "graphology-types";
import { invariant } from "../model/errors.js";

const hasOwnProperty = Object.prototype.hasOwnProperty;

/**
 * An adjacency object that inherits nothing, so that no id can hit an inherited property. It carries its own
 * non-enumerable `hasOwnProperty` (graphology calls it; it is not a valid id). Objects without a prototype also start in
 * V8's dictionary mode, which makes adding 100,000 edges about a fifth faster than with `{}`.
 */
function adjacency(): object {
  return Object.defineProperty(Object.create(null) as object, "hasOwnProperty", { value: hasOwnProperty });
}

type NodeDataClass = new (key: string, attributes: unknown) => { in: object; out: object; clear(): void };
const safeClasses = new WeakMap<NodeDataClass, NodeDataClass>();

/** Swap the graph's node data class for one whose adjacency objects inherit nothing from `Object.prototype`. */
function protectAdjacency(graph: object): void {
  const holder = graph as { NodeDataClass?: NodeDataClass };
  const Base = holder.NodeDataClass;
  invariant(typeof Base === "function" && typeof Base.prototype.clear === "function", "graphology's NodeDataClass is not what 0.26 had");
  let Safe = safeClasses.get(Base);
  if (!Safe) {
    Safe = class extends Base {
      override clear(): void {
        super.clear();
        this.in = adjacency();
        this.out = adjacency();
      }
    };
    safeClasses.set(Base, Safe);
  }
  holder.NodeDataClass = Safe;
}

/**
 * A graphology `MultiDirectedGraph` where any id works as a node key, `constructor` included.
 * NOTE: graphology 0.26 indexes neighbours in plain objects (`{}`, graphology issue #188), so a node keyed `constructor`
 * finds `Object.prototype.constructor` as its "edge" and corrupts the global `Object`. This subclass gives those objects no
 * prototype; its copies (`copy`, `emptyCopy`, `nullCopy`) are protected the same way. It relies on
 * graphology's private `NodeDataClass`, which is why the version is pinned; tests/graph cover it.
 */
export class IdSafeMultiDirectedGraph<N extends Attributes = Attributes, E extends Attributes = Attributes> extends MultiDirectedGraph<N, E> {
  constructor(options?: Partial<GraphOptions>) {
    super(options);
    protectAdjacency(this);
  }

  override nullCopy(options?: Partial<GraphOptions>): MultiDirectedGraph<N, E> {
    const copy = super.nullCopy(options) as MultiDirectedGraph<N, E>;
    protectAdjacency(copy);
    return copy;
  }
}
