/**
 * The GraphQL operations the explorer (web/explore) and the widget (web/widget)
 * send. They live here, free of DOM and Node APIs, so that the browser bundles
 * import them and the server warms exactly these shapes up before it listens
 * (src/warmUp.ts): the first visitor after a start does not pay for planning.
 */

/**
 * What every drawn node needs: its kind for the colour, its name for the label,
 * and for the timeline a mission's span and an event's date, precision and
 * mission (by which the explorer groups a hub's events, even where the mission
 * itself lies beyond the neighbourhood).
 */
const MISSION_SPAN = 'launchDate endDate status';
const NODE_FIELDS = `__typename id name ... on Target { kind } ... on Agency { abbreviation } ... on Mission { ${MISSION_SPAN} }
  ... on Event { type date datePrecision planned mission { id name ${MISSION_SPAN} } }`;
const EDGE_FIELDS = 'type from to';

export const SEARCH_QUERY = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 8) { entity { ${NODE_FIELDS} } }
}`;

/**
 * The focus's neighbourhood is fetched as fully as the API allows (500): the
 * explorer groups events and caps what it draws itself, and can then say what
 * it left out. An expansion adds one hop around a node, and fewer.
 */
export const NEIGHBOURHOOD_LIMIT = 500;
export const EXPANSION_LIMIT = 150;

export interface NeighbourhoodRequest {
  id: string;
  depth: number;
  limit: number;
}

/**
 * The neighbourhoods and the path a view needs, as one request: one aliased
 * root field each. Only the number of fields varies; every value is a variable.
 */
export function viewQuery(neighbourhoods: NeighbourhoodRequest[], path: { from: string; to: string } | null) {
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const fields: string[] = [];
  neighbourhoods.forEach(({ id, depth, limit }, index) => {
    definitions.push(`$id${index}: ID!`, `$depth${index}: Int!`, `$limit${index}: Int!`);
    Object.assign(variables, { [`id${index}`]: id, [`depth${index}`]: depth, [`limit${index}`]: limit });
    fields.push(
      `n${index}: neighborhood(id: $id${index}, depth: $depth${index}, limit: $limit${index}) { truncated nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } }`,
    );
  });
  if (path) {
    definitions.push('$from: ID!', '$to: ID!');
    Object.assign(variables, path);
    fields.push(`path: shortestPath(from: $from, to: $to) { length nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } }`);
  }
  return { query: `query ExplorerView(${definitions.join(', ')}) {\n  ${fields.join('\n  ')}\n}`, variables };
}

/** Native names, shown beside the English one in the explorer's details and in the widget. */
const NAMES = 'names { language text }';

export const DETAILS_QUERY = `query ExplorerDetails($id: ID!) {
  entity(id: $id) {
    __typename id name sources ${NAMES}
    ... on Mission {
      aliases summary kinds status launchDate endDate
      agencies { id name abbreviation }
      targets { id name kind }
      predecessors { id name }
      successors { id name }
      events { id name type date datePrecision planned description }
    }
    ... on Target { designation kind parent { id name } children { id name kind } }
    ... on Agency { abbreviation country }
    ... on Event { type date datePrecision planned description distanceKm mission { id name } targets { id name } }
  }
}`;

/** The widget's one request: the mission, for its name, and its related missions with their reasons. */
export const RELATED_MISSIONS_QUERY = `query RelatedMissionsWidget($id: ID!, $first: Int!) {
  mission(id: $id) {
    id
    name
    ${NAMES}
    related(first: $first) {
      score
      mission { id name ${NAMES} launchDate status predecessors { id } }
      reasons { kind weight detail via { __typename id name ... on Agency { abbreviation } } }
    }
  }
}`;

/**
 * What the explorer and a live widget follow, over graphql-ws: which entity
 * changed and how. `after` is the last cursor they saw, so that a page that
 * reconnects is given what it missed, once.
 */
export const CHANGES_SUBSCRIPTION = `subscription LiveChanges($after: String) {
  changes(after: $after) { cursor kind entityId entityKind by committedAt }
}`;
