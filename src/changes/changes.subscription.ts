import { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { keyedAsSelected } from '../cypher/presenters';
import { ErrorCode } from '../errors/errorCodes';
import { PublicError } from '../errors/publicError';
import { changeSequence } from './changes.queries';
import type { ChangeStreamItem } from './changeStream';

/** Subscription.changes: the changes after the cursor, then the live ones, from the feed of the server the socket reached. */
export function openChangeStream(context: GraphContext, after: string | null) {
  const position = changeSequence(after);
  if (!context.changeFeed) throw new PublicError(ErrorCode.BAD_USER_INPUT, 'Subscriptions are served over WebSocket (graphql-ws) at /graphql.');
  return context.changeFeed.open(position);
}

/** One event of the stream as the subscriber selected it; the error that ends a stream is raised as GraphQL's error. */
export function presentStreamed(item: ChangeStreamItem, info: GraphQLResolveInfo) {
  if ('error' in item) throw item.error;
  return keyedAsSelected(item as unknown as Record<string, unknown>, info);
}
