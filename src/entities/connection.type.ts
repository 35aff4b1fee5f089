import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { CONNECTION_COMPILERS, EDGE_COMPILERS, PAGE_INFO_COMPILERS, presentCursor } from '../cypher/connection';
import { Compiled } from './compiled';

/** What the paging arguments of every list say. */
export const PAGE_SIZE_DESCRIPTION = 'How many to return, at most 100; a page holds fewer only at the end of the list.';
export const AFTER_DESCRIPTION = "Start after this cursor: a previous page's pageInfo.endCursor or an edge's cursor.";

@ObjectType({ description: 'Where a page ends, and whether the list goes on.', simpleResolvers: true })
export class PageInfo {
  @Field()
  @Compiled(PAGE_INFO_COMPILERS.hasNextPage)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  @Compiled(PAGE_INFO_COMPILERS.endCursor, presentCursor)
  endCursor!: string | null;
}

/** The contract's <Node>Edge and <Node>Connection pair for one node type. */
export function connectionTypes<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field()
    @Compiled(EDGE_COMPILERS.cursor, presentCursor)
    cursor!: string;

    @Field(() => node)
    @Compiled(EDGE_COMPILERS.node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection {
    @Field(() => Int)
    @Compiled(CONNECTION_COMPILERS.totalCount)
    totalCount!: number;

    @Field(() => [node])
    @Compiled(CONNECTION_COMPILERS.nodes)
    nodes!: T[];

    @Field(() => [Edge])
    @Compiled(CONNECTION_COMPILERS.edges)
    edges!: Edge[];

    @Field(() => PageInfo)
    @Compiled(CONNECTION_COMPILERS.pageInfo)
    pageInfo!: PageInfo;
  }

  return { Edge, Connection };
}
