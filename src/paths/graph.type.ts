import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity } from '../entities/entity.type';

@ObjectType({ simpleResolvers: true })
export class GraphEdge {
  @Field({ description: 'The relationship type as stored: TARGETS, OPERATED_BY, HAS_EVENT, INVOLVES, FOLLOWS, ORBITS.' })
  type!: string;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;
}

@ObjectType({ simpleResolvers: true })
export class GraphPath {
  @Field(() => Int, { description: 'Number of edges.' })
  length!: number;

  @Field(() => [Entity], { description: 'From the start entity to the end entity.' })
  nodes!: Entity[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];
}

@ObjectType({ simpleResolvers: true })
export class Subgraph {
  @Field(() => [Entity])
  nodes!: Entity[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field({ description: 'True when the limit cut the neighbourhood short.' })
  truncated!: boolean;
}
