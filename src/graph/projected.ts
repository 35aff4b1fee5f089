import { GraphQLResolveInfo } from 'graphql';

/**
 * Every nested field reads what the root statement projected under its
 * response key (the alias, or the field name). This is the default resolver.
 */
export function readProjected(source: unknown, _args: unknown, _context: unknown, info: GraphQLResolveInfo): unknown {
  return (source as Record<string, unknown>)[info.path.key as string];
}

export const projected = (root: unknown, info: GraphQLResolveInfo): unknown => readProjected(root, undefined, undefined, info);
