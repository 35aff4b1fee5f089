import { Neo4jError } from 'neo4j-driver';
import { retriedOnce } from '../../src/db/readRetry';

/** A read is retried as a managed transaction would be under this project's driver settings: once, about a second later. */
describe('a read that fails', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const failing = (...errors: Error[]) => {
    const attempts: number[] = [];
    const attempt = () => {
      attempts.push(Date.now());
      const error = errors.shift();
      return error ? Promise.reject(error) : Promise.resolve('rows');
    };
    return { attempts, attempt };
  };
  const unavailable = () => new Neo4jError('Connection was closed by server', 'ServiceUnavailable', 'N/A', 'N/A');

  it('is tried again about a second after a failure the driver calls retryable, and answers', async () => {
    const { attempts, attempt } = failing(unavailable());
    const answer = retriedOnce(attempt);
    await jest.advanceTimersByTimeAsync(1300);
    await expect(answer).resolves.toBe('rows');
    expect(attempts).toHaveLength(2);
    expect(attempts[1] - attempts[0]).toBeGreaterThanOrEqual(800);
    expect(attempts[1] - attempts[0]).toBeLessThanOrEqual(1200);
  });

  it('is tried twice at most', async () => {
    const { attempts, attempt } = failing(unavailable(), unavailable(), unavailable());
    const answer = retriedOnce(attempt);
    const settled = expect(answer).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    await jest.advanceTimersByTimeAsync(5000);
    await settled;
    expect(attempts).toHaveLength(2);
  });

  it('is not tried again when the statement itself is at fault', async () => {
    const { attempts, attempt } = failing(new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A'));
    await expect(retriedOnce(attempt)).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(attempts).toHaveLength(1);
  });
});
