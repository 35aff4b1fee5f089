import express from 'express';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { parseWriteTokens } from '../../src/auth/writeTokens';
import { requestDeadline } from '../../src/http/requestDeadline';
import { createLogger } from '../../src/observability/logger';

/**
 * The HTTP deadline answers whatever holds a request past its time when no
 * statement does (a wait for a connection, a retry): here, a handler that never answers.
 */
let http: Server;
let url: string;
beforeAll(async () => {
  const app = express();
  const { tokens } = parseWriteTokens('tester:editor:editor-token-0123456789');
  app.use(requestDeadline(300, tokens, createLogger('silent')));
  app.post('/graphql', () => undefined);
  http = await new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  http.closeAllConnections();
  await new Promise((resolve) => http.close(resolve));
});

describe('the HTTP request deadline', () => {
  it('answers 504 with TIMEOUT when nothing else answered in time', async () => {
    const response = await fetch(url, { method: 'POST' });
    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({ errors: [{ message: 'The request took too long and was stopped.', extensions: { code: 'TIMEOUT' } }] });
  });

  it('leaves an editor alone: an import may run longer than a public request', async () => {
    const waited = await Promise.race([
      fetch(url, { method: 'POST', headers: { authorization: 'Bearer editor-token-0123456789' } }).then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 1000)),
    ]);
    expect(waited).toBe('still waiting');
  });
});
