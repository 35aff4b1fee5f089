import 'reflect-metadata';
import { GraphQLSchema, printSchema, specifiedDirectives } from 'graphql';
import { buildSchemaSync, PubSub } from 'type-graphql';
// The entity types, first, in the order the published schema prints them.
import '../agencies/agency.type';
import '../targets/target.type';
import '../missions/mission.type';
import '../events/event.type';
// The root fields come in the order their resolvers' modules load: the published schema's order.
import { AgencyResolver } from '../agencies/agency.resolver';
import { ChangeResolver } from '../changes/change.resolver';
import { DatasetResolver } from '../dataset/dataset.resolver';
import { EntityResolver } from '../entities/entity.resolver';
import { EventResolver } from '../events/event.resolver';
import { MissionResolver } from '../missions/mission.resolver';
import { PathResolver } from '../traversal/traversal.resolver';
import { RelatedResolver } from '../related/related.resolver';
import { SearchResolver } from '../search/search.resolver';
import { StatsResolver } from '../stats/stats.resolver';
import { TargetResolver } from '../targets/target.resolver';
import { WriteResolver } from '../writes/write.resolver';
import { bindPresenters } from '../cypher/presenters';
import { cacheControlDirective } from '../entities/cacheControl.directive';

const UNUSED_PUBSUB: PubSub = {
  publish: () => undefined,
  subscribe: () => {
    throw new Error('every subscription brings its own subscribe');
  },
};

let schema: GraphQLSchema | undefined;

/** type-graphql gives the root types no description of their own. */
function describeRoots(built: GraphQLSchema): GraphQLSchema {
  built.getQueryType()!.description = 'Reads: anyone may ask, no token needed. Each field is answered by one Cypher statement.';
  const mutations = built.getMutationType();
  if (mutations) mutations.description = "Writes: each needs an editor's token (Authorization: Bearer …), runs in one transaction and is logged in the change log.";
  const subscriptions = built.getSubscriptionType();
  if (subscriptions) subscriptions.description = 'Live data over WebSocket (graphql-ws) at /graphql: anyone may subscribe, with the limits of a query.';
  return built;
}

/** Built once per process: type-graphql's reflection is not free. */
export function buildGraphSchema(): GraphQLSchema {
  schema ??= bindPresenters(describeRoots(
    buildSchemaSync({
      resolvers: [
        EntityResolver, MissionResolver, AgencyResolver, TargetResolver, EventResolver,
        SearchResolver, RelatedResolver, PathResolver, StatsResolver, DatasetResolver, ChangeResolver, WriteResolver,
      ],
      directives: [...specifiedDirectives, cacheControlDirective],
      validate: false,
      emitSchemaFile: false,
      // type-graphql asks any schema with a subscription for a PubSub, even when each brings its own subscribe,
      // as Subscription.changes does (it reads the change feed of its context): this one is never reached.
      pubSub: UNUSED_PUBSUB,
    }),
  ));
  return schema;
}

export const printGraphSchema = (): string => `${printSchema(buildGraphSchema())}\n`;
