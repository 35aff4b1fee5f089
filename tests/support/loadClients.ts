import { ChildProcess, spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { join } from 'node:path';

/** A script of tests/support in a process of its own: when it first prints a line, and the JSON it prints last. */
function helper(script: string, ...args: string[]): { process: ChildProcess; firstLine: Promise<void>; printed: Promise<unknown> } {
  const child = spawn(process.execPath, ['-r', join(__dirname, 'tsRegister.js'), join(__dirname, script), ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const out: Buffer[] = [];
  const firstLine = new Promise<void>((resolve) =>
    child.stdout!.on('data', (chunk: Buffer) => {
      out.push(chunk);
      if (chunk.includes('\n')) resolve();
    }),
  );
  const printed = new Promise<unknown>((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(Buffer.concat(out).toString().split('\n').pop()!)) : reject(new Error(`${script} exited with ${code}`)))),
  );
  return { process: child, firstLine, printed };
}

export interface FloodOutcome {
  status: number;
  code: string;
  retryAfter: string | null;
}

/**
 * One client sending `count` costliest requests (or `body`) at once (floodClient.ts), from a
 * process of its own at the lowest CPU priority: a client elsewhere would not take
 * this machine's two cores, and at the health checks' priority, decoding its fifty
 * answers delayed the checks' own process by up to 300 ms while the API, timed
 * from its side, answered them within 100 ms.
 */
export function floodFrom(url: string, localAddress: string, count: number, { body, lowPriority = true }: { body?: string; lowPriority?: boolean } = {}): Promise<FloodOutcome[]> {
  const client = helper('floodClient.ts', url, String(count), localAddress, ...(body ? [body] : []));
  if (lowPriority) setPriority(client.process.pid!, 19);
  return client.printed as Promise<FloodOutcome[]>;
}

/**
 * `count` requests (`body`) from one client that all reach the server at once
 * (burstClient.ts): `ready` once its connections are open; `send` has them
 * sent and holds this process's event loop, the server's, for `holdMs`
 * meanwhile, so that they are all waiting at its next turn; `answers` are
 * their statuses and error codes.
 */
export async function burstFrom(url: string, localAddress: string, count: number, body: string) {
  const client = helper('burstClient.ts', url, String(count), localAddress, body);
  await client.firstLine;
  return {
    send(holdMs: number): void {
      client.process.stdin!.write('go\n');
      const until = Date.now() + holdMs;
      while (Date.now() < until); // the server's loop, held on purpose
    },
    answers: client.printed as Promise<{ status: number; code: string }[]>,
  };
}

/**
 * A load balancer's health checks (healthProbe.ts), in a process of their own so
 * that they time the server and not the test's event loop: resolves once they run;
 * `stop` ends them and gives each check's time in ms (-1 for an answer other than 200).
 */
export async function healthChecks(url: string): Promise<{ stop(): Promise<number[]> }> {
  const checks = helper('healthProbe.ts', url);
  await checks.firstLine;
  return {
    stop: () => {
      checks.process.stdin!.end();
      return checks.printed as Promise<number[]>;
    },
  };
}
