import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { PEER_TYPE_DEFS } from './typeDefs';

/**
 * The peer: @neo4j/graphql 7 on Apollo Server 5, set up as its documentation
 * describes (the driver handed to the library; Apollo's document cache on) and
 * without the deprecated fields, so that its schema is as small as it gets.
 * Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, PORT.
 */
async function main(): Promise<void> {
  const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
  const library = new Neo4jGraphQL({
    typeDefs: PEER_TYPE_DEFS,
    driver,
    features: {
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  const server = new ApolloServer({ schema: await library.getSchema(), stopOnTerminationSignals: true });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT ?? 4100), host: '127.0.0.1' },
    context: async ({ req }) => ({ token: req.headers.authorization }),
  });
  console.log(`peer listening at ${url}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
