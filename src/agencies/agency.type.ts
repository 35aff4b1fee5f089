import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../entities/entity.type';

@ObjectType({ implements: Entity, simpleResolvers: true })
export class Agency extends Entity {
  @Field(() => String, { nullable: true, description: 'Common abbreviation: CNSA, NASA, ESA, JAXA, ISRO.' })
  abbreviation!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 code of the country, or null for intergovernmental agencies.',
  })
  country!: string | null;
}
