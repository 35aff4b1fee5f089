import { Field, ObjectType } from 'type-graphql';
import { TargetKind } from '../entities/entity.enums';
import { Entity } from '../entities/entity.type';

@ObjectType({ implements: Entity, simpleResolvers: true })
export class Target extends Entity {
  @Field(() => String, { nullable: true, description: 'Catalogue designation: "2016 HO3", "311P/PANSTARRS".' })
  designation!: string | null;

  @Field(() => TargetKind)
  kind!: TargetKind;

  @Field(() => Target, {
    nullable: true,
    description: 'What this target orbits or lies on: Dimorphos -> Didymos, Jezero -> Mars.',
  })
  parent!: Target | null;

  @Field(() => [Target])
  children!: Target[];
}
