import { createClient } from 'graphql-ws';
import { CHANGES_SUBSCRIPTION } from '../../src/operations/webOperations';

export type ChangeKind = 'CREATED' | 'UPDATED' | 'DELETED';

/** One committed write, as Subscription.changes streams it. */
export interface EntityChange {
  cursor: string;
  kind: ChangeKind;
  entityId: string;
  entityKind: string;
  by: string | null;
  committedAt: string;
}

type Listener = (change: EntityChange) => void;

/** Between reconnections: 1 s, doubling, at most 30 s, with jitter so that a restarted server is not met by every page at once. */
const retryWait = (retries: number) => new Promise<void>((resume) => setTimeout(resume, Math.min(30_000, 1000 * 2 ** retries) * (0.75 + Math.random() / 2)));

/** The WebSocket address of a GraphQL endpoint: ws:// beside http://, wss:// beside https://. */
export const socketUrl = (endpoint: string): string => {
  const url = new URL(endpoint, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
};

/**
 * One subscription to the change log per endpoint and page, however many
 * listen (the widgets of a page share it): opened with the first listener,
 * closed with the last. graphql-ws reconnects after a drop and subscribes
 * again with the same payload, which holds the last cursor seen, so the
 * server replays what was missed, each change once.
 */
class ChangeSubscription {
  private readonly listeners = new Set<Listener>();
  private stop: (() => void) | null = null;
  private readonly variables: { after: string | null } = { after: null };

  constructor(private readonly endpoint: string) {}

  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    if (!this.stop) this.open();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.close();
    };
  }

  private open(): void {
    const client = createClient({ url: socketUrl(this.endpoint), retryAttempts: Infinity, shouldRetry: () => true, retryWait });
    const unsubscribe = client.subscribe<{ changes: EntityChange }>(
      { query: CHANGES_SUBSCRIPTION, variables: this.variables },
      {
        next: ({ data }) => {
          if (!data) return;
          this.variables.after = data.changes.cursor;
          for (const listener of this.listeners) listener(data.changes);
        },
        // Refused (a cursor older than the log keeps, a limit): start again from now, after a pause.
        error: () => {
          this.close();
          this.variables.after = null;
          if (this.listeners.size > 0) void retryWait(3).then(() => this.listeners.size > 0 && !this.stop && this.open());
        },
        complete: () => {},
      },
    );
    this.stop = () => {
      unsubscribe();
      void client.dispose();
    };
  }

  private close(): void {
    this.stop?.();
    this.stop = null;
  }
}

const subscriptions = new Map<string, ChangeSubscription>();

/** Calls `listener` with every change committed from now on; the function returned stops it. */
export function followChanges(endpoint: string, listener: Listener): () => void {
  const key = socketUrl(endpoint);
  let subscription = subscriptions.get(key);
  if (!subscription) subscriptions.set(key, (subscription = new ChangeSubscription(endpoint)));
  return subscription.listen(listener);
}
