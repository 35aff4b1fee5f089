import { FieldNode, GraphQLObjectType, GraphQLString, OperationDefinitionNode, parse } from 'graphql';
import { buildGraphSchema } from '../../src/app/schema';
import { SelectionProjector } from '../../src/cypher/projector';
import { StatementBuilder } from '../../src/cypher/statementBuilder';
import { Answer, compile } from '../support/recordingExecutor';

/**
 * The Cypher of every root field, pinned: a change to the compiler shows up
 * here as a diff a reviewer can read. Run `npx jest --selectProjects unit -u`
 * after a deliberate change, and read the diff before committing it.
 */
const ROOT_FIELDS: [string, string, Record<string, unknown>][] = [
  ['entity', '{ entity(id: "mars") { __typename id name ... on Target { kind parent { id } } ... on Mission { launchDate } } }', {}],
  ['mission', `{ mission(id: "tianwen-2") { id name aliases launchDate status agencies { abbreviation } targets { name parent { name } }
      predecessors { id } successors { id } events(first: 3) { type date targets { id } } related(first: 2) { score mission { id } reasons { kind weight detail via { __typename id } } } } }`, {}],
  ['agency', '{ agency(id: "cnsa") { name abbreviation country missions(first: 2) { id } } }', {}],
  [
    'mission, knowledge fields',
    '{ mission(id: "hayabusa2") { externalIds { scheme value url } names { language text } samplesReturnedFrom { id } lineage { id } events(first: 2) { outcome when } } }',
    {},
  ],
  ['entityByExternalId', '{ entityByExternalId(scheme: COSPAR, value: "2020-049a") { __typename id ... on Mission { launchDate } } }', {}],
  ['target', '{ target(id: "mars") { name designation kind children { id } missions(first: 2) { id } events(first: 2) { id } } }', {}],
  ['event', '{ event(id: "tianwen-2-launch") { type date datePrecision planned distanceKm mission { id } targets { id } } }', {}],
  ['missions', '{ missions(first: 2) { totalCount nodes { id } edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }', {}],
  ['missions, only counted', '{ missions(where: { status: ACTIVE }) { totalCount } }', {}],
  [
    'missions, every filter',
    `query ($after: String) { missions(where: { text: "tian", agency: "cnsa", target: "mars", targetKind: PLANET, kind: ORBITER, status: ACTIVE,
      launchedAfter: "2000-01-01", launchedBefore: "2030-01-01" }, orderBy: NAME_DESC, first: 5, after: $after) { totalCount nodes { id } } }`,
    { after: Buffer.from(JSON.stringify(['NAME_DESC', 'Tianwen-1', 'tianwen-1'])).toString('base64url') },
  ],
  [
    'missions, boolean filters',
    `{ missions(where: { OR: [{ agency: "jaxa" }, { agency: "isro" }], NOT: { statusIn: [FAILED, LOST] }, targetExactly: "moon",
      hasEvent: { type: LANDING, outcome: SUCCESS, AND: [{ targetKind: SITE }], OR: [{ typeIn: [LANDING] }] } }) { totalCount } }`,
    {},
  ],
  [
    'nested pages',
    `{ target(id: "earth") { eventsConnection(first: 2, where: { planned: false }, orderBy: DATE_DESC) { totalCount nodes { id } pageInfo { endCursor }
      } missionsConnection(first: 1, where: { agency: "nasa" }) { edges { cursor node { eventsConnection(first: 1) { totalCount } } } } } }`,
    {},
  ],
  ['agency partners', '{ agency(id: "esa") { partners(first: 3) { entity { id } count } missionsConnection(first: 2) { totalCount } } }', {}],
  ['stats pivot', '{ stats { missionsBy(dimensions: [DECADE, TARGET_KIND], where: { statusIn: [ACTIVE] }) { keys count } } }', {}],
  ['missions sharing a target', '{ missions(where: { sharesTargetWith: "tianwen-1", agency: "cnsa" }) { totalCount nodes { id } } }', {}],
  ['agencies', '{ agencies(where: { text: "space", country: "cn" }, first: 3) { totalCount nodes { id } } }', {}],
  ['targets', '{ targets(where: { text: "ho3", kind: ASTEROID, parent: "sun" }) { nodes { id } pageInfo { hasNextPage } } }', {}],
  ['events', '{ events(where: { mission: "tianwen-2", target: "earth", type: LAUNCH, after: "2025-01-01", before: "2026-01-01", planned: false }, orderBy: DATE_DESC) { edges { cursor node { id } } } }', {}],
  ['search', '{ search(text: "Kamo\'oalewa", kinds: [TARGET, MISSION], first: 3) { score entity { __typename id name } } }', {}],
  ['searchConnection', '{ searchConnection(text: "天问 two", first: 2, after: null) { totalCount suggestions edges { cursor node { score entity { id } } } pageInfo { hasNextPage endCursor } } }', {}],
  ['relatedMissions', '{ relatedMissions(id: "tianwen-2", first: 3) { score mission { id } reasons { kind weight via { id } } } }', {}],
  ['shortestPath', '{ shortestPath(from: "tianwen-2", to: "mars", maxHops: 4) { length nodes { __typename id } edges { type from to } } }', {}],
  ['neighborhood', '{ neighborhood(id: "kamooalewa", depth: 2, limit: 50) { truncated nodes { id } edges { type from to } } }', {}],
  ['stats', `{ stats { missions agencies targets events relationships missionsByAgency(first: 3) { entity { id } count }
      missionsByTargetKind { key count } missionsByDecade { key count } missionsByStatus { key count } } }`, {}],
  [
    'changes',
    'query ($after: String) { changes(after: $after, first: 2) { nodes { cursor committedAt kind entityId entityKind by } pageInfo { hasNextPage endCursor } } }',
    { after: Buffer.from(JSON.stringify(['COMMIT_ORDER', '41', '41'])).toString('base64url') },
  ],
  ['dataset', '{ dataset { version asOf license downloadsCursor downloads { format url bytes sha256 } } }', {}],
];

/** The rows a root field needs to go on past its statement, by name: the dataset's version is read before the downloads are listed. */
const ROOT_ANSWERS: Record<string, Answer> = { dataset: () => [{ seq: 41, log: '0f8b7c8e-5f1a-4c1e-9f53-8f3d2a1b6c7d' }] };

const SOURCE = ['https://en.wikipedia.org/wiki/Tianwen-2'];
/** Every referenced id exists, with the kind its field expects: enough for the writes to go ahead. */
const KNOWN: Record<string, string> = { cnsa: 'Agency', mars: 'Target', sun: 'Target', earth: 'Target', 'tianwen-2': 'Mission' };
const answerWrites = (statement: { cypher: string; params: Record<string, unknown> }) =>
  statement.cypher.startsWith('UNWIND $ids')
    ? ((statement.params.ids as string[]) ?? []).filter((id) => KNOWN[id]).map((id) => ({ id, label: KNOWN[id], hash: null }))
    : statement.cypher.startsWith('OPTIONAL MATCH (n:Entity {id: $id})')
      ? [{ deleted: true }]
      : [];

const MUTATIONS: [string, string, Record<string, unknown>][] = [
  ['upsertAgency', 'mutation ($input: AgencyInput!) { upsertAgency(input: $input) { id name } }', { input: { id: 'test-agency', name: 'Test', country: 'CN', sources: SOURCE } }],
  ['upsertTarget', 'mutation ($input: TargetInput!) { upsertTarget(input: $input) { id parent { id } } }', { input: { id: 'test-rock', name: 'Rock', kind: 'ASTEROID', parent: 'sun', aliases: ['R'], sources: SOURCE } }],
  [
    'upsertMission',
    'mutation ($input: MissionInput!) { upsertMission(input: $input) { id agencies { id } targets { id } } }',
    { input: { id: 'test-probe', name: 'Probe', kinds: ['FLYBY'], status: 'ACTIVE', launchDate: '2030-01-01', agencies: ['cnsa'], targets: ['mars'], predecessors: ['tianwen-2'], sources: SOURCE } },
  ],
  [
    'upsertEvent',
    'mutation ($input: EventInput!) { upsertEvent(input: $input) { id mission { id } } }',
    { input: { id: 'tianwen-2-test', name: 'Test', mission: 'tianwen-2', type: 'MILESTONE', date: '2026-01-01', datePrecision: 'YEAR', planned: false, targets: ['earth'], sources: SOURCE } },
  ],
  ['deleteEntity', 'mutation ($id: ID!) { deleteEntity(id: $id) }', { id: 'test-probe' }],
  ['importGraph', 'mutation ($input: GraphImportInput!) { importGraph(input: $input) { applied created errors } }', { input: { agencies: [{ id: 'test-agency', name: 'Test', sources: SOURCE }] } }],
];

/** What went wrong before or while compiling, as opposed to reading the recorder's empty answers. */
const compileErrors = (errors: readonly { message: string }[] | undefined) =>
  (errors ?? []).map(({ message }) => message).filter((message) => !/^Cannot (read properties|return null)|^No /.test(message));

describe('the Cypher of every root field', () => {
  it('pins every root field of the served schema', () => {
    const pinned = new Set(ROOT_FIELDS.flatMap(([, query]) =>
      (parse(query).definitions[0] as OperationDefinitionNode).selectionSet.selections.map((selection) => (selection as FieldNode).name.value)));
    const roots = [buildGraphSchema().getQueryType()!, buildGraphSchema().getMutationType()!].flatMap((type) => Object.keys(type.getFields()));
    const mutations = new Set(MUTATIONS.map(([name]) => name));
    expect(roots.filter((name) => !pinned.has(name) && !mutations.has(name))).toEqual([]);
  });

  it.each(ROOT_FIELDS)('%s', async (name, query, variables) => {
    const { result, statements } = await compile(query, variables, ROOT_ANSWERS[name]);
    expect(compileErrors(result.errors)).toEqual([]);
    expect(statements).toHaveLength(1);
    expect(statements).toMatchSnapshot();
  });

  it.each(MUTATIONS)('%s', async (_name, query, variables) => {
    const { result, statements } = await compile(query, variables, answerWrites);
    expect(compileErrors(result.errors)).toEqual([]);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements).toMatchSnapshot();
  });
});

describe('the compiler', () => {
  it('refuses a field it has no compiled form for, instead of leaving it out', () => {
    const bare = new GraphQLObjectType({ name: 'Bare', fields: { plain: { type: GraphQLString } } });
    const info = { schema: buildGraphSchema(), fragments: {}, variableValues: {} };
    const projector = new SelectionProjector(info as never, new StatementBuilder());
    const [field] = (parse('{ x { plain } }').definitions[0] as OperationDefinitionNode).selectionSet.selections as FieldNode[];
    expect(() => projector.project('n', bare, [field])).toThrow('Bare.plain has no compiled form');
  });

  it('reads a nested page in one statement', async () => {
    const { statements } = await compile('{ agencies(first: 2) { nodes { missions(first: 2) { events(first: 2) { targets { missions(first: 1) { id } } } } } } }');
    expect(statements).toHaveLength(1);
  });
});
