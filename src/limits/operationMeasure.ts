import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLOutputType,
  GraphQLSchema,
  isCompositeType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  SchemaMetaFieldDef,
  SelectionNode,
  SelectionSetNode,
  TypeMetaFieldDef,
  valueFromAST,
} from 'graphql';
import { MAX_FIRST } from '../cypher/pageSize';
import { ArgumentReader, filterPrice, priceOf, REQUEST_PRICE, STATEMENT_PRICE } from './fieldPrices';
import { introspectionSizes } from './introspectionSizes';

/** What a single operation would cost, measured on the document and the request's coerced variables alone. */
export interface OperationMeasure {
  /** Field nesting outside introspection. */
  depth: number;
  /** Field nesting inside __schema and __type, which the full introspection query takes deep. */
  introspectionDepth: number;
  aliases: number;
  directives: number;
  cost: number;
}

/** Arguments that size a list; values above their maximum are refused by the resolvers, so they cost their maximum. */
const PAGE_ARGUMENTS: Record<string, number> = { first: MAX_FIRST, limit: 500 };
/** A list with no page argument (a mission's 1-3 agencies and 1-5 targets, a path's nodes) is assumed this long. */
const UNPAGED_LIST_SIZE = 5;

const ZERO: OperationMeasure = { depth: 0, introspectionDepth: 0, aliases: 0, directives: 0, cost: 0 };

interface Walk {
  /** Inside a page: the page's size already counted its lists. */
  paged: boolean;
  introspection: boolean;
}

/**
 * Depth, aliases, directives and cost of the operation, following fragments.
 * Each fragment is measured once per context and reused, so a document that
 * spreads fragments inside fragments cannot make this walk exponential. Cost
 * is one per field plus the measured price of the fields that do more work
 * than they return and of the conditions of their filters (fieldPrices.ts),
 * and a field's subtree counts `first` times, `first` being what the
 * resolver will run with: the literal, the variable (its default included),
 * or the argument's default when either is null or absent. Introspection counts its aliases and directives like any
 * other selection, its depth apart, and its lists at their length in this schema.
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
  const sizes = introspectionSizes(schema);
  const root = schema.getRootType(operation.operation);
  const memo = new Map<string, OperationMeasure>();
  const inProgress = new Set<string>();

  /** The value the resolver receives: null and a missing variable both mean the argument's default. */
  const argumentsOf = (node: FieldNode, field: GraphQLField<unknown, unknown>): ArgumentReader => (name: string) => {
    const argument = field.args.find((a) => a.name === name);
    if (!argument) return undefined;
    const given = node.arguments?.find((a) => a.name.value === name);
    const value = given ? valueFromAST(given.value, argument.type, variables) : undefined;
    return value ?? argument.defaultValue;
  };

  const pageSize = (field: GraphQLField<unknown, unknown>, read: ArgumentReader): number | null => {
    for (const argument of field.args) {
      const max = PAGE_ARGUMENTS[argument.name];
      if (max === undefined) continue;
      const value = read(argument.name);
      // With no value and no default a resolver's own fallback applies: assume the largest page.
      const size = typeof value === 'number' && Number.isFinite(value) ? value : max;
      return Math.min(Math.max(size, 0), max);
    }
    return null;
  };

  const measureSet = (set: SelectionSetNode, parent: GraphQLCompositeType, walk: Walk): OperationMeasure => {
    const total = { ...ZERO };
    for (const selection of set.selections) {
      const part = measureSelection(selection, parent, walk);
      total.depth = Math.max(total.depth, part.depth);
      total.introspectionDepth = Math.max(total.introspectionDepth, part.introspectionDepth);
      total.aliases += part.aliases;
      total.directives += part.directives + (selection.directives?.length ?? 0);
      total.cost += part.cost;
    }
    return total;
  };

  const measureSelection = (selection: SelectionNode, parent: GraphQLCompositeType, walk: Walk): OperationMeasure => {
    if (selection.kind === Kind.FIELD) return measureField(selection, parent, walk);
    if (selection.kind === Kind.FRAGMENT_SPREAD) return measureFragment(selection.name.value, walk);
    const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
    return isCompositeType(type) ? measureSet(selection.selectionSet, type, walk) : ZERO;
  };

  const fieldOf = (parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (name === SchemaMetaFieldDef.name && parent === schema.getQueryType()) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name && parent === schema.getQueryType()) return TypeMetaFieldDef;
    return 'getFields' in parent ? parent.getFields()[name] : undefined;
  };

  const measureField = (node: FieldNode, parent: GraphQLCompositeType, walk: Walk): OperationMeasure => {
    const aliases = node.alias ? 1 : 0;
    const leaf = (cost: number) => ({ ...ZERO, depth: walk.introspection ? 0 : 1, introspectionDepth: walk.introspection ? 1 : 0, aliases, cost });
    if (node.name.value === '__typename') return leaf(0);
    const field = fieldOf(parent, node.name.value);
    // Validation refuses an unknown field; it only has to be counted, not understood.
    if (!field) return leaf(1);
    const read = argumentsOf(node, field);
    // Every root field but introspection runs a statement of its own.
    const statement = parent === root && !field.name.startsWith('__') ? STATEMENT_PRICE : 0;
    const price = walk.introspection ? 0 : statement + priceOf(parent.name, field.name, read) + filterPrice(read);
    const type = getNamedType(field.type);
    if (!node.selectionSet || !isCompositeType(type)) return leaf(1 + price);

    const introspection = walk.introspection || field === SchemaMetaFieldDef || field === TypeMetaFieldDef;
    const list = isList(field.type);
    let times: number;
    let paged = walk.paged;
    if (introspection) {
      times = list ? (sizes.get(`${parent.name}.${field.name}`) ?? UNPAGED_LIST_SIZE) : 1;
    } else {
      const size = pageSize(field, read);
      times = size ?? (list && !walk.paged ? UNPAGED_LIST_SIZE : 1);
      paged = size !== null && !list;
    }
    const inner = measureSet(node.selectionSet, type, { paged, introspection });
    return {
      // __schema and __type are one level of the operation; what lies under them is introspection's own depth.
      depth: walk.introspection ? 0 : introspection ? 1 : inner.depth + 1,
      introspectionDepth: introspection ? inner.introspectionDepth + 1 : 0,
      aliases: inner.aliases + aliases,
      directives: inner.directives,
      cost: 1 + price + times * inner.cost,
    };
  };

  const measureFragment = (name: string, walk: Walk): OperationMeasure => {
    const key = `${name}:${walk.paged}:${walk.introspection}`;
    const known = memo.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    // Validation refuses fragment cycles and unknown fragments first; this only keeps the walk finite.
    if (!fragment || inProgress.has(key)) return ZERO;
    const type = schema.getType(fragment.typeCondition.name.value);
    if (!isCompositeType(type)) return ZERO;
    inProgress.add(key);
    const measured = measureSet(fragment.selectionSet, type, walk);
    inProgress.delete(key);
    const withOwn = { ...measured, directives: measured.directives + (fragment.directives?.length ?? 0) };
    memo.set(key, withOwn);
    return withOwn;
  };

  if (!root) return ZERO;
  const measured = measureSet(operation.selectionSet, root, { paged: false, introspection: false });
  return { ...measured, cost: Math.ceil(REQUEST_PRICE + measured.cost), directives: measured.directives + (operation.directives?.length ?? 0) };
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}
