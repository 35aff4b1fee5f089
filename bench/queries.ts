import { encodeCursor } from '../src/cypher/cursor';
import { luceneQuery } from '../src/search/luceneQuery';
import { FLOOR_STATEMENTS } from './floor/statements';
import { GraphSample } from './synthetic';

/**
 * The query mix: each query asks the three servers for the same data, and
 * `answer` turns each server's reply into one canonical shape so the harness
 * can check that they agree before it measures anything.
 */

export type ServerName = 'ours' | 'peer' | 'floor';
export const SERVERS: ServerName[] = ['ours', 'peer', 'floor'];

/** Where a query lands in the graph, found once per size before the runs. */
export interface QueryInputs extends GraphSample {
  /** The name and id of the mission half-way through the list by name. */
  deepName: string;
  deepId: string;
  deepOffset: number;
}

export interface BenchQuery {
  name: keyof typeof FLOOR_STATEMENTS;
  description: string;
  /** The HTTP body each server gets: a named GraphQL operation with variables, or the floor's variables. */
  body(server: ServerName, inputs: QueryInputs): object;
  /** The canonical answer in a reply's JSON. */
  answer(server: ServerName, reply: Reply): unknown;
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
export interface Reply {
  data?: Json;
  errors?: unknown[];
}

const nodes = (connection: Json) => connection.edges.map((edge: Json) => edge.node);
const graphqlBody = (query: string, variables: object) => ({ query, variables, operationName: /(?:query|mutation) (\w+)/.exec(query)![1] });
const byServer = <T = object>(server: ServerName, choices: Record<ServerName, () => T>): T => choices[server]();
const PEER_ORDER = '[{ edge: { order: ASC } }]';

export const QUERY_MIX: BenchQuery[] = [
  {
    name: 'pointLookup',
    description: 'one mission by id',
    body: (server, { mission }): object =>
      byServer<object>(server, {
        ours: () => graphqlBody('query PointLookup($id: ID!) { mission(id: $id) { id name status launchDate } }', { id: mission }),
        peer: () => graphqlBody('query PointLookup($id: ID!) { missions(where: { id: { eq: $id } }) { id name status launchDate } }', { id: mission }),
        floor: () => ({ id: mission }),
      }),
    answer: (server, reply) => byServer(server, { ours: () => reply.data.mission, peer: () => reply.data.missions[0], floor: () => reply.data }),
  },
  {
    name: 'missionWithRelationships',
    description: 'a mission with its agencies and targets in order and its first 20 events by date',
    body: (server, { mission }): object =>
      byServer<object>(server, {
        ours: () =>
          graphqlBody(
            `query MissionWithRelationships($id: ID!) { mission(id: $id) { id name
              agencies { id name abbreviation } targets { id name kind } events(first: 20) { id name type date } } }`,
            { id: mission },
          ),
        peer: () =>
          graphqlBody(
            `query MissionWithRelationships($id: ID!) { missions(where: { id: { eq: $id } }) { id name
              agenciesConnection(sort: ${PEER_ORDER}) { edges { node { id name abbreviation } } }
              targetsConnection(sort: ${PEER_ORDER}) { edges { node { id name kind } } }
              events(sort: [{ date: ASC }, { id: ASC }], limit: 20) { id name type date } } }`,
            { id: mission },
          ),
        floor: () => ({ id: mission }),
      }),
    answer: (server, reply) =>
      byServer<object>(server, {
        ours: () => reply.data.mission,
        peer: () => {
          const m = reply.data.missions[0];
          return { id: m.id, name: m.name, agencies: nodes(m.agenciesConnection), targets: nodes(m.targetsConnection), events: m.events };
        },
        floor: () => reply.data,
      }),
  },
  {
    name: 'twoHops',
    description: 'a popular target, its first 10 missions by launch, and their agencies',
    body: (server, { popularTarget }): object =>
      byServer<object>(server, {
        ours: () =>
          graphqlBody('query TwoHops($id: ID!) { target(id: $id) { id name missions(first: 10) { id name agencies { id name } } } }', { id: popularTarget }),
        peer: () =>
          graphqlBody(
            `query TwoHops($id: ID!) { targets(where: { id: { eq: $id } }) { id name
              missions(limit: 10, sort: [{ launchDate: ASC }, { id: ASC }]) { id name agenciesConnection(sort: ${PEER_ORDER}) { edges { node { id name } } } } } }`,
            { id: popularTarget },
          ),
        floor: () => ({ id: popularTarget }),
      }),
    answer: (server, reply) =>
      byServer<object>(server, {
        ours: () => reply.data.target,
        peer: () => {
          const t = reply.data.targets[0];
          return { id: t.id, name: t.name, missions: t.missions.map((m: Json) => ({ id: m.id, name: m.name, agencies: nodes(m.agenciesConnection) })) };
        },
        floor: () => reply.data,
      }),
  },
  {
    name: 'filterSortPage',
    description: "the popular agency's completed missions, newest first, first 20",
    body: (server, { popularAgency }): object =>
      byServer<object>(server, {
        ours: () =>
          graphqlBody(
            `query FilterSortPage($agency: ID!) { missions(where: { agency: $agency, status: COMPLETED }, orderBy: LAUNCH_DATE_DESC, first: 20) {
              nodes { id name launchDate } } }`,
            { agency: popularAgency },
          ),
        peer: () =>
          graphqlBody(
            `query FilterSortPage($agency: ID!) { missions(where: { status: { eq: "COMPLETED" }, agencies: { some: { id: { eq: $agency } } } },
              sort: [{ launchDate: DESC }, { id: DESC }], limit: 20) { id name launchDate } }`,
            { agency: popularAgency },
          ),
        floor: () => ({ agency: popularAgency, status: 'COMPLETED' }),
      }),
    answer: (server, reply) => byServer(server, { ours: () => reply.data.missions.nodes, peer: () => reply.data.missions, floor: () => reply.data }),
  },
  {
    name: 'deepCursorPage',
    description: 'missions by name: the page of 20 after the middle one, with totalCount',
    body: (server, inputs): object =>
      byServer<object>(server, {
        ours: () =>
          graphqlBody(
            `query DeepCursorPage($after: String) { missions(orderBy: NAME_ASC, first: 20, after: $after) {
              totalCount nodes { id name } pageInfo { hasNextPage } } }`,
            { after: encodeCursor({ order: 'NAME_ASC', key: inputs.deepName, id: inputs.deepId }) },
          ),
        peer: () =>
          graphqlBody(
            `query DeepCursorPage($after: String) { missionsConnection(first: 20, after: $after, sort: [{ name: ASC }, { id: ASC }]) {
              totalCount edges { node { id name } } pageInfo { hasNextPage } } }`,
            // The library's cursors are offsets (graphql-relay's arrayconnection), so its deep page is a SKIP.
            { after: Buffer.from(`arrayconnection:${inputs.deepOffset}`).toString('base64') },
          ),
        floor: () => ({ name: inputs.deepName, id: inputs.deepId }),
      }),
    answer: (server, reply) =>
      byServer<object>(server, {
        ours: () => reply.data.missions,
        peer: () => {
          const c = reply.data.missionsConnection;
          return { totalCount: c.totalCount, nodes: nodes(c), pageInfo: c.pageInfo };
        },
        floor: () => reply.data,
      }),
  },
  {
    name: 'sharedTarget',
    description: 'missions that share a target with a given one, first 20 by launch, with totalCount',
    body: (server, { sharedTargetMission }): object =>
      byServer<object>(server, {
        ours: () =>
          graphqlBody('query SharedTarget($id: ID!) { missions(where: { sharesTargetWith: $id }, first: 20) { totalCount nodes { id name } } }', {
            id: sharedTargetMission,
          }),
        peer: () =>
          graphqlBody(
            `query SharedTarget($id: ID!) { missionsConnection(first: 20, sort: [{ launchDate: ASC }, { id: ASC }],
              where: { NOT: { id: { eq: $id } }, targets: { some: { missions: { some: { id: { eq: $id } } } } } }) {
              totalCount edges { node { id name } } } }`,
            { id: sharedTargetMission },
          ),
        floor: () => ({ id: sharedTargetMission }),
      }),
    answer: (server, reply) =>
      byServer<object>(server, {
        ours: () => reply.data.missions,
        peer: () => ({ totalCount: reply.data.missionsConnection.totalCount, nodes: nodes(reply.data.missionsConnection) }),
        floor: () => reply.data,
      }),
  },
  {
    name: 'searchThenHop',
    description: "full-text search for a mission's code word, best 5 hits with their agencies",
    body: (server, { searchText }): object =>
      byServer<object>(server, {
        ours: () =>
          graphqlBody(
            'query SearchThenHop($text: String!) { search(text: $text, kinds: [MISSION], first: 5) { entity { id name ... on Mission { agencies { id name } } } } }',
            { text: searchText },
          ),
        // The same index and the same Lucene query as ours builds from the text, so the scores are the same.
        peer: () =>
          graphqlBody(
            `query SearchThenHop($phrase: String!) { missionsSearch(phrase: $phrase, first: 5, sort: [{ score: DESC }]) {
              edges { node { id name agenciesConnection(sort: ${PEER_ORDER}) { edges { node { id name } } } } } } }`,
            { phrase: luceneQuery(searchText) },
          ),
        floor: () => ({ phrase: luceneQuery(searchText) }),
      }),
    answer: (server, reply) =>
      byServer<object>(server, {
        ours: () => reply.data.search.map((hit: Json) => hit.entity),
        peer: () => nodes(reply.data.missionsSearch).map((m: Json) => ({ id: m.id, name: m.name, agencies: nodes(m.agenciesConnection) })),
        floor: () => reply.data,
      }),
  },
  {
    name: 'countsByAgency',
    description: 'the 10 agencies with the most missions, with their counts',
    body: (server) =>
      byServer<object>(server, {
        ours: () => graphqlBody('query CountsByAgency { stats { missionsByAgency(first: 10) { entity { id name } count } } }', {}),
        // The library cannot sort by a count: a client asks for every agency's count and sorts them itself.
        peer: () => graphqlBody('query CountsByAgency { agencies { id name missionsConnection { aggregate { count { nodes } } } } }', {}),
        floor: () => ({}),
      }),
    answer: (server, reply) =>
      byServer<object>(server, {
        ours: () => reply.data.stats.missionsByAgency.map((row: Json) => ({ id: row.entity.id, name: row.entity.name, count: row.count })),
        peer: () =>
          reply.data.agencies
            .map((a: Json) => ({ id: a.id, name: a.name, count: a.missionsConnection.aggregate.count.nodes }))
            .sort((a: Json, b: Json) => b.count - a.count || (a.id < b.id ? -1 : 1))
            .slice(0, 10),
        floor: () => reply.data,
      }),
  },
];
