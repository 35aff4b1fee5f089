import { ApolloServerPlugin, GraphQLRequestContextWillSendResponse, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { createHash } from 'node:crypto';
import type { FormattedExecutionResult } from 'graphql';
import type { GraphContext } from '../context';

/**
 * How long a read may be reused: every field gets this unless it hints
 * otherwise (`@cacheControl(maxAge: 0)` on the change log). The curated graph
 * changes a few times a day; a minute is what a write waits to be seen by
 * GET readers, and the time a CDN keeps the widget's answer.
 */
export const READ_MAX_AGE_S = 60;
/** After its max-age a cache may still answer with the old copy this long while it fetches a new one in the background. */
export const STALE_WHILE_REVALIDATE_S = 300;
/** The answers this process keeps to answer repeats (and their If-None-Match) without running a statement. */
const MAX_CACHED_ANSWERS = 2000;
const MAX_CACHED_BYTES = 32 * 1024 * 1024;

interface CachedAnswer {
  result: FormattedExecutionResult;
  etag: string;
  bytes: number;
  expiresAt: number;
}

/** The remembered answers, least recently used forgotten first. */
class AnswerCache {
  private readonly answers = new Map<string, CachedAnswer>();
  private bytes = 0;

  get(key: string, now: number): CachedAnswer | undefined {
    const answer = this.answers.get(key);
    if (!answer) return undefined;
    this.answers.delete(key);
    if (answer.expiresAt <= now) {
      this.bytes -= answer.bytes;
      return undefined;
    }
    this.answers.set(key, answer);
    return answer;
  }

  set(key: string, answer: CachedAnswer): void {
    const held = this.answers.get(key);
    if (held) this.bytes -= held.bytes;
    this.answers.set(key, answer);
    this.bytes += answer.bytes;
    for (const [oldest, old] of this.answers) {
      if (this.answers.size <= MAX_CACHED_ANSWERS && this.bytes <= MAX_CACHED_BYTES) break;
      this.answers.delete(oldest);
      this.bytes -= old.bytes;
    }
  }

  clear(): void {
    this.answers.clear();
    this.bytes = 0;
  }
}

const cacheControlHeader = (maxAge: number) => `public, max-age=${maxAge}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_S}`;

/**
 * Reads a browser or a CDN can cache: a GET of an anonymous query answers with
 * an ETag (a hash of the answer) and `Cache-Control: public, max-age=…,
 * stale-while-revalidate=…`, the max-age the lowest of its fields' hints
 * (Apollo's cache-control plugin). Within that max-age a repeat of the same
 * operation and variables is answered from memory, an If-None-Match with 304
 * (express compares the ETag), and no statement runs. POST answers, and reads
 * that carry a token or ask for extensions.cypher, are neither hinted nor kept.
 * A write through this process forgets every kept answer; another process's
 * write is seen when the answer's max-age ends, as a CDN would see it.
 */
export function cachedReadsPlugin(): ApolloServerPlugin<GraphContext> {
  // It wraps every field's resolver to gather the hints: only for the GET reads that can use them.
  const hints = ApolloServerPluginCacheControl({ defaultMaxAge: READ_MAX_AGE_S, calculateHttpHeaders: true });
  const answers = new AnswerCache();
  return {
    serverWillStart: (service) => hints.serverWillStart!(service),
    async requestDidStart(requestContext) {
      const { request, contextValue } = requestContext;
      if (request.http?.method !== 'GET' || request.http.headers.get('authorization') || contextValue.showCypher) {
        return {
          // Even a write that failed is forgotten after: a kept answer is never older than a write it could miss.
          async willSendResponse({ operation }) {
            if (operation?.operation === 'mutation') answers.clear();
          },
        };
      }
      const gathering = (await hints.requestDidStart!(requestContext))!;
      let key: string | undefined;
      let hit: CachedAnswer | undefined;
      return {
        async responseForOperation({ operation, queryHash, request: { operationName, variables } }) {
          if (operation.operation !== 'query') return null;
          key = `${queryHash}\n${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
          hit = answers.get(key, Date.now());
          return hit ? { body: { kind: 'single', singleResult: hit.result }, http: { status: 200, headers: new HeaderMap() } } : null;
        },
        executionDidStart: (context) => gathering.executionDidStart!(context),
        async willSendResponse(context: GraphQLRequestContextWillSendResponse<GraphContext>) {
          const headers = context.response.http.headers;
          if (hit) {
            headers.set('cache-control', cacheControlHeader(Math.max(0, Math.floor((hit.expiresAt - Date.now()) / 1000))));
            headers.set('etag', hit.etag);
            return;
          }
          await gathering.willSendResponse!(context);
          const maxAge = /^max-age=(\d+), public$/.exec(headers.get('cache-control') ?? '')?.[1];
          const { body } = context.response;
          if (!key || !maxAge || Number(maxAge) === 0 || body.kind !== 'single') return;
          const text = JSON.stringify(body.singleResult);
          const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
          headers.set('cache-control', cacheControlHeader(Number(maxAge)));
          headers.set('etag', etag);
          answers.set(key, { result: body.singleResult, etag, bytes: text.length, expiresAt: Date.now() + Number(maxAge) * 1000 });
        },
      };
    },
  };
}
