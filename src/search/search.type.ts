import { Field, Float, ObjectType } from 'type-graphql';
import { Entity } from '../entities/entity.type';

@ObjectType({ simpleResolvers: true })
export class SearchHit {
  @Field(() => Float, { description: 'Higher is better; hits come best first.' })
  score!: number;

  @Field(() => Entity)
  entity!: Entity;
}
