import { EntityTypename } from '../shared/vocabulary';
import { GraphNode } from './explorerQueries';
import { groupEvents, ViewLink, ViewNode } from './eventGroups';
import { hopsFrom } from './graphHops';
import { eventSpan, missionSpan, overlaps, yearSpan } from './timeSpans';
import { edgeId, ViewGraph } from './viewLoader';
import { ViewState } from './viewState';

/** Up to this many events a view draws them all; past it, a hub's events are grouped under their missions. */
export const GROUPING_THRESHOLD = 30;

export interface DrawnNode extends ViewNode {
  hop: number;
  /** Lines at this node in the drawing. */
  degree: number;
}

/** What the graph draws of a view, and what it did not draw and why. */
export interface Drawing {
  nodes: Map<string, DrawnNode>;
  links: Map<string, ViewLink>;
  /** Entities past the draw limit, by kind: the farthest and least connected. */
  leftOut: Partial<Record<EntityTypename, number>>;
  leftOutCount: number;
  /** Entities the time range, the kind and relationship filters took out (or cut off from the focus). */
  filteredOut: number;
  /** Whether the view has so many events that they are grouped under their missions. */
  grouping: boolean;
  /** Events drawn as part of their missions. */
  groupedEvents: number;
  /** The API's limit cut a neighbourhood short: more lies beyond what was fetched. */
  truncated: boolean;
  /** Ids on the shortest path, nodes and relationships. */
  onPath: Set<string>;
}

const inTime = (state: ViewState, today: number) => {
  if (!state.years) return () => true;
  const range = yearSpan(state.years);
  return (node: GraphNode): boolean => {
    if (node.__typename === 'Event') {
      const span = eventSpan(node.date, node.datePrecision);
      return span !== null && overlaps(span, range);
    }
    if (node.__typename === 'Mission') {
      const span = missionSpan(node, today);
      return span !== null && overlaps(span, range);
    }
    return true;
  };
};

/**
 * From what a view fetched to what it draws: the time range first (so a
 * group counts only its events in range), then events grouped under their
 * missions, then the kind and relationship filters, then whatever the focus
 * (or an expanded node, or the path) still reaches, closest first, up to the
 * draw limit. The focus and the path are always drawn.
 */
export function buildDrawing(graph: ViewGraph, state: ViewState, today: number): Drawing {
  const onPath = new Set<string>();
  for (const node of graph.path?.nodes ?? []) onPath.add(node.id);
  for (const edge of graph.path?.edges ?? []) onPath.add(edgeId(edge));
  const pinned = (id: string) => id === state.focus || onPath.has(id);

  const timely = inTime(state, today);
  const kept = [...graph.nodes.values()].filter((node) => pinned(node.id) || timely(node));
  const keptIds = new Set(kept.map((node) => node.id));
  const edges = [...graph.edges.values()].filter((edge) => keptIds.has(edge.from) && keptIds.has(edge.to));

  const grouping = kept.filter((node) => node.__typename === 'Event').length > GROUPING_THRESHOLD;
  const grouped = groupEvents(kept, edges, (event, missionId) => {
    if (!grouping || pinned(event.id) || event.id === state.selected) return true;
    return missionId === state.focus || state.opened.includes(missionId) || state.expanded.includes(event.id);
  });

  const hiddenKinds = new Set<string>(state.hiddenKinds);
  const hiddenTypes = new Set(state.hiddenRelationships);
  const visible = [...grouped.nodes.values()].filter((view) => pinned(view.node.id) || !hiddenKinds.has(view.node.__typename));
  const visibleIds = new Set(visible.map((view) => view.node.id));
  const links = [...grouped.links.values()].filter(
    (link) => visibleIds.has(link.from) && visibleIds.has(link.to) && (onPath.has(link.id) || !hiddenTypes.has(link.type)),
  );

  const hops = hopsFrom([state.focus, ...state.expanded, ...(graph.path?.nodes.map((node) => node.id) ?? [])], visibleIds, links);
  const reached = visible.filter((view) => hops.has(view.node.id));
  const degree = new Map<string, number>();
  for (const link of links) {
    degree.set(link.from, (degree.get(link.from) ?? 0) + 1);
    degree.set(link.to, (degree.get(link.to) ?? 0) + 1);
  }
  const must = (view: ViewNode) => pinned(view.node.id) || view.node.id === state.selected || state.expanded.includes(view.node.id);
  const ranked = reached
    .map((view): DrawnNode => ({ ...view, hop: hops.get(view.node.id)!, degree: degree.get(view.node.id) ?? 0 }))
    .sort((a, b) => Number(must(b)) - Number(must(a)) || a.hop - b.hop || b.degree - a.degree || a.node.name.localeCompare(b.node.name));
  const drawn = ranked.slice(0, Math.max(state.drawLimit, ranked.filter(must).length));
  const nodes = new Map(drawn.map((node) => [node.node.id, node]));

  const leftOut: Partial<Record<EntityTypename, number>> = {};
  for (const node of ranked.slice(drawn.length)) leftOut[node.node.__typename] = (leftOut[node.node.__typename] ?? 0) + 1;
  return {
    nodes,
    links: new Map(links.filter((link) => nodes.has(link.from) && nodes.has(link.to)).map((link) => [link.id, link])),
    leftOut,
    leftOutCount: ranked.length - drawn.length,
    filteredOut: graph.nodes.size - kept.length + grouped.nodes.size - reached.length,
    grouping,
    groupedEvents: drawn.reduce((sum, node) => sum + node.groupedEvents.length, 0),
    truncated: graph.truncated.length > 0,
    onPath,
  };
}
