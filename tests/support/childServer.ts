import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { MALLOC_ARENAS } from '../../src/app/memory';

const ROOT = join(__dirname, '..', '..');

export interface ChildServer {
  url: string;
  /** The metrics listener (METRICS_PORT, a free port unless `env` says otherwise), or null when it is off. */
  metricsUrl: string | null;
  child: ChildProcess;
  /** Every JSON log line the server wrote so far. */
  logs: Record<string, any>[];
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
}

/** `node src/index.ts` as `npm start` runs it, in a process of its own, on a free port. */
export async function startChildServer(env: NodeJS.ProcessEnv, startTimeoutMs = 120_000): Promise<ChildServer> {
  // Not NODE_ENV=test, which jest sets: libraries behave differently under it (Apollo would not handle signals).
  const { NODE_ENV: _jest, ...inherited } = process.env;
  const child = spawn(process.execPath, ['-r', join(ROOT, 'tests/support/tsRegister.js'), join(ROOT, 'src/index.ts')], {
    cwd: ROOT,
    env: { ...inherited, MALLOC_ARENA_MAX: String(MALLOC_ARENAS), LOG_LEVEL: 'info', PORT: '0', METRICS_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, any>[] = [];
  const stderr: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const metricsOff = (env.METRICS_PORT ?? '0') === 'off';
  const [url, metricsUrl] = await new Promise<[string, string | null]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not listen within ${startTimeoutMs} ms`)), startTimeoutMs);
    let pending = '';
    let api: string | undefined;
    let metrics: string | null | undefined = metricsOff ? null : undefined;
    child.stdout!.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const entry = JSON.parse(line) as Record<string, any>;
        logs.push(entry);
        if (entry.msg?.startsWith('missiongraph listening')) api = `http://127.0.0.1:${entry.port}`;
        if (entry.metricsPort) metrics = `http://127.0.0.1:${entry.metricsPort}`;
      }
      if (api !== undefined && metrics !== undefined) {
        clearTimeout(timer);
        resolve([api, metrics]);
      }
    });
    void exited.then((code) => reject(new Error(`the server exited with ${code}: ${stderr.join('')}`)));
  });
  return { url, metricsUrl, child, logs, exited };
}
