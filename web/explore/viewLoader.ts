import { queryGraphQL } from '../shared/graphqlClient';
import {
  DETAILS_QUERY,
  DetailsAnswer,
  EntityDetails,
  GraphEdge,
  GraphNode,
  GraphPath,
  EXPANSION_LIMIT,
  NEIGHBOURHOOD_LIMIT,
  NeighbourhoodRequest,
  SEARCH_QUERY,
  SearchAnswer,
  Subgraph,
  viewQuery,
} from './explorerQueries';
import { ViewState } from './viewState';

export interface DrawnEdge extends GraphEdge {
  id: string;
}

/** Everything a view draws: the merged neighbourhoods, and the path when both ends are chosen. */
export interface ViewGraph {
  nodes: Map<string, GraphNode>;
  edges: Map<string, DrawnEdge>;
  /** Ids whose neighbourhood was cut short at the limit. */
  truncated: string[];
  /** Undefined when no path was asked for, null when there is none within reach. */
  path: GraphPath | null | undefined;
}

export const edgeId = (edge: GraphEdge): string => `${edge.from}|${edge.type}|${edge.to}`;

export const EMPTY_GRAPH: ViewGraph = { nodes: new Map(), edges: new Map(), truncated: [], path: undefined };

/**
 * Fetches what a view needs and remembers it, so that selecting, going back
 * or expanding asks the API only for what it has not answered yet, and in
 * one request.
 */
export class ViewLoader {
  private readonly neighbourhoods = new Map<string, Subgraph>();
  private readonly paths = new Map<string, GraphPath | null>();
  private readonly details = new Map<string, Promise<EntityDetails | null>>();
  /** Entities whose details changed since they were read: read again past the browser's copy. */
  private readonly changed = new Set<string>();

  constructor(private readonly endpoint: string) {}

  async load(state: ViewState): Promise<ViewGraph> {
    const wanted = this.neighbourhoodsOf(state);
    const pathKey = state.pathFrom && state.pathTo ? `${state.pathFrom}>${state.pathTo}` : null;
    const missing = wanted.filter((entry) => !this.neighbourhoods.has(key(entry)));
    const pathMissing = pathKey !== null && !this.paths.has(pathKey);
    if (missing.length > 0 || pathMissing) {
      const path = pathMissing ? { from: state.pathFrom!, to: state.pathTo! } : null;
      const { query, variables } = viewQuery(missing, path);
      const answer = await queryGraphQL<Record<string, Subgraph | GraphPath | null>>(this.endpoint, query, variables);
      missing.forEach((entry, index) => this.neighbourhoods.set(key(entry), answer[`n${index}`] as Subgraph));
      if (pathMissing) this.paths.set(pathKey!, (answer.path as GraphPath | null) ?? null);
    }
    return merge(
      wanted.map((entry) => ({ id: entry.id, subgraph: this.neighbourhoods.get(key(entry))! })),
      pathKey === null ? undefined : this.paths.get(pathKey)!,
    );
  }

  search(text: string, signal: AbortSignal): Promise<GraphNode[]> {
    return queryGraphQL<SearchAnswer>(this.endpoint, SEARCH_QUERY, { text }, signal).then((answer) => answer.search.map((hit) => hit.entity));
  }

  entityDetails(id: string): Promise<EntityDetails | null> {
    let details = this.details.get(id);
    if (!details) {
      const revalidate = this.changed.delete(id);
      details = queryGraphQL<DetailsAnswer>(this.endpoint, DETAILS_QUERY, { id }, undefined, revalidate).then((answer) => answer.entity);
      // A failed request is not remembered: the next selection tries again.
      details.catch(() => this.details.delete(id));
      this.details.set(id, details);
    }
    return details;
  }

  /** The entity changed: its details are read again when next shown. */
  forgetDetails(id: string): void {
    this.details.delete(id);
    this.changed.add(id);
  }

  private neighbourhoodsOf(state: ViewState): NeighbourhoodRequest[] {
    if (!state.focus) return [];
    const expanded = state.expanded.filter((id) => id !== state.focus).map((id) => ({ id, depth: 1, limit: EXPANSION_LIMIT }));
    return [{ id: state.focus, depth: state.depth, limit: NEIGHBOURHOOD_LIMIT }, ...expanded];
  }
}

const key = ({ id, depth, limit }: NeighbourhoodRequest) => `${id}@${depth}/${limit}`;

function merge(subgraphs: { id: string; subgraph: Subgraph }[], path: GraphPath | null | undefined): ViewGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, DrawnEdge>();
  const add = (graph: { nodes: GraphNode[]; edges: GraphEdge[] }) => {
    for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of graph.edges) edges.set(edgeId(edge), { ...edge, id: edgeId(edge) });
  };
  for (const { subgraph } of subgraphs) add(subgraph);
  if (path) add(path);
  return {
    nodes,
    edges,
    truncated: subgraphs.filter(({ subgraph }) => subgraph.truncated).map(({ id }) => id),
    path,
  };
}
