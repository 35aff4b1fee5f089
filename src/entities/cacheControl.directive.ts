import { DirectiveLocation, GraphQLDirective, GraphQLInt } from 'graphql';

/**
 * The hint Apollo's cache-control plugin reads from a field's declaration
 * (src/http/cachedReads.ts): only `maxAge`, since every read is public.
 */
export const cacheControlDirective = new GraphQLDirective({
  name: 'cacheControl',
  description: 'How long, in seconds, a GET answer that holds this field may be reused by a browser or a CDN; 0: not at all.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: { maxAge: { type: GraphQLInt, description: 'Seconds; the answer takes the lowest of its fields.' } },
});

/** For a field whose answer moves with every write (the change log, the downloads' addresses): never cached. */
export const NOT_CACHEABLE = '@cacheControl(maxAge: 0)';
