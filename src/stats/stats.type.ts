import { Field, Int, ObjectType } from 'type-graphql';
import { FieldCompiler } from '../cypher/compiledField';
import { fromScope, property, projectScope } from '../cypher/fieldCompilers';
import { Compiled } from '../entities/compiled';
import { declareFields } from '../entities/declareFields';
import { Entity } from '../entities/entity.type';
import { computed } from '../entities/fieldDescriptor';
import { MissionWhere } from '../missions/mission.where';
import { Facet, MAX_DIMENSIONS, missionsBy, StatsDimension } from './pivot';
import { MISSIONS_BY_AGENCY, STATS_COMPILERS } from './stats.compilers';

/** A count under a key: read from a map { key, count }. */
@ObjectType({ description: 'How many missions fall under one key.', simpleResolvers: true })
export class CountByKey {
  @Field({ description: 'The value counted: a status, a target kind, a decade ("1970s").' })
  @Compiled(property('key'))
  key!: string;

  @Field(() => Int, { description: 'How many missions.' })
  @Compiled(property('count'))
  count!: number;
}

/** A count for an entity: compiled from the scope { entity, count } its list binds. */
@ObjectType({ description: 'How many missions an entity has, or shares with another.', simpleResolvers: true })
export class CountByEntity {
  @Field(() => Entity, { description: 'The entity counted for: an agency.' })
  @Compiled(projectScope('entity'))
  entity!: Entity;

  @Field(() => Int, { description: 'How many missions.' })
  @Compiled(fromScope('count'))
  count!: number;
}

const compiled = (name: keyof typeof STATS_COMPILERS): FieldCompiler => STATS_COMPILERS[name];

/** Every figure is its own subquery inside one statement, so that none multiplies another. */
@ObjectType({ description: 'Counts over the whole graph, as it is now.', simpleResolvers: true })
export class GraphStats {
  @Field(() => Int, { description: 'How many missions, of every status (planned and cancelled ones included).' })
  @Compiled(compiled('missions'))
  missions!: number;

  @Field(() => Int, { description: 'How many agencies.' })
  @Compiled(compiled('agencies'))
  agencies!: number;

  @Field(() => Int, { description: 'How many targets, sites and regions included.' })
  @Compiled(compiled('targets'))
  targets!: number;

  @Field(() => Int, { description: 'How many events, planned ones included.' })
  @Compiled(compiled('events'))
  events!: number;

  @Field(() => Int, { description: 'How many relationships of every type (GraphEdge.type lists them).' })
  @Compiled(compiled('relationships'))
  relationships!: number;

  @Field(() => [CountByKey], { description: 'Missions per kind of target they aim at (a mission counts once per kind).' })
  @Compiled(compiled('missionsByTargetKind'))
  missionsByTargetKind!: CountByKey[];

  @Field(() => [CountByKey], { description: 'Missions per decade of launch, keys like "1970s", oldest first; "undated" counts those not launched.' })
  @Compiled(compiled('missionsByDecade'))
  missionsByDecade!: CountByKey[];

  @Field(() => [CountByKey], { description: 'Missions per MissionStatus, most first.' })
  @Compiled(compiled('missionsByStatus'))
  missionsByStatus!: CountByKey[];
}

declareFields(GraphStats, [
  ['missionsByAgency', computed(() => [CountByEntity], MISSIONS_BY_AGENCY)],
  [
    'missionsBy',
    computed(() => [Facet], {
      description:
        'v2. Missions counted along several dimensions at once, a pivot table: each facet\'s keys follow the order of `dimensions`; a mission with two agencies counts once under each.',
      args: {
        dimensions: { type: () => [StatsDimension], nullable: false, description: `One to ${MAX_DIMENSIONS} dimensions, each at most once.` },
        where: { type: () => MissionWhere, description: 'Only the missions that match.' },
      },
      cypher: missionsBy,
    }),
  ],
]);
