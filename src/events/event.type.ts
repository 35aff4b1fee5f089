import { Field, Float, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { DatePrecision, EventType } from '../entities/entity.enums';
import { Entity } from '../entities/entity.type';
import { Mission } from '../missions/mission.type';
import { Target } from '../targets/target.type';

@ObjectType({ implements: Entity, simpleResolvers: true })
export class Event extends Entity {
  @Field(() => EventType)
  type!: EventType;

  @Field(() => DateScalar, { nullable: true, description: 'For MONTH or YEAR precision, the first day of that month or year.' })
  date!: string | null;

  @Field(() => DatePrecision)
  datePrecision!: DatePrecision;

  @Field({ description: 'True while the event has not happened yet.' })
  planned!: boolean;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Distance from Earth when it happened, where that is the point (an image of Earth taken from 43 million km).',
  })
  distanceKm!: number | null;

  @Field(() => Mission)
  mission!: Mission;

  @Field(() => [Target])
  targets!: Target[];
}
