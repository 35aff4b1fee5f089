import { Field, ID, Int, ObjectType } from 'type-graphql';
import { fromScope, projectScopeEach } from '../cypher/fieldCompilers';
import { Compiled } from '../entities/compiled';
import { Entity } from '../entities/entity.type';

/** Read from a relationship of the graph. */
@ObjectType({ description: 'A relationship between two entities, in its stored direction.', simpleResolvers: true })
export class GraphEdge {
  @Field({ description: 'The relationship type as stored: TARGETS, OPERATED_BY, HAS_EVENT, INVOLVES, FOLLOWS, ORBITS.' })
  @Compiled(({ source }) => `type(${source})`)
  type!: string;

  @Field(() => ID, { description: 'The id at its start: a mission for TARGETS, OPERATED_BY, HAS_EVENT and FOLLOWS (the later mission), an event for INVOLVES, the orbiting target for ORBITS.' })
  @Compiled(({ source }) => `startNode(${source}).id`)
  from!: string;

  @Field(() => ID, { description: 'The id at its end.' })
  @Compiled(({ source }) => `endNode(${source}).id`)
  to!: string;
}

/** Compiled from the scope the path statement binds: its length, its nodes and its relationships. */
@ObjectType({ description: 'A chain of entities, each linked to the next by a relationship.', simpleResolvers: true })
export class GraphPath {
  @Field(() => Int, { description: 'Number of edges.' })
  @Compiled(fromScope('length'))
  length!: number;

  @Field(() => [Entity], { description: 'From the start entity to the end entity.' })
  @Compiled(projectScopeEach('nodes'))
  nodes!: Entity[];

  @Field(() => [GraphEdge], { description: 'The relationships between consecutive nodes, in path order (each in its stored direction).' })
  @Compiled(projectScopeEach('edges'))
  edges!: GraphEdge[];
}

/** Compiled from the scope the neighbourhood statement binds: the nodes kept, the relationships between them, whether the limit cut in. */
@ObjectType({ description: 'Some entities and every relationship between them.', simpleResolvers: true })
export class Subgraph {
  @Field(() => [Entity], { description: 'The entity asked about first, then the others, nearest first.' })
  @Compiled(projectScopeEach('nodes'))
  nodes!: Entity[];

  @Field(() => [GraphEdge], { description: 'Every relationship between two of the nodes.' })
  @Compiled(projectScopeEach('edges'))
  edges!: GraphEdge[];

  @Field({ description: 'True when the limit cut the neighbourhood short.' })
  @Compiled(fromScope('truncated'))
  truncated!: boolean;
}
