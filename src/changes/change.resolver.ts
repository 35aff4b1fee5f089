import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Directive, Info, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { NOT_CACHEABLE } from '../entities/cacheControl.directive';
import type { GraphContext } from '../context';
import { AFTER_DESCRIPTION } from '../entities/connection.type';
import { Change, ChangeConnection } from './change.type';
import { changes, CHANGES_DEFAULT_FIRST } from './changes.queries';
import { ChangeStreamItem } from './changeStream';
import { openChangeStream, presentStreamed } from './changes.subscription';

@Resolver()
export class ChangeResolver {
  @Directive(NOT_CACHEABLE)
  @Query(() => ChangeConnection, {
    description: 'The change log, oldest first: every entity created, updated or deleted, in the order the writes committed. A mirror passes the last endCursor as `after` to fetch only what changed since.',
  })
  changes(
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: CHANGES_DEFAULT_FIRST, description: 'How many changes, from 0 to 100.' }) first: number | null,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return changes(context, info, { after, first });
  }

  @Subscription(() => Change, {
    name: 'changes',
    description: 'Each committed write as it happens, over WebSocket (graphql-ws) at /graphql; with `after`, first the ones committed since that cursor, then the new ones, with no gap and no repeat between them.',
    subscribe: ({ args, context }) => openChangeStream(context as GraphContext, args.after as string | null),
  })
  changeStream(
    @Root() item: ChangeStreamItem,
    @Arg('after', () => String, { nullable: true, description: 'Start after this change\'s cursor (a Change.cursor or a changes page\'s endCursor); without it, from now.' }) _after: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    return presentStreamed(item, info);
  }
}
