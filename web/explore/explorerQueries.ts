import { LocalizedName } from '../shared/nativeNames';
import { EntityTypename } from '../shared/vocabulary';

export { DETAILS_QUERY, EXPANSION_LIMIT, NEIGHBOURHOOD_LIMIT, SEARCH_QUERY, viewQuery } from '../../src/operations/webOperations';
export type { NeighbourhoodRequest } from '../../src/operations/webOperations';

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

/** A mission's span, for its bar on the timeline. */
export interface MissionSpan {
  launchDate?: string | null;
  endDate?: string | null;
  status?: string;
}

export interface GraphNode extends MissionSpan {
  __typename: EntityTypename;
  id: string;
  name: string;
  kind?: string;
  abbreviation?: string | null;
  type?: string;
  date?: string | null;
  datePrecision?: DatePrecision;
  planned?: boolean;
  /** An event's mission, which the neighbourhood may not hold. */
  mission?: { id: string; name: string } & MissionSpan;
}

export interface GraphEdge {
  type: string;
  from: string;
  to: string;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface GraphPath {
  length: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface SearchAnswer {
  search: { entity: GraphNode }[];
}

export interface TimelineEvent {
  id: string;
  name: string;
  type: string;
  date: string | null;
  datePrecision: DatePrecision;
  planned: boolean;
  description?: string | null;
}

interface Named {
  id: string;
  name: string;
}

interface Facts {
  sources: string[];
  names: LocalizedName[];
}

export type EntityDetails =
  | ({ __typename: 'Mission' } & Facts & Named & {
        aliases: string[];
        summary: string | null;
        kinds: string[];
        status: string;
        launchDate: string | null;
        endDate: string | null;
        agencies: (Named & { abbreviation: string | null })[];
        targets: (Named & { kind: string })[];
        predecessors: Named[];
        successors: Named[];
        events: TimelineEvent[];
      })
  | ({ __typename: 'Target' } & Facts & Named & {
        designation: string | null;
        kind: string;
        parent: Named | null;
        children: (Named & { kind: string })[];
      })
  | ({ __typename: 'Agency' } & Facts & Named & { abbreviation: string | null; country: string | null })
  | ({ __typename: 'Event' } & Facts & Named &
      Omit<TimelineEvent, 'id' | 'name'> & { distanceKm: number | null; mission: Named; targets: Named[] });

export interface DetailsAnswer {
  entity: EntityDetails | null;
}
