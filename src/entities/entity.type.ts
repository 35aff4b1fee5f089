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

  @Field(() => String, { nullable: true, description: 'When a write last changed this entity (ISO-8601, UTC).' })
  updatedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'The name of the write token (or "seed") that last changed it.' })
  updatedBy!: string | null;
}
