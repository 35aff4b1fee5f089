import { defaultFieldResolver, GraphQLResolveInfo, GraphQLSchema, isObjectType } from 'graphql';
import { PRESENT, Presenter } from './compiledField';

/**
 * Every nested field reads what the root statement projected under its
 * response key (the alias, or the field name): this is the server's default
 * resolver. Root fields keep their own resolvers.
 */
export function readProjected(source: unknown, _args: unknown, _context: unknown, info: GraphQLResolveInfo): unknown {
  return (source as Record<string, unknown>)[info.path.key as string];
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
