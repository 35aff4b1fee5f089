import { missionFromEvent, missionsOfEvents } from './eventGroups';
import { GraphNode } from './explorerQueries';
import { eventSpan, isOpenEnded, missionSpan, TimeSpan } from './timeSpans';
import { ViewGraph } from './viewLoader';

export interface TimelineMark {
  event: GraphNode;
  span: TimeSpan | null;
}

/** One mission on the timeline: its bar, and its events in the view as marks on it. */
export interface TimelineRow {
  mission: GraphNode;
  span: TimeSpan | null;
  openEnded: boolean;
  events: TimelineMark[];
}

const byTime = (a: TimeSpan | null, b: TimeSpan | null) => (a?.start ?? Infinity) - (b?.start ?? Infinity);

/**
 * The missions of a view in launch order, each with the events the view
 * fetched of it (a mission the view reaches only through its events too);
 * undated missions and events come last.
 */
export function timelineRows(graph: ViewGraph, today: number): TimelineRow[] {
  const rows = new Map<string, TimelineRow>();
  const row = (mission: GraphNode): TimelineRow => {
    let found = rows.get(mission.id);
    if (!found) {
      found = { mission, span: missionSpan(mission, today), openEnded: isOpenEnded(mission), events: [] };
      rows.set(mission.id, found);
    }
    return found;
  };
  for (const node of graph.nodes.values()) if (node.__typename === 'Mission') row(node);
  const missionOf = missionsOfEvents(graph.nodes.values(), graph.edges.values());
  for (const node of graph.nodes.values()) {
    const missionId = missionOf.get(node.id);
    if (node.__typename !== 'Event' || !missionId) continue;
    const mission = graph.nodes.get(missionId) ?? missionFromEvent(node);
    row(mission).events.push({ event: node, span: eventSpan(node.date, node.datePrecision) });
  }
  const sorted = [...rows.values()];
  for (const entry of sorted) entry.events.sort((a, b) => byTime(a.span, b.span) || a.event.id.localeCompare(b.event.id));
  return sorted.sort((a, b) => byTime(a.span ?? a.events[0]?.span ?? null, b.span ?? b.events[0]?.span ?? null) || a.mission.name.localeCompare(b.mission.name));
}
