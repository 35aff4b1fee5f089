import { Field, ID, Int, ObjectType } from 'type-graphql';
import { fromScope, projectScopeEach } from '../cypher/fieldCompilers';
import { Compiled } from '../entities/compiled';
import { Entity } from '../entities/entity.type';

/** Read from a relationship of the graph. */
@ObjectType({ simpleResolvers: true })
export class GraphEdge {
  @Field({ description: 'The relationship type as stored: TARGETS, OPERATED_BY, HAS_EVENT, INVOLVES, FOLLOWS, ORBITS.' })
  @Compiled(({ source }) => `type(${source})`)
  type!: string;

  @Field(() => ID)
  @Compiled(({ source }) => `startNode(${source}).id`)
  from!: string;

  @Field(() => ID)
  @Compiled(({ source }) => `endNode(${source}).id`)
  to!: string;
}

/** Compiled from the scope the path statement binds: its length, its nodes and its relationships. */
@ObjectType({ simpleResolvers: true })
export class GraphPath {
  @Field(() => Int, { description: 'Number of edges.' })
  @Compiled(fromScope('length'))
  length!: number;

  @Field(() => [Entity], { description: 'From the start entity to the end entity.' })
  @Compiled(projectScopeEach('nodes'))
  nodes!: Entity[];

  @Field(() => [GraphEdge])
  @Compiled(projectScopeEach('edges'))
  edges!: GraphEdge[];
}

/** Compiled from the scope the neighbourhood statement binds: the nodes kept, the relationships between them, whether the limit cut in. */
@ObjectType({ simpleResolvers: true })
export class Subgraph {
  @Field(() => [Entity])
  @Compiled(projectScopeEach('nodes'))
  nodes!: Entity[];

  @Field(() => [GraphEdge])
  @Compiled(projectScopeEach('edges'))
  edges!: GraphEdge[];

  @Field({ description: 'True when the limit cut the neighbourhood short.' })
  @Compiled(fromScope('truncated'))
  truncated!: boolean;
}
