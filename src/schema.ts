import 'reflect-metadata';
import { GraphQLSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AgencyResolver } from './agencies/agency.resolver';
import { EntityResolver } from './entities/entity.resolver';
import { EventResolver } from './events/event.resolver';
import { MissionResolver } from './missions/mission.resolver';
import { PathResolver } from './paths/path.resolver';
import { RelatedResolver } from './related/related.resolver';
import { SearchResolver } from './search/search.resolver';
import { StatsResolver } from './stats/stats.resolver';
import { WriteResolver } from './writes/write.resolver';
import { TargetResolver } from './targets/target.resolver';

let schema: GraphQLSchema | undefined;

/** Built once per process: type-graphql's reflection is not free. */
export function buildGraphSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [
      EntityResolver, MissionResolver, AgencyResolver, TargetResolver, EventResolver,
      SearchResolver, RelatedResolver, PathResolver, StatsResolver, WriteResolver,
    ],
    validate: false,
    emitSchemaFile: false,
  });
  return schema;
}

export const printGraphSchema = (): string => `${printSchema(buildGraphSchema())}\n`;
