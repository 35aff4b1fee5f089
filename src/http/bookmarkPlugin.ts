import { ApolloServerPlugin } from '@apollo/server';
import type { GraphContext } from '../context';
import { BOOKMARK_HEADER } from '../db/requestBookmarks';

/** A request that wrote answers with its bookmark, for the client to hand to its next request (read-your-writes). */
export const bookmarkPlugin: ApolloServerPlugin<GraphContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (contextValue.bookmarks?.wrote) response.http.headers.set(BOOKMARK_HEADER, contextValue.bookmarks.toHeader());
      },
    };
  },
};
