import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isListType,
  isNonNullType,
  GraphQLOutputType,
  Kind,
  OperationDefinitionNode,
  SelectionNode,
  SelectionSetNode,
  valueFromAST,
} from 'graphql';
import { MAX_FIRST } from '../cypher/pageSize';

/** What a single operation would cost, measured on the document and the request's variables alone. */
export interface OperationMeasure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

/** Arguments that size a list; values above their maximum are refused by the resolvers, so they cost their maximum. */
const PAGE_ARGUMENTS: Record<string, number> = { first: MAX_FIRST, limit: 500 };
/** A list with no page argument (a mission's 1-3 agencies and 1-5 targets, a path's nodes) is assumed this long. */
const UNPAGED_LIST_SIZE = 5;

const ZERO: OperationMeasure = { depth: 0, aliases: 0, directives: 0, cost: 0 };

/**
 * Depth, aliases, directives and cost of the operation, following fragments.
 * Each fragment is measured once per parent type and reused, so a document that
 * spreads fragments inside fragments cannot make this walk exponential. Cost is
 * one per field, and a field's subtree counts `first` times, `first` being read
 * from the literal, the variable, or the schema's default. Fields under
 * __schema and __type (introspection) are free and add no depth.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const memo = new Map<string, OperationMeasure>();
  const inProgress = new Set<string>();

  const pageSize = (node: FieldNode, field: GraphQLField<unknown, unknown>): number | null => {
    for (const argument of field.args) {
      const max = PAGE_ARGUMENTS[argument.name];
      if (max === undefined) continue;
      const given = node.arguments?.find((a) => a.name.value === argument.name);
      const value = given ? valueFromAST(given.value, argument.type, variables) : argument.defaultValue;
      const size = typeof value === 'number' && Number.isFinite(value) ? value : 1;
      return Math.min(Math.max(size, 0), max);
    }
    return null;
  };

  const measureSet = (set: SelectionSetNode, parent: GraphQLCompositeType, paged: boolean): OperationMeasure => {
    const total = { ...ZERO };
    const add = (part: OperationMeasure) => {
      total.depth = Math.max(total.depth, part.depth);
      total.aliases += part.aliases;
      total.directives += part.directives;
      total.cost += part.cost;
    };
    for (const selection of set.selections) {
      const inner = measureSelection(selection, parent, paged);
      add({ ...inner, directives: inner.directives + (selection.directives?.length ?? 0) });
    }
    return total;
  };

  const measureSelection = (selection: SelectionNode, parent: GraphQLCompositeType, paged: boolean): OperationMeasure => {
    if (selection.kind === Kind.FIELD) return measureField(selection, parent, paged);
    if (selection.kind === Kind.FRAGMENT_SPREAD) return measureFragment(selection.name.value, paged);
    const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
    return isCompositeType(type) ? measureSet(selection.selectionSet, type, paged) : ZERO;
  };

  const measureField = (node: FieldNode, parent: GraphQLCompositeType, paged: boolean): OperationMeasure => {
    const alias = node.alias ? 1 : 0;
    if (node.name.value.startsWith('__')) return { depth: 1, aliases: alias, directives: 0, cost: 0 };
    const field = 'getFields' in parent ? parent.getFields()[node.name.value] : undefined;
    if (!field || !node.selectionSet) return { depth: 1, aliases: alias, directives: 0, cost: 1 };
    const type = getNamedType(field.type);
    if (!isCompositeType(type)) return { depth: 1, aliases: alias, directives: 0, cost: 1 };
    const size = pageSize(node, field);
    const list = isList(field.type);
    const inner = measureSet(node.selectionSet, type, size !== null && !list);
    const times = size ?? (list && !paged ? UNPAGED_LIST_SIZE : 1);
    return { depth: inner.depth + 1, aliases: inner.aliases + alias, directives: inner.directives, cost: 1 + times * inner.cost };
  };

  const measureFragment = (name: string, paged: boolean): OperationMeasure => {
    const key = `${name}:${paged}`;
    const known = memo.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    // Validation refuses fragment cycles and unknown fragments first; this only keeps the walk finite.
    if (!fragment || inProgress.has(key)) return ZERO;
    const type = schema.getType(fragment.typeCondition.name.value);
    if (!isCompositeType(type)) return ZERO;
    inProgress.add(key);
    const measured = measureSet(fragment.selectionSet, type, paged);
    inProgress.delete(key);
    const withOwn = { ...measured, directives: measured.directives + (fragment.directives?.length ?? 0) };
    memo.set(key, withOwn);
    return withOwn;
  };

  const root = schema.getRootType(operation.operation);
  if (!root) return ZERO;
  const measured = measureSet(operation.selectionSet, root, false);
  return { ...measured, directives: measured.directives + (operation.directives?.length ?? 0) };
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}
