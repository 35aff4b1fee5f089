import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Entity } from '../entities/entity.type';
import { Mission } from '../missions/mission.type';

export enum RelatedReasonKind {
  SHARED_TARGET = 'SHARED_TARGET',
  SHARED_AGENCY = 'SHARED_AGENCY',
  FOLLOW_UP = 'FOLLOW_UP',
  SAME_TARGET_KIND = 'SAME_TARGET_KIND',
  SAME_MISSION_KIND = 'SAME_MISSION_KIND',
  SAME_PARENT_BODY = 'SAME_PARENT_BODY',
}
registerEnumType(RelatedReasonKind, { name: 'RelatedReasonKind' });

@ObjectType({ simpleResolvers: true })
export class RelatedReason {
  @Field(() => RelatedReasonKind)
  kind!: RelatedReasonKind;

  @Field(() => Entity, { nullable: true, description: 'The shared target or agency, where the reason has one.' })
  via!: Entity | null;

  @Field(() => String, {
    nullable: true,
    description: 'For SAME_MISSION_KIND the shared MissionKind, for SAME_TARGET_KIND the shared TargetKind ("SAMPLE_RETURN", "ASTEROID").',
  })
  detail!: string | null;

  @Field(() => Float, { description: "This reason's share of the score." })
  weight!: number;
}

@ObjectType({ simpleResolvers: true })
export class RelatedMission {
  @Field(() => Mission)
  mission!: Mission;

  @Field(() => Float)
  score!: number;

  @Field(() => [RelatedReason])
  reasons!: RelatedReason[];
}
