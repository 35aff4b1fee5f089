import {
  FieldNode,
  GraphQLAbstractType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  getNamedType,
  isAbstractType,
  isObjectType,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { getArgumentValues } from 'graphql/execution/values';
import { checkFirst } from '../common/pagination';
import { COMPUTED_FIELDS } from './computedFields';
import { isNodeLabel, LIST_PROPERTIES, NodeLabel, RELATION_FIELDS, RelationField, sortKey } from './model';
import { mapKey, StatementBuilder } from './statementBuilder';

type Entry = [responseKey: string, expression: string];

/**
 * Compiles the selection on a node, nested relationship fields included, into
 * one Cypher map projection. Every field is keyed by its response key (alias or
 * name) and read back by that key, so aliases with different arguments coexist.
 */
export class SelectionCompiler {
  constructor(
    private readonly info: GraphQLResolveInfo,
    readonly statement: StatementBuilder,
  ) {}

  /** The fields selected by `fieldNodes` on a value of `type`, by response key. */
  subfields(type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): Map<string, readonly FieldNode[]> {
    const { schema, fragments, variableValues } = this.info;
    return collectSubfields(schema, fragments, variableValues, type, fieldNodes);
  }

  arguments(type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): Record<string, unknown> {
    const field = type.getFields()[fieldNodes[0].name.value];
    return getArgumentValues(field as GraphQLField<unknown, unknown>, fieldNodes[0], this.info.variableValues);
  }

  /** `node` is a Cypher variable bound to a node of `type`, an object type or the Entity interface. */
  project(node: string, type: GraphQLNamedType, fieldNodes: readonly FieldNode[]): string {
    if (isObjectType(type)) {
      const entries = this.entries(node, type, fieldNodes);
      entries.push(['__typename', `'${labelOf(type)}'`]);
      return mapProjection(node, entries);
    }
    if (!isAbstractType(type)) throw new Error(`Cannot project ${type.name}`);
    return this.projectAbstract(node, type, fieldNodes);
  }

  private projectAbstract(node: string, type: GraphQLAbstractType, fieldNodes: readonly FieldNode[]): string {
    const branches = new Map<string, Map<NodeLabel, string>>();
    for (const objectType of this.info.schema.getPossibleTypes(type)) {
      const label = labelOf(objectType);
      for (const [key, expression] of this.entries(node, objectType, fieldNodes)) {
        if (!branches.has(key)) branches.set(key, new Map());
        branches.get(key)!.set(label, expression);
      }
    }
    const entries: Entry[] = [];
    for (const [key, byLabel] of branches) {
      const expressions = new Set(byLabel.values());
      if (expressions.size === 1 && byLabel.size === this.info.schema.getPossibleTypes(type).length) {
        entries.push([key, [...expressions][0]]);
      } else {
        const cases = [...byLabel].map(([label, expression]) => `WHEN ${node}:${label} THEN ${expression}`);
        entries.push([key, `CASE ${cases.join(' ')} END`]);
      }
    }
    const typeCases = [...this.info.schema.getPossibleTypes(type)].map(
      (objectType) => `WHEN ${node}:${labelOf(objectType)} THEN '${objectType.name}'`,
    );
    entries.push(['__typename', `CASE ${typeCases.join(' ')} END`]);
    return mapProjection(node, entries);
  }

  private entries(node: string, type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): Entry[] {
    const label = labelOf(type);
    const entries: Entry[] = [];
    for (const [key, nodes] of this.subfields(type, fieldNodes)) {
      const fieldName = nodes[0].name.value;
      if (fieldName === '__typename') continue;
      const relation = RELATION_FIELDS[label][fieldName];
      const computed = COMPUTED_FIELDS[label]?.[fieldName];
      if (relation) {
        entries.push([key, this.relation(node, type, relation, nodes)]);
      } else if (computed) {
        entries.push([key, computed(this, node, type, nodes)]);
      } else if (isObjectType(getNamedType(type.getFields()[fieldName].type))) {
        throw new Error(`${type.name}.${fieldName} has no compiled form`);
      } else {
        const property = `${node}.${mapKey(fieldName)}`;
        const scalar = getNamedType(type.getFields()[fieldName].type).name;
        // Neo4j writes a date as ISO text itself; the driver's Date objects would cost the server more to convert.
        entries.push([key, LIST_PROPERTIES.has(fieldName) ? `coalesce(${property}, [])` : scalar === 'Date' ? `toString(${property})` : property]);
      }
    }
    return entries;
  }

  private relation(node: string, type: GraphQLObjectType, relation: RelationField, nodes: readonly FieldNode[]): string {
    const field = type.getFields()[nodes[0].name.value];
    const related = this.statement.variable('n');
    const edge = this.statement.variable('r');
    const pattern =
      relation.direction === 'OUT'
        ? `(${node})-[${edge}:${relation.type}]->(${related}:${relation.label})`
        : `(${node})<-[${edge}:${relation.type}]-(${related}:${relation.label})`;
    let limit = '';
    if (!relation.many) {
      limit = ' LIMIT 1';
    } else if (relation.defaultFirst !== undefined) {
      const first = checkFirst(this.arguments(type, nodes).first, relation.defaultFirst, `${type.name}.${field.name}(first)`);
      limit = ` LIMIT ${this.statement.intParam(first)}`;
    }
    const projection = this.project(related, getNamedType(field.type), nodes);
    const subquery =
      `COLLECT { MATCH ${pattern} WITH ${related}, ${edge} ` +
      `ORDER BY ${sortKey(relation.order, related, edge)}, ${related}.id${limit} RETURN ${projection} }`;
    return relation.many ? subquery : `${subquery}[0]`;
  }
}

function labelOf(type: GraphQLObjectType): NodeLabel {
  if (!isNodeLabel(type.name)) throw new Error(`${type.name} is not a node type`);
  return type.name;
}

function mapProjection(node: string, entries: Entry[]): string {
  return `${node} { ${entries.map(([key, expression]) => `${mapKey(key)}: ${expression}`).join(', ')} }`;
}
