import { GraphNode } from './explorerQueries';
import { DrawnEdge } from './viewLoader';

/** An entity as the view draws it: a mission also stands for the events grouped under it. */
export interface ViewNode {
  node: GraphNode;
  /** Events drawn as part of this mission instead of one by one. */
  groupedEvents: GraphNode[];
  /** A mission the neighbourhood reaches only through its events (it lies one hop further out). */
  throughEvents: boolean;
}

/** A drawn line: a relationship, or the relationships of a mission's grouped events to one entity. */
export interface ViewLink {
  id: string;
  from: string;
  to: string;
  type: string;
  /** How many grouped events this line stands for; 0 for a relationship drawn as itself. */
  events: number;
}

export const linkId = (from: string, type: string, to: string): string => `${from}|${type}|${to}`;

/** Each event's mission: the HAS_EVENT edge when the mission was fetched, else the event's own `mission` field. */
export function missionsOfEvents(nodes: Iterable<GraphNode>, edges: Iterable<DrawnEdge>): Map<string, string> {
  const missionOf = new Map<string, string>();
  for (const edge of edges) if (edge.type === 'HAS_EVENT') missionOf.set(edge.to, edge.from);
  for (const node of nodes) {
    if (node.__typename === 'Event' && node.mission && !missionOf.has(node.id)) missionOf.set(node.id, node.mission.id);
  }
  return missionOf;
}

export const missionFromEvent = (event: GraphNode): GraphNode => ({
  __typename: 'Mission',
  id: event.mission!.id,
  name: event.mission!.name,
  launchDate: event.mission!.launchDate,
  endDate: event.mission!.endDate,
  status: event.mission!.status,
});

/**
 * Groups events under their missions: a hub such as Mars has hundreds of
 * events, and a reader wants the missions first. An event that `drawAlone`
 * keeps is drawn as itself; every other one is folded into its mission, whose
 * lines to the event's targets stand for it. A mission that only its events
 * bring into the neighbourhood is drawn from what the events say of it.
 */
export function groupEvents(
  nodes: GraphNode[],
  edges: DrawnEdge[],
  drawAlone: (event: GraphNode, missionId: string) => boolean,
): { nodes: Map<string, ViewNode>; links: Map<string, ViewLink> } {
  const missionOf = missionsOfEvents(nodes, edges);
  const groupedUnder = new Map<string, string>();
  for (const node of nodes) {
    const mission = missionOf.get(node.id);
    if (node.__typename === 'Event' && mission && !drawAlone(node, mission)) groupedUnder.set(node.id, mission);
  }

  const viewNodes = new Map<string, ViewNode>();
  for (const node of nodes) {
    if (!groupedUnder.has(node.id)) viewNodes.set(node.id, { node, groupedEvents: [], throughEvents: false });
  }
  for (const node of nodes) {
    const missionId = groupedUnder.get(node.id);
    if (!missionId) continue;
    let mission = viewNodes.get(missionId);
    if (!mission) {
      mission = { node: missionFromEvent(node), groupedEvents: [], throughEvents: true };
      viewNodes.set(missionId, mission);
    }
    mission.groupedEvents.push(node);
  }

  const links = new Map<string, ViewLink>();
  for (const edge of edges) {
    const from = groupedUnder.get(edge.from) ?? edge.from;
    const to = groupedUnder.get(edge.to) ?? edge.to;
    if (from === to || !viewNodes.has(from) || !viewNodes.has(to)) continue;
    const standsForEvent = from !== edge.from || to !== edge.to;
    const id = linkId(from, edge.type, to);
    const link = links.get(id) ?? { id, from, to, type: edge.type, events: 0 };
    if (standsForEvent) link.events += 1;
    links.set(id, link);
  }
  return { nodes: viewNodes, links };
}
