import { request } from 'node:http';
import { WORST_CASE } from './hostileRequests';

/**
 * One client flooding the API: `count` copies of a request (the costliest the
 * limits allow, unless a body is given), all at once, from `localAddress`; prints each answer's status,
 * error code and Retry-After as one JSON array. Run as a process of its own
 * (tests/integration/attacks.admission.test.ts), so that decoding fifty answers
 * is not done on the event loop that also times the health checks.
 */
const [url, count, localAddress, body = WORST_CASE.body!] = process.argv.slice(2);

interface Outcome {
  status: number;
  code: string;
  retryAfter: string | null;
}

const send = () =>
  new Promise<Outcome>((resolve, reject) => {
    const sent = request(`${url}/graphql`, { method: 'POST', localAddress, agent: false, headers: { 'content-type': 'application/json' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { errors?: { extensions?: { code?: string } }[] };
        const retryAfter = response.headers['retry-after'];
        resolve({ status: response.statusCode!, code: body.errors?.[0]?.extensions?.code ?? 'ok', retryAfter: typeof retryAfter === 'string' ? retryAfter : null });
      });
    });
    sent.on('error', reject);
    sent.end(body);
  });

Promise.all(Array.from({ length: Number(count) }, send)).then(
  (outcomes) => process.stdout.write(JSON.stringify(outcomes)),
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  },
);
