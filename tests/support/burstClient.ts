import { Socket, connect } from 'node:net';
import { request } from 'node:http';

/**
 * One client's burst: `count` connections to the API from `localAddress`,
 * opened first (it prints "connected"), then, when a line comes on stdin, one
 * request down each of them in one synchronous loop; prints each answer's
 * status and error code as one JSON array. The test holds the server's event
 * loop meanwhile, so that every request of the burst is there at its next turn
 * (tests/integration/attacks.admission.test.ts).
 */
const [url, count, localAddress, body] = process.argv.slice(2);
const { hostname, port } = new URL(url);

const opened = (): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port), localAddress }, () => resolve(socket));
    socket.once('error', reject);
  });

const answer = (socket: Socket) =>
  new Promise<{ status: number; code: string }>((resolve, reject) => {
    const sent = request(`${url}/graphql`, { method: 'POST', createConnection: () => socket, headers: { 'content-type': 'application/json', connection: 'close' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const reply = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { errors?: { extensions?: { code?: string } }[] };
        resolve({ status: response.statusCode!, code: reply.errors?.[0]?.extensions?.code ?? 'ok' });
      });
    });
    sent.on('error', reject);
    sent.end(body);
  });

Promise.all(Array.from({ length: Number(count) }, opened))
  .then((sockets) => {
    process.stdout.write('connected\n');
    return new Promise<typeof sockets>((resolve) => process.stdin.once('data', () => resolve(sockets)));
  })
  .then((sockets) => Promise.all(sockets.map(answer)))
  .then(
    (outcomes) => {
      process.stdout.write(JSON.stringify(outcomes));
      process.exit(0);
    },
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    },
  );
