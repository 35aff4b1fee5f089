import type { Logger } from '../observability/logger';
import { isUnavailable } from '../errors/databaseError';

const RETRY_DELAY_MS = 1000;

/**
 * Whether the API may send requests to Neo4j: false until the start-up work
 * (migrations, and the seed of an empty database) has succeeded once. When Neo4j is down at start
 * the server listens anyway and this keeps trying in the background, so it
 * becomes ready by itself once Neo4j answers, with no restart.
 */
export class DatabaseReadiness {
  private isPrepared = false;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly prepare: () => Promise<void>,
    private readonly logger: Logger,
  ) {}

  get ready(): boolean {
    return this.isPrepared;
  }

  /** One attempt now, awaited; on failure the retries go on in the background. Other failures than an unreachable Neo4j are thrown. */
  async start(): Promise<void> {
    try {
      await this.attempt();
    } catch (error) {
      if (!isUnavailable(error)) throw error;
      this.logger.warn('Neo4j does not answer; serving SERVICE_UNAVAILABLE and retrying until it does');
      this.schedule();
    }
  }

  /** Shutting down: no retry starts any more (requests in flight keep the gate open). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.retry);
  }

  private async attempt(): Promise<void> {
    await this.prepare();
    this.isPrepared = true;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.retry = setTimeout(() => {
      this.attempt().then(
        () => this.logger.info('Neo4j answers; the database is ready'),
        (error: unknown) => {
          if (!isUnavailable(error)) this.logger.error({ err: error }, 'preparing the database failed; retrying');
          this.schedule();
        },
      );
    }, RETRY_DELAY_MS);
  }
}
