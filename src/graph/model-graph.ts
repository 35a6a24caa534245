import type { MultiDirectedGraph } from "graphology";
import type { ElementKind } from "../model/element-index.js";
import type { Relation } from "../model/references.js";

/** What a graph node stands for: a model element, or an ITIL 4 catalog entry a step uses. */
export type NodeKind = ElementKind | "practice" | "activity";

/**
 * The attributes of a graph node (frozen).
 * Node keys are element ids; a cost or benefit entry without an id is keyed by its path (`costs[4]`); catalog nodes are
 * keyed `practice:<id>` and `activity:<id>` (see `catalogNodeKey`).
 */
export type NodeAttributes = {
  readonly kind: NodeKind;
  /** The element's name; an unnamed cost is called `<category> cost of <of>`; a catalog node has its catalog name. */
  readonly name: string;
  /** Where the element is in the document (`services[3]`); `""` for catalog nodes, which live in the reference pack. */
  readonly path: string;
  /** For a step its value stream, for an offering its service. */
  readonly parent?: string;
};

/**
 * The attributes of a graph edge (frozen). Edges run subject -> object of their relation (`mail --depends-on--> network`,
 * `finance --consumes--> mail`). Edge keys are `<type>:<path>`.
 */
export type EdgeAttributes = {
  readonly type: Relation;
  /**
   * The path of the reference in the document (`services[1].dependsOn[0].service`); for structural edges the path of
   * the part (`valueStreams[0].steps[2]` for `has-step`, `services[0].offerings[1]` for `has-offering`, the step's
   * `practices[k]` or `activity`); for an implied `next-step` the path of the step it leaves.
   */
  readonly path: string;
  /** The weight of the claim, for `depends-on`, `bundles`, `supports` and `consumes` (default 1). */
  readonly share?: number;
};

/** The methods of a graphology graph that change it: left out of {@link ModelGraph}. */
type MutatingMethod<G> = Extract<
  keyof G,
  `add${string}` | `merge${string}` | `update${string}` | `drop${string}` | `clear${string}` | `set${string}` | `remove${string}` | `replace${string}` | "import"
>;

/**
 * The model as a typed graphology multigraph, read-only: the type leaves out every mutating method and node and edge
 * attributes are frozen. The graph is a derived index, cached per model object; the model stays the source of truth.
 * Edit the model and call `toGraph` again; for a graph of your own to change, use `graph.copy()`.
 */
export type ModelGraph = Omit<MultiDirectedGraph<NodeAttributes, EdgeAttributes>, MutatingMethod<MultiDirectedGraph>>;

