import { buildSchema, getIntrospectionQuery, getOperationAST, getVariableValues, GraphQLSchema, graphqlSync, parse } from 'graphql';
import { loadConfig } from '../../src/app/config';
import { buildGraphSchema } from '../../src/app/schema';
import { expandedAliases, expandedSelections, MAX_EXPANDED_SELECTIONS } from '../../src/limits/expandedSelections';
import { filterPrice, priceOf, REQUEST_PRICE, STATEMENT_PRICE } from '../../src/limits/fieldPrices';
import { measureOperation } from '../../src/limits/operationMeasure';
import { checkOperationLimits } from '../../src/limits/queryLimitsPlugin';
import { introspectionFanOut } from '../support/hostileRequests';

const schema = buildGraphSchema();

/** The measure of a document's only operation, with its variables coerced as execution coerces them. */
function measure(query: string, variables: Record<string, unknown> = {}, over: GraphQLSchema = schema) {
  const document = parse(query);
  const operation = getOperationAST(document)!;
  const coerced = getVariableValues(over, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  return measureOperation(over, document, operation, coerced.coerced);
}
const cost = (query: string, variables?: Record<string, unknown>, over?: GraphQLSchema) => measure(query, variables, over).cost;

/** Every key of every object in an answer: the fields it resolved. */
const fieldsIn = (value: unknown): number =>
  Array.isArray(value)
    ? value.reduce((sum: number, item) => sum + fieldsIn(item), 0)
    : value !== null && typeof value === 'object'
      ? Object.values(value).reduce((sum: number, item) => sum + 1 + fieldsIn(item), 0)
      : 0;

describe('the cost of an operation', () => {
  const nested = (first: string) => `{ missions(first: ${first}) { nodes { events(first: ${first}) { targets { missions(first: ${first}) { id } } } } } }`;

  it('sizes a page by what the resolver runs with: a variable left to its default, null, or no argument', () => {
    const byDefault = 'query Q($n: Int = 100) { missions(first: $n) { nodes { events(first: $n) { targets { missions(first: $n) { id } } } } } }';
    expect(cost(byDefault)).toBe(cost(nested('100')));
    expect(cost(byDefault, { n: 2 })).toBe(cost(nested('2')));
    // A null page size runs with the argument's default: missions 20, events 100, a target's missions 50.
    const omitted = '{ missions { nodes { events { targets { missions { id } } } } } }';
    expect(cost(nested('null'))).toBe(cost(omitted));
    expect(cost('query ($n: Int) { missions(first: $n) { nodes { events(first: $n) { targets { missions(first: $n) { id } } } } } }')).toBe(cost(omitted));
    expect(cost(omitted)).toBe(cost('{ missions(first: 20) { nodes { events(first: 100) { targets { missions(first: 50) { id } } } } } }'));
  });

  it('adds the measured price of the fields that do more work than they return', () => {
    const related = '{ relatedMissions(id: "tianwen-2", first: 5) { score } }';
    // The request, the statement, the field, its price, and five scores.
    expect(cost(related)).toBe(REQUEST_PRICE + STATEMENT_PRICE + 1 + priceOf('Query', 'relatedMissions', () => 5) + 5);
    expect(priceOf('Query', 'relatedMissions', () => 5)).toBeGreaterThan(1000);
    // Mission.related is the same work once per mission of the page.
    const perMission = cost('{ missions(first: 10) { nodes { related { score } } } }') - cost('{ missions(first: 10) { nodes { id } } }');
    expect(perMission).toBeGreaterThanOrEqual(10 * priceOf('Mission', 'related', () => 5));
    // A neighbourhood does its work whatever it selects; depth 0 is the entity alone.
    const neighbourhood = (depth: number) => cost(`{ neighborhood(id: "sun", depth: ${depth}, limit: 100) { truncated } }`);
    expect(neighbourhood(0) + priceOf('Query', 'neighborhood', () => 1)).toBe(neighbourhood(1));
    expect(priceOf('Query', 'neighborhood', () => 1)).toBeGreaterThan(100);
  });

  it('charges every request and every root statement, so that a flood of tiny requests is not free', () => {
    expect(cost('{ __typename }')).toBe(REQUEST_PRICE);
    expect(cost('{ stats { missions } }')).toBe(REQUEST_PRICE + STATEMENT_PRICE + 2);
    expect(cost('{ a: stats { missions } b: stats { missions } }')).toBe(REQUEST_PRICE + 2 * (STATEMENT_PRICE + 2));
  });
});

describe('the cost of a filter', () => {
  /** One condition's price, read through the model itself. */
  const CONDITION = filterPrice(() => 'nasa');
  /** The boolean filters of the research surface, as contract version 2 writes them. */
  const research = buildSchema(`
    enum MissionStatus { ACTIVE FAILED LOST }
    input EventWhere { type: String, target: ID, AND: [EventWhere!], OR: [EventWhere!], NOT: EventWhere }
    input MissionWhere { agency: ID, status: MissionStatus, statusIn: [MissionStatus!], hasEvent: EventWhere, AND: [MissionWhere!], OR: [MissionWhere!], NOT: MissionWhere }
    type Mission { id: ID! }
    type MissionPage { totalCount: Int! nodes: [Mission!]! }
    type Agency { id: ID! missionsConnection(first: Int = 20, where: MissionWhere): MissionPage! }
    type AgencyPage { nodes: [Agency!]! }
    type Query { missions(first: Int = 20, where: MissionWhere): MissionPage! agencies(first: Int = 20): AgencyPage! }
  `);
  const count = (where: string, variables?: Record<string, unknown>) => cost(`query ($w: MissionWhere) { missions(where: ${where}) { totalCount } }`, variables, research);
  const unfiltered = count('null');

  it('charges every condition a filter names, each one the measured price', () => {
    expect(CONDITION).toBeGreaterThan(0);
    expect(cost('{ missions(where: { agency: "nasa", status: FAILED }) { totalCount } }') - cost('{ missions(where: {}) { totalCount } }')).toBe(2 * CONDITION);
    // A filter given in a variable costs what the same filter written in the document costs.
    expect(cost('query ($where: MissionWhere) { missions(where: $where) { totalCount } }', { where: { agency: 'nasa', status: 'FAILED' } })).toBe(
      cost('{ missions(where: { agency: "nasa", status: FAILED }) { totalCount } }'),
    );
  });

  it('counts through AND, OR, NOT and hasEvent, and every item of a list', () => {
    expect(count('{ OR: [{ agency: "jaxa" }, { agency: "isro" }] }') - unfiltered).toBe(2 * CONDITION);
    expect(count('{ NOT: { statusIn: [FAILED, LOST] } }') - unfiltered).toBe(2 * CONDITION);
    expect(count('{ AND: [{ OR: [{ status: LOST }, { hasEvent: { NOT: { OR: [{ type: "LANDING" }, { target: "mars" }] } } }] }] }') - unfiltered).toBe(3 * CONDITION);
    expect(count('$w', { w: { OR: [{ agency: 'jaxa' }, { hasEvent: { type: 'LANDING' } }] } }) - unfiltered).toBe(2 * CONDITION);
  });

  it('puts a filter as wide as the bounds on its lists allow above the default cost limit', () => {
    // Twenty ORs of twenty conditions: each list at the research surface's bound of 20.
    const wide = { OR: Array.from({ length: 20 }, () => ({ OR: Array.from({ length: 20 }, (_, i) => ({ agency: `agency-${i}` })) })) };
    expect(count('$w', { w: wide })).toBeGreaterThan(Number(loadConfig({}).limits.cost));
    // Nesting costs nothing by itself (the bound on it keeps statements plannable), and the walk has no depth to overflow.
    let deep: Record<string, unknown> = { status: 'LOST' };
    for (let level = 0; level < 1000; level += 1) deep = { NOT: deep };
    expect(count('$w', { w: deep }) - unfiltered).toBe(CONDITION);
  });

  it('counts the filter of a nested list once per parent it is tested under', () => {
    const nested = (where: string) => cost(`{ agencies(first: 10) { nodes { missionsConnection(where: ${where}) { totalCount } } } }`, {}, research);
    expect(nested('{ agency: "nasa", status: LOST }') - nested('null')).toBe(10 * 2 * CONDITION);
  });
});

describe('introspection', () => {
  it('counts aliases and directives under __schema like any others, and its depth apart', () => {
    const aliased = measure(`{ __schema { ${Array.from({ length: 100 }, (_, i) => `t${i}: types { name }`).join(' ')} } }`);
    expect(aliased.aliases).toBe(100);
    const full = measure(getIntrospectionQuery());
    expect(full).toMatchObject({ depth: 1, introspectionDepth: 15, aliases: 0 });
  });

  it('costs about the fields it resolves: each list at its average length in this schema', () => {
    for (const query of [getIntrospectionQuery(), '{ __schema { types { name fields { name args { name } } } } }']) {
      const resolved = fieldsIn(graphqlSync({ schema, source: query }).data);
      const estimated = cost(query) - REQUEST_PRICE;
      expect(estimated).toBeGreaterThanOrEqual(resolved * 0.5);
      expect(estimated).toBeLessThanOrEqual(resolved * 3);
    }
  });
});

describe('fragments spread inside fragments', () => {
  it('are counted as expanded, in time linear in the document', () => {
    // T3 is `name` (1), T2 spreads it twice (2 x (1 + 1) = 4), T1 makes 10 and T0 22; the operation holds
    // __schema, types and ...T0 (3 + 22), and each fragment is counted once more on its own (22 + 10 + 4 + 1).
    expect(expandedSelections(parse(introspectionFanOut(3)))).toBe(25 + 37);
    expect(expandedSelections(parse(introspectionFanOut(60)))).toBe(MAX_EXPANDED_SELECTIONS + 1);
    expect(expandedSelections(parse(getIntrospectionQuery()))).toBeLessThan(1000);
  });

  it('hold aliases counted before validation as the measure counts them: once per spread, per operation', () => {
    const underSchema = `{ __schema { ${Array.from({ length: 100 }, (_, i) => `t${i}: types { name fields { name } }`).join(' ')} } }`;
    expect(expandedAliases(parse(underSchema))).toBe(100);
    expect(expandedAliases(parse(underSchema))).toBe(measure(underSchema).aliases);
    const spreadTwice = 'query A { one: mission(id: "a") { ...F } two: mission(id: "b") { ...F } } fragment F on Mission { n: name i: id }';
    expect(expandedAliases(parse(spreadTwice))).toBe(6);
    expect(expandedAliases(parse(spreadTwice))).toBe(measure(spreadTwice).aliases);
    // Each operation is one request: the document's largest one counts, not their sum.
    expect(expandedAliases(parse('query A { a: stats { missions } b: stats { missions } } query B { c: stats { missions } }'))).toBe(2);
  });
});

describe('the limits of an operation sent again', () => {
  const limits = { depth: 10, introspectionDepth: 15, aliases: 15, directives: 50, tokens: 2000, cost: 5000 };
  const document = parse('query Q($n: Int = 100) { missions(first: $n) { nodes { events(first: $n) { id } } } }');
  const operation = getOperationAST(document)!;
  const check = (variables: Record<string, unknown>) => checkOperationLimits(limits, schema, document, operation, variables);

  it('are measured by the variables of each request, not by those of the first', () => {
    expect(check({ n: 2 })!.cost).toBe(cost('{ missions(first: 2) { nodes { events(first: 2) { id } } } }'));
    expect(check({ n: 30 })!.cost).toBe(cost('{ missions(first: 30) { nodes { events(first: 30) { id } } } }'));
    expect(check({ n: 2 })!.cost).toBe(cost('{ missions(first: 2) { nodes { events(first: 2) { id } } } }'));
    expect(() => check({})).toThrow(/its cost is \d+, above the limit of 5000/);
    expect(() => check({})).toThrow(/its cost is \d+, above the limit of 5000/);
  });

  it('leave variables that do not coerce, nested however deep, to execution to refuse', () => {
    const deep = JSON.parse(`{"n":${'{"n":'.repeat(5000)}1${'}'.repeat(5000)}}`);
    expect(check(deep)).toBeNull();
  });
});
