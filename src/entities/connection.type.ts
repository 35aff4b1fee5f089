import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { CONNECTION_COMPILERS, EDGE_COMPILERS, PAGE_INFO_COMPILERS, presentCursor } from '../cypher/connection';
import { Compiled } from './compiled';

/** What the paging arguments of every list say. */
export const PAGE_SIZE_DESCRIPTION = 'How many to return, at most 100; a page holds fewer only at the end of the list.';
export const AFTER_DESCRIPTION = "Start after this cursor: a previous page's pageInfo.endCursor or an edge's cursor.";

@ObjectType({ description: 'Where a page ends, and whether the list goes on.', simpleResolvers: true })
export class PageInfo {
  @Field({ description: 'Whether the list goes on after this page.' })
  @Compiled(PAGE_INFO_COMPILERS.hasNextPage)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The last item\'s cursor: pass it as `after` for the next page. Null on an empty page, except in the change log, which answers the cursor it was given.' })
  @Compiled(PAGE_INFO_COMPILERS.endCursor, presentCursor)
  endCursor!: string | null;
}

/** The contract's <Node>Edge and <Node>Connection pair for one node type; `plural` names its items in the descriptions ("missions"). */
export function connectionTypes<T extends object>(node: ClassType<T>, name: string, plural: string) {
  @ObjectType(`${name}Edge`, { description: `One of a page's ${plural}, with its cursor.`, simpleResolvers: true })
  class Edge {
    @Field({ description: `Pass as \`after\` to read the ${plural} that follow this one.` })
    @Compiled(EDGE_COMPILERS.cursor, presentCursor)
    cursor!: string;

    @Field(() => node, { description: `One of the ${plural}.` })
    @Compiled(EDGE_COMPILERS.node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${plural}, with how many there are in all.`, simpleResolvers: true })
  class Connection {
    @Field(() => Int, { description: `How many ${plural} the list holds, across every page.` })
    @Compiled(CONNECTION_COMPILERS.totalCount)
    totalCount!: number;

    @Field(() => [node], { description: `This page's ${plural}, in the list's order.` })
    @Compiled(CONNECTION_COMPILERS.nodes)
    nodes!: T[];

    @Field(() => [Edge], { description: `The same ${plural}, each with its cursor.` })
    @Compiled(CONNECTION_COMPILERS.edges)
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether the list goes on, and where to start the next page.' })
    @Compiled(CONNECTION_COMPILERS.pageInfo)
    pageInfo!: PageInfo;
  }

  return { Edge, Connection };
}
