import { FieldCompiler } from './compiledField';
import { Ordering, sortKey } from './ordering';
import { checkFirst } from './pageSize';
import { mapKey } from './statementBuilder';
import { NodeLabel, RelationshipType } from './vocabulary';

/**
 * How a value is kept in Neo4j: as it is; as a list (absent reads as []); as a
 * Neo4j Date (read as ISO text); or, for a list of two-part records
 * ({scheme, value}, {language, text}), as a list of "first:second" strings,
 * since a property cannot hold maps. The first part never contains a colon.
 */
export type Storage = 'value' | 'list' | 'date' | { pairs: readonly [string, string] };

/** Cypher for a "first:second" pair string `item` as the map { first, second }. */
export function pairMap(item: string, [first, second]: readonly [string, string]): string {
  const head = `split(${item}, ':')[0]`;
  return `{ ${mapKey(first)}: ${head}, ${mapKey(second)}: substring(${item}, size(${head}) + 1) }`;
}

/** The stored value of `name` on `node` as the records write it: dates as Neo4j dates, pairs as maps. */
export function storedValue(node: string, name: string, storage: Storage): string {
  const read = `${node}.${mapKey(name)}`;
  if (typeof storage === 'object') return `[item IN coalesce(${read}, []) | ${pairMap('item', storage.pairs)}]`;
  return storage === 'list' ? `coalesce(${read}, [])` : read;
}

/** A property of the source node, or a key of the source map. */
export const property =
  (name: string, storage: Storage = 'value'): FieldCompiler =>
  (field) => {
    // Neo4j writes a date as ISO text itself; the driver's Date objects would cost the server more to convert.
    if (storage === 'date') return `toString(${field.source}.${mapKey(name)})`;
    if (typeof storage === 'object') return field.projectEach(storedValue(field.source, name, storage));
    return storedValue(field.source, name, storage);
  };

function scoped(scope: Readonly<Record<string, string>>, name: string): string {
  const expression = scope[name];
  if (expression === undefined) throw new Error(`the compiled value has no "${name}" in scope`);
  return expression;
}

/** What the parent value put in scope under `name`, as it is. */
export const fromScope =
  (name: string): FieldCompiler =>
  ({ scope }) =>
    scoped(scope, name);

/** The field's selection on the value the parent put in scope under `name`. */
export const projectScope =
  (name: string): FieldCompiler =>
  (field) =>
    field.project(scoped(field.scope, name));

/** The field's selection on every item of the list the parent put in scope under `name`. */
export const projectScopeEach =
  (name: string): FieldCompiler =>
  (field) =>
    field.projectEach(scoped(field.scope, name));

/** A relationship of the graph as a field: who operates a mission, what a target orbits. */
export interface RelationSpec {
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  label: NodeLabel;
  many: boolean;
  order: Ordering;
  /** The field takes `first`, with this default. */
  first?: { default: number };
}

/** The related nodes, in order, each projected as selected: a COLLECT subquery inside the parent's projection. */
export const relation =
  (spec: RelationSpec): FieldCompiler =>
  (field) => {
    const { statement } = field;
    const related = statement.variable('n');
    const edge = statement.variable('r');
    const pattern =
      spec.direction === 'OUT'
        ? `(${field.source})-[${edge}:${spec.type}]->(${related}:${spec.label})`
        : `(${field.source})<-[${edge}:${spec.type}]-(${related}:${spec.label})`;
    let limit = '';
    if (!spec.many) {
      limit = ' LIMIT 1';
    } else if (spec.first) {
      const argument = `${field.parentType.name}.${field.field.name}(first)`;
      limit = ` LIMIT ${statement.intParam(checkFirst(field.arguments().first, spec.first.default, argument))}`;
    }
    const subquery = (item: string) =>
      `COLLECT { MATCH ${pattern} WITH ${related}, ${edge} ` + `ORDER BY ${sortKey(spec.order, related, edge)}, ${related}.id${limit} RETURN ${item} }`;
    return spec.many ? field.rowsOf((row) => subquery(row(related))) : `${subquery(field.project(related))}[0]`;
  };
