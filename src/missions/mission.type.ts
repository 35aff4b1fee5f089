import { Field, ObjectType } from 'type-graphql';
import { Agency } from '../agencies/agency.type';
import { DateScalar } from '../common/date.scalar';
import { MissionKind, MissionStatus } from '../entities/entity.enums';
import { Entity } from '../entities/entity.type';
import { Target } from '../targets/target.type';

@ObjectType({ implements: Entity, simpleResolvers: true })
export class Mission extends Entity {
  @Field(() => [String], { description: 'Other names: "Tianwen 2", "ZhengHe".' })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => [MissionKind])
  kinds!: MissionKind[];

  @Field(() => MissionStatus)
  status!: MissionStatus;

  @Field(() => DateScalar, { nullable: true })
  launchDate!: string | null;

  @Field(() => DateScalar, { nullable: true })
  endDate!: string | null;

  @Field(() => [Agency], { description: 'Operating agencies, the lead agency first.' })
  agencies!: Agency[];

  @Field(() => [Target], { description: 'Targets in mission order: the primary target first.' })
  targets!: Target[];

  @Field(() => [Mission], { description: 'Missions this one follows up (Tianwen-2 follows Tianwen-1).' })
  predecessors!: Mission[];

  @Field(() => [Mission], { description: 'Missions that follow this one up.' })
  successors!: Mission[];
}
