import { Field, Float, ObjectType } from 'type-graphql';
import { fromScope, projectScope } from '../cypher/fieldCompilers';
import { Compiled } from '../entities/compiled';
import { Entity } from '../entities/entity.type';

/** Compiled from the scope the search statement binds: the hit's node and its score. */
@ObjectType({ description: 'An entity that matches the search text, with how well it matches.', simpleResolvers: true })
export class SearchHit {
  @Field(() => Float, { description: 'Higher is better; hits come best first.' })
  @Compiled(fromScope('score'))
  score!: number;

  @Field(() => Entity, { description: 'The mission, agency, target or event found.' })
  @Compiled(projectScope('node'))
  entity!: Entity;
}
