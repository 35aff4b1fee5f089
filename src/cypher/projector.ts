import {
  FieldNode,
  getNamedType,
  GraphQLAbstractType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  isAbstractType,
  isObjectType,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { getArgumentValues } from 'graphql/execution/values';
import { CYPHER, FieldCompiler, FieldToCompile, NODE_LABEL, Scope } from './compiledField';
import { ROW_KEYS, ROWS } from './rows';
import { mapKey, StatementBuilder } from './statementBuilder';

type Entry = [responseKey: string, expression: string];

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NO_SCOPE: Scope = {};

/**
 * Compiles a selection set into one Cypher expression, nested fields included,
 * so that a root field costs one statement however deep the query goes. Each
 * field is compiled by the compiler its declaration carries (its extensions);
 * a field without one is an error, never silently left out. Every field is
 * keyed by its response key (alias or name) and read back by that key, so
 * aliases with different arguments coexist.
 */
export class SelectionProjector {
  constructor(
    private readonly info: GraphQLResolveInfo,
    readonly statement: StatementBuilder,
  ) {}

  /** The fields selected by `fieldNodes` on a value of `type`, by response key. */
  subfields(type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): Map<string, readonly FieldNode[]> {
    const { schema, fragments, variableValues } = this.info;
    return collectSubfields(schema, fragments, variableValues, type, fieldNodes);
  }

  selectedFieldNames(type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): string[] {
    return [...this.subfields(type, fieldNodes).values()].map((nodes) => nodes[0].name.value);
  }

  arguments(field: GraphQLField<unknown, unknown>, fieldNode: FieldNode): Record<string, unknown> {
    return getArgumentValues(field, fieldNode, this.info.variableValues);
  }

  /** The selection of the root field being resolved, on `source`. */
  projectRoot(source: string, scope: Scope = NO_SCOPE): string {
    return this.project(source, getNamedType(this.info.returnType), this.info.fieldNodes, scope);
  }

  /** `source` is a Cypher expression of a value of `type`: a node for an entity type or the Entity interface, a map otherwise. */
  project(source: string, type: GraphQLNamedType, fieldNodes: readonly FieldNode[], scope: Scope = NO_SCOPE): string {
    return this.bound(source, (value) => {
      const entries = this.typedEntries(value, type, fieldNodes, scope);
      return isAbstractType(type) || type.extensions[NODE_LABEL] ? nodeProjection(value, entries) : mapLiteral(entries);
    });
  }

  /**
   * The same selection as a row: the list of the values alone, in the order
   * of `keys`. A list of rows (see rowsOf) names its keys once, where a list
   * of maps repeats every key in every item and the driver decodes each of
   * them again (side by side with maps, a mission with its agencies, targets
   * and twenty events cost 0.97 of the API's CPU per request).
   */
  projectRow(source: string, type: GraphQLNamedType, fieldNodes: readonly FieldNode[], scope: Scope = NO_SCOPE): { keys: string[]; row: string } {
    let keys: string[] = [];
    const row = this.bound(source, (value) => {
      const entries = this.typedEntries(value, type, fieldNodes, scope);
      keys = entries.map(([key]) => key);
      return `[${entries.map(([, expression]) => expression).join(', ')}]`;
    });
    return { keys, row };
  }

  private typedEntries(value: string, type: GraphQLNamedType, fieldNodes: readonly FieldNode[], scope: Scope): Entry[] {
    if (isAbstractType(type)) return this.abstractEntries(value, type, fieldNodes, scope);
    if (!isObjectType(type)) throw new Error(`${type.name} is not an object type and has no selection to compile`);
    return this.entries(value, type, fieldNodes, scope);
  }

  /** A map projection needs a variable, and a value read by several fields should be evaluated once. */
  private bound(source: string, build: (variable: string) => string): string {
    if (IDENTIFIER.test(source)) return build(source);
    const variable = this.statement.variable('v');
    return `[${variable} IN [${source}] | ${build(variable)}][0]`;
  }

  private abstractEntries(node: string, type: GraphQLAbstractType, fieldNodes: readonly FieldNode[], scope: Scope): Entry[] {
    const possible = this.info.schema.getPossibleTypes(type);
    const branches = new Map<string, Map<string, string>>();
    for (const objectType of possible) {
      const label = labelOf(objectType);
      for (const [key, expression] of this.entries(node, objectType, fieldNodes, scope)) {
        if (!branches.has(key)) branches.set(key, new Map());
        branches.get(key)!.set(label, expression);
      }
    }
    const entries: Entry[] = [];
    for (const [key, byLabel] of branches) {
      const expressions = new Set(byLabel.values());
      if (expressions.size === 1 && byLabel.size === possible.length) {
        entries.push([key, [...expressions][0]]);
      } else {
        const cases = [...byLabel].map(([label, expression]) => `WHEN ${node}:${label} THEN ${expression}`);
        entries.push([key, `CASE ${cases.join(' ')} END`]);
      }
    }
    // The interface's resolveType reads the concrete type from here.
    const typeCases = possible.map((objectType) => `WHEN ${node}:${labelOf(objectType)} THEN '${objectType.name}'`);
    entries.push(['__typename', `CASE ${typeCases.join(' ')} END`]);
    return entries;
  }

  private entries(source: string, type: GraphQLObjectType, fieldNodes: readonly FieldNode[], scope: Scope): Entry[] {
    const entries: Entry[] = [];
    for (const [key, nodes] of this.subfields(type, fieldNodes)) {
      const name = nodes[0].name.value;
      // GraphQL answers __typename of an object type itself.
      if (name === '__typename') continue;
      const field = type.getFields()[name];
      const compile = field?.extensions[CYPHER] as FieldCompiler | undefined;
      if (!compile) throw new Error(`${type.name}.${name} has no compiled form`);
      entries.push([key, compile(this.fieldToCompile(source, scope, type, field, nodes))]);
    }
    return entries;
  }

  private fieldToCompile(
    source: string,
    scope: Scope,
    parentType: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
    nodes: readonly FieldNode[],
  ): FieldToCompile {
    return new FieldInSelection(this, source, scope, parentType, field, nodes);
  }
}

/** A field as its compiler sees it; its methods are on the prototype, so a field compiled costs one object. */
class FieldInSelection implements FieldToCompile {
  constructor(
    private readonly projector: SelectionProjector,
    readonly source: string,
    readonly scope: Scope,
    readonly parentType: GraphQLObjectType,
    readonly field: GraphQLField<unknown, unknown>,
    readonly nodes: readonly FieldNode[],
  ) {}

  get statement(): StatementBuilder {
    return this.projector.statement;
  }

  arguments(): Record<string, unknown> {
    return this.projector.arguments(this.field, this.nodes[0]);
  }

  project(value: string, innerScope: Scope = NO_SCOPE, type: GraphQLNamedType = getNamedType(this.field.type)): string {
    return this.projector.project(value, type, this.nodes, innerScope);
  }

  projectEach(list: string, innerScope: Scope = NO_SCOPE): string {
    return this.rowsOf((row) => {
      const item = this.projector.statement.variable('x');
      return `[${item} IN ${list} | ${row(item, innerScope)}]`;
    });
  }

  rowsOf(list: (row: (value: string, innerScope?: Scope) => string) => string): string {
    let keys: string[] | undefined;
    const rows = list((value, innerScope = NO_SCOPE) => {
      const projected = this.projector.projectRow(value, getNamedType(this.field.type), this.nodes, innerScope);
      keys = projected.keys;
      return projected.row;
    });
    if (keys === undefined) throw new Error(`${this.parentType.name}.${this.field.name}: rowsOf built its list without a row`);
    return rowsLiteral(this.projector.statement.param(keys), rows);
  }

  selectedFieldNames(): string[] {
    return this.projector.selectedFieldNames(getNamedType(this.field.type) as GraphQLObjectType, this.nodes);
  }
}

function labelOf(type: GraphQLObjectType): string {
  const label = type.extensions[NODE_LABEL];
  if (typeof label !== 'string') throw new Error(`${type.name} is not read from a node`);
  return label;
}

const rowsLiteral = (keys: string, rows: string) => `{ ${mapKey(ROW_KEYS)}: ${keys}, ${mapKey(ROWS)}: ${rows} }`;

const entryList = (entries: Entry[]) => entries.map(([key, expression]) => `${mapKey(key)}: ${expression}`).join(', ');
const nodeProjection = (node: string, entries: Entry[]) => `${node} { ${entryList(entries)} }`;
const mapLiteral = (entries: Entry[]) => `{ ${entryList(entries)} }`;
