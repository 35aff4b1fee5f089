import { Field, Int, ObjectType } from 'type-graphql';
import { Entity } from '../entities/entity.type';

@ObjectType({ simpleResolvers: true })
export class CountByKey {
  @Field()
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true })
export class CountByEntity {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true })
export class GraphStats {
  @Field(() => Int)
  missions!: number;

  @Field(() => Int)
  agencies!: number;

  @Field(() => Int)
  targets!: number;

  @Field(() => Int)
  events!: number;

  @Field(() => Int)
  relationships!: number;

  @Field(() => [CountByKey], { description: 'Missions per kind of target they aim at (a mission counts once per kind).' })
  missionsByTargetKind!: CountByKey[];

  @Field(() => [CountByKey], { description: 'Keys like "1970s".' })
  missionsByDecade!: CountByKey[];

  @Field(() => [CountByKey])
  missionsByStatus!: CountByKey[];
}
