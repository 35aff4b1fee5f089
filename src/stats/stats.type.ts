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
@ObjectType({ simpleResolvers: true })
export class CountByKey {
  @Field()
  @Compiled(property('key'))
  key!: string;

  @Field(() => Int)
  @Compiled(property('count'))
  count!: number;
}

/** A count for an entity: compiled from the scope { entity, count } its list binds. */
@ObjectType({ simpleResolvers: true })
export class CountByEntity {
  @Field(() => Entity)
  @Compiled(projectScope('entity'))
  entity!: Entity;

  @Field(() => Int)
  @Compiled(fromScope('count'))
  count!: number;
}

const compiled = (name: keyof typeof STATS_COMPILERS): FieldCompiler => STATS_COMPILERS[name];

/** Every figure is its own subquery inside one statement, so that none multiplies another. */
@ObjectType({ simpleResolvers: true })
export class GraphStats {
  @Field(() => Int)
  @Compiled(compiled('missions'))
  missions!: number;

  @Field(() => Int)
  @Compiled(compiled('agencies'))
  agencies!: number;

  @Field(() => Int)
  @Compiled(compiled('targets'))
  targets!: number;

  @Field(() => Int)
  @Compiled(compiled('events'))
  events!: number;

  @Field(() => Int)
  @Compiled(compiled('relationships'))
  relationships!: number;

  @Field(() => [CountByKey], { description: 'Missions per kind of target they aim at (a mission counts once per kind).' })
  @Compiled(compiled('missionsByTargetKind'))
  missionsByTargetKind!: CountByKey[];

  @Field(() => [CountByKey], { description: 'Keys like "1970s".' })
  @Compiled(compiled('missionsByDecade'))
  missionsByDecade!: CountByKey[];

  @Field(() => [CountByKey])
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
