import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface SubscriptionEvent<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** One subscription as a client sees it: what it received so far, and how it ended. */
export interface Subscription<T = Record<string, any>> {
  events: SubscriptionEvent<T>[];
  /** The errors of graphql-ws's error message (a refused document), or the close of the socket. */
  failure: unknown;
  ended: Promise<void>;
  /** Resolves once `count` events came (or the subscription ended first). */
  received(count: number): Promise<SubscriptionEvent<T>[]>;
  stop(): void;
}

/** A graphql-ws client of the server at `url` (http://host:port): one WebSocket, opened on first use. */
export function wsClient(url: string, options: { onClosed?: (event: unknown) => void } = {}): Client {
  return createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    on: options.onClosed ? { closed: options.onClosed } : undefined,
  });
}

export function subscribe<T = Record<string, any>>(client: Client, query: string, variables: Record<string, unknown> = {}): Subscription<T> {
  const events: SubscriptionEvent<T>[] = [];
  const waiting: (() => void)[] = [];
  const wakeAll = () => waiting.splice(0).forEach((wake) => wake());
  let failure: unknown;
  let finished = false;
  let stop = () => {};
  const ended = new Promise<void>((resolve) => {
    stop = client.subscribe<T>(
      { query, variables },
      {
        next: (event) => {
          events.push(event as SubscriptionEvent<T>);
          wakeAll();
        },
        error: (error) => {
          failure = error;
          finished = true;
          wakeAll();
          resolve();
        },
        complete: () => {
          finished = true;
          wakeAll();
          resolve();
        },
      },
    );
  });
  return {
    events,
    get failure() {
      return failure;
    },
    ended,
    async received(count: number) {
      while (events.length < count && !finished) await new Promise<void>((wake) => waiting.push(wake));
      return events.slice(0, count);
    },
    stop: () => stop(),
  };
}
