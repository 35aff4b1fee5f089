import { connect, Socket } from 'node:net';
import { startTestServer, TestServer } from '../support/testServer';

/**
 * Attacks on connections rather than on GraphQL: a body that never ends, headers
 * that never end, a keep-alive connection left idle. Each must lose its socket
 * when the server says so, not when Node's defaults (300 s, 60 s) would.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ REQUEST_TIMEOUT_MS: '500', TX_TIMEOUT_MS: '200', KEEP_ALIVE_TIMEOUT_MS: '1000' });
});
afterAll(() => server.close());

/** A raw connection to the server, with everything it received and whether the server closed it. */
function rawConnection(): Promise<{ socket: Socket; received: () => string; closed: Promise<'closed'> }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => resolve({ socket, received: () => chunks.join(''), closed }));
    const chunks: string[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    socket.on('error', () => undefined); // a reset after the answer is a close too
    const closed = new Promise<'closed'>((done) => socket.once('close', () => done('closed')));
    socket.once('error', reject);
  });
}

const stillOpenAfter = (ms: number) => new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), ms).unref());

/** Whether the server closes the connection within `ms` while the client keeps sending `text`, slowly, as an attacker would. */
async function closedWhileTrickling(connection: { socket: Socket; closed: Promise<'closed'> }, text: string, everyMs: number, ms: number) {
  const trickle = setInterval(() => connection.socket.writable && connection.socket.write(text), everyMs);
  try {
    return await Promise.race([connection.closed, stillOpenAfter(ms)]);
  } finally {
    clearInterval(trickle);
    connection.socket.destroy();
  }
}

describe('connections', () => {
  it('answers a body that never ends with 504 TIMEOUT at the deadline and closes its connection', async () => {
    const connection = await rawConnection();
    connection.socket.write('POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":');
    // The deadline is 0.5 s; Node alone would keep the socket until its requestTimeout (120 s here, 300 s by default).
    expect(await closedWhileTrickling(connection, ' ', 100, 5000)).toBe('closed');
    const { received } = connection;
    expect(received()).toMatch(/^HTTP\/1\.1 504 /);
    expect(received()).toMatch(/\r\nConnection: close\r\n/i);
    expect(received()).toContain('"code":"TIMEOUT"');
  });

  it('closes a keep-alive connection left idle for KEEP_ALIVE_TIMEOUT_MS', async () => {
    const { socket, received, closed } = await rawConnection();
    socket.write('GET /healthz HTTP/1.1\r\nHost: test\r\nConnection: keep-alive\r\n\r\n');
    // 1 s here; Node's default would hold it 5 s.
    expect(await Promise.race([closed, stillOpenAfter(3500)])).toBe('closed');
    socket.destroy();
    expect(received()).toMatch(/^HTTP\/1\.1 200 /);
    expect(received()).toMatch(/\r\nKeep-Alive: timeout=1\r\n/i);
  });

  it('closes a connection whose headers never end after 10 s, not Node\'s 60 s', async () => {
    const connection = await rawConnection();
    connection.socket.write('GET /healthz HTTP/1.1\r\nHost: test\r\n');
    expect(await closedWhileTrickling(connection, 'X-Slow: 1\r\n', 1000, 20_000)).toBe('closed');
  }, 30_000);
});
