import { createServer, IncomingMessage } from 'node:http';
import neo4j from 'neo4j-driver';
import { joinMultiChunkMessages } from '../../src/db/wholeMessages';
import { FLOOR_STATEMENTS } from './statements';

/**
 * The floor: a bare Node HTTP handler. POST /<query> with the variables as
 * JSON runs that query's one hand-written statement through the same driver
 * and answers { data: answer }. No GraphQL, no validation beyond the name.
 * Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, PORT.
 *
 * It reads large records as the API does, through one buffer (src/db/wholeMessages.ts):
 * that is a fix of the driver, not of a server's design, and the floor is the least CPU
 * any server could spend. The peer runs the driver as its users get it.
 */
joinMultiChunkMessages();
const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''), {
  disableLosslessIntegers: true,
});

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const server = createServer(async (req, res) => {
  const name = (req.url ?? '').slice(1) as keyof typeof FLOOR_STATEMENTS;
  const statement = FLOOR_STATEMENTS[name];
  if (req.method !== 'POST' || !statement) {
    res.writeHead(404).end();
    return;
  }
  try {
    const params = JSON.parse((await readBody(req)) || '{}');
    const { records } = await driver.executeQuery(statement, params, { routing: neo4j.routing.READ });
    const body = JSON.stringify({ data: records[0]?.get('answer') ?? null });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  } catch (error) {
    console.error(error);
    res.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[{"message":"failed"}]}');
  }
});

server.listen(Number(process.env.PORT ?? 4200), '127.0.0.1', () => console.log(`floor listening on ${process.env.PORT ?? 4200}`));
process.once('SIGTERM', () => server.close(() => void driver.close().then(() => process.exit(0))));
