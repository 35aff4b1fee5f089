import { defaultFieldResolver, GraphQLResolveInfo, GraphQLSchema, isObjectType, Kind, SelectionSetNode } from 'graphql';
import { PRESENT, Presenter } from './compiledField';

/**
 * Every nested field reads what the root statement projected under its
 * response key (the alias, or the field name): this is the server's default
 * resolver. Root fields keep their own resolvers.
 */
export function readProjected(source: unknown, _args: unknown, _context: unknown, info: GraphQLResolveInfo): unknown {
  return (source as Record<string, unknown>)[info.path.key as string];
}

/**
 * A flat value keyed by field name (a subscription's event: no statement
 * projected it for this selection) keyed as readProjected reads it: by the
 * response key of each field selected, fragments included.
 */
export function keyedAsSelected(value: Readonly<Record<string, unknown>>, info: GraphQLResolveInfo): Record<string, unknown> {
  const keyed: Record<string, unknown> = {};
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) keyed[selection.alias?.value ?? selection.name.value] = value[selection.name.value];
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return keyed;
}

/** Gives each field that declares a presenter a resolver that applies it to what the statement returned. */
export function bindPresenters(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const present = field.extensions[PRESENT] as Presenter | undefined;
      if (present) field.resolve = (source, args, context, info) => present(readProjected(source, args, context, info));
      else if (field.resolve === defaultFieldResolver) field.resolve = undefined;
    }
  }
  return schema;
}
