import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType({
  description: 'Anything in the knowledge graph.',
  // Every compiled projection carries the concrete type's name.
  resolveType: (value: { __typename: string }) => value.__typename,
})
export abstract class Entity {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String], { description: 'URLs of the public sources the facts about this entity come from.' })
  sources!: string[];
}
