import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { LocalNeo4jPaths } from './paths';
import { isAlive, sleep } from './serverProcess';

// Long enough for a first assembly over a slow network.
const WAIT_MS = 15 * 60_000;

/**
 * Runs `work` while holding <home>/run/start.lock, so that two processes
 * starting at once (npm start beside npm test) do not both assemble or spawn.
 * A lock whose holder has died is taken over.
 */
export async function withStartLock<T>(paths: LocalNeo4jPaths, log: (line: string) => void, work: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(paths.startLock), { recursive: true });
  const deadline = Date.now() + WAIT_MS;
  let announced = false;
  let unreadable = 0;
  for (;;) {
    try {
      writeFileSync(paths.startLock, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = lockHolder(paths);
    if (holder === undefined) {
      // Just created and not yet written, or left empty by a crash.
      if (++unreadable > 20) rmSync(paths.startLock, { force: true });
      await sleep(100);
      continue;
    }
    if (!isAlive(holder)) {
      if (lockHolder(paths) === holder) rmSync(paths.startLock, { force: true });
      continue;
    }
    if (!announced) log(`Waiting for process ${holder}, which is starting the local Neo4j...`);
    announced = true;
    if (Date.now() > deadline) throw new Error(`Process ${holder} has held ${paths.startLock} for ${WAIT_MS / 60_000} minutes.`);
    await sleep(500);
  }
  try {
    return await work();
  } finally {
    rmSync(paths.startLock, { force: true });
  }
}

function lockHolder(paths: LocalNeo4jPaths): number | undefined {
  try {
    const pid = Number(readFileSync(paths.startLock, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
