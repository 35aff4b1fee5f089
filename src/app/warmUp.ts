import { ApolloServer } from '@apollo/server';
import { getIntrospectionQuery } from 'graphql';
import type { GraphContext } from '../context';
import { MAX_DEPTH, MAX_NEIGHBOURS } from '../traversal/traversal.queries';
import { EXAMPLE_OPERATIONS } from '../operations/exampleOperations';
import { DETAILS_QUERY, EXPANSION_LIMIT, NEIGHBOURHOOD_LIMIT, RELATED_MISSIONS_QUERY, SEARCH_QUERY, viewQuery } from '../operations/webOperations';
import { ContextDependencies, createRequestContext } from './requestContext';

/** The shapes people ask first, beyond the GraphiQL examples: the exploration fields and a second page. */
const EXPLORATION = [
  '{ relatedMissions(id: "tianwen-2") { score mission { id name } reasons { kind weight detail via { __typename id name } } } }',
  '{ mission(id: "tianwen-2") { related(first: 5) { score mission { id related(first: 2) { mission { id } } } } } }',
  '{ search(text: "kamo", first: 5) { score entity { __typename id name } } }',
  '{ shortestPath(from: "tianwen-2", to: "mars") { length nodes { __typename id } edges { type from to } } }',
  '{ neighborhood(id: "kamooalewa", depth: 2) { truncated nodes { __typename id name } edges { type from to } } }',
  // The largest answer a root field gives (the best-connected entity, every hop and node allowed): its statement
  // planned, and the decoding and completion of long lists compiled, before a first user asks for one. Cold, the
  // first such request held the event loop 72-99 ms; warm, 24-40 ms.
  `{ neighborhood(id: "sun", depth: ${MAX_DEPTH}, limit: ${MAX_NEIGHBOURS}) { truncated nodes { __typename id name } edges { type from to } } }`,
  '{ stats { missions agencies targets events relationships missionsByAgency { entity { id } count } missionsByTargetKind { key count } missionsByDecade { key count } missionsByStatus { key count } } }',
];

/** What the explorer and the widget send first: a search, a view with and without a path, details, related missions. */
const WEB_PAGES = [
  { query: SEARCH_QUERY, variables: { text: 'kamo' } },
  viewQuery([{ id: 'kamooalewa', depth: 1, limit: NEIGHBOURHOOD_LIMIT }], null),
  viewQuery(
    [
      { id: 'tianwen-2', depth: 2, limit: NEIGHBOURHOOD_LIMIT },
      { id: 'cnsa', depth: 1, limit: EXPANSION_LIMIT },
    ],
    { from: 'kamooalewa', to: 'change-5' },
  ),
  { query: DETAILS_QUERY, variables: { id: 'tianwen-2' } },
  { query: RELATED_MISSIONS_QUERY, variables: { id: 'tianwen-2', first: 5 } },
];

/**
 * The schema as tools read it: the standard introspection query, and GraphiQL's
 * (which asks for deprecated arguments too). A 126 kB answer whose first run in
 * a process, on cold code, held the event loop about 100 ms on a loaded machine.
 */
const INTROSPECTION = [getIntrospectionQuery(), getIntrospectionQuery({ inputValueDeprecation: true })];

/**
 * Runs the common operations once before the server takes traffic: a cold
 * Neo4j plans a large statement for seconds, which would otherwise fall on the
 * first users (and into their transaction timeout), and the first introspection
 * would fall on cold code (when the server answers it: `introspection`). The
 * dependencies' database should allow long transactions. Failures are logged, never fatal.
 */
export async function warmUp(apollo: ApolloServer<GraphContext>, dependencies: ContextDependencies, { introspection }: { introspection: boolean }): Promise<number> {
  const started = Date.now();
  const operations: { query: string; variables?: Record<string, unknown> }[] = [
    ...EXAMPLE_OPERATIONS.map((example) => ({ query: example.query, variables: example.variables ? JSON.parse(example.variables) : undefined })),
    ...EXPLORATION.map((query) => ({ query })),
    ...WEB_PAGES,
    ...(introspection ? INTROSPECTION.map((query) => ({ query })) : []),
  ];
  for (const { query, variables } of operations) {
    const contextValue = createRequestContext(dependencies, { requestId: 'warm-up' });
    const response = await apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind === 'single' && response.body.singleResult.errors) {
      dependencies.logger.warn({ errors: response.body.singleResult.errors.length }, 'a warm-up operation failed');
    }
  }
  return Date.now() - started;
}
