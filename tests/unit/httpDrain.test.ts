import { createServer, Server } from 'node:http';
import { AddressInfo, connect, Socket } from 'node:net';
import { HttpDrain } from '../../src/app/shutdown';
import { createLogger } from '../../src/observability/logger';

/** A real HTTP server on a free port whose answers wait until the test releases them. */
let http: Server;
let drain: HttpDrain;
let release: () => void;
let held: Promise<void>;
let arrived: number;
beforeEach(async () => {
  held = new Promise((resolve) => (release = resolve));
  arrived = 0;
  http = createServer((request, response) => {
    arrived += 1;
    request.resume();
    request.once('end', () => void held.then(() => response.end('ok')));
  });
  drain = new HttpDrain(http);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
});
afterEach(() => http.closeAllConnections());

const REQUEST = 'POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Length: 2\r\n\r\n{}';

/** A keep-alive client on one raw connection: what it received, and whether the server ended the connection. */
function client(): { socket: Socket; received: () => string; ended: Promise<void> } {
  const socket = connect((http.address() as AddressInfo).port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString()));
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return { socket, received: () => received, ended };
}
const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('the HTTP drain on shutdown', () => {
  it('answers a request in flight with Connection: close and ends its connection, so the next request is never sent on it', async () => {
    const { socket, received, ended } = client();
    socket.write(REQUEST);
    await until(() => arrived === 1);
    const closed = drain.close(10_000, createLogger('silent'));
    release();
    await ended;
    expect(received()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(received()).toMatch(/\r\nConnection: close\r\n/i);
    await expect(closed).resolves.toBe(true);
  });
});
