import { createConnection } from 'node:net';
import neo4j, { Driver } from 'neo4j-driver';
import { LocalNeo4jPaths } from './paths';
import { LogMark, serverLogTails } from './serverLogs';
import { isAlive, sleep } from './serverProcess';

const READY_TIMEOUT_MS = 120_000;
const POLL_MS = 400;

export interface BoltAnswer {
  /** Something speaking Bolt accepted a connection. */
  answered: boolean;
  /** Set when it also accepted the password, e.g. "5.26.30". */
  version?: string;
  error?: Error & { code?: string };
}

const openDriver = (uri: string, user: string, password: string): Driver =>
  neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2_000, maxConnectionPoolSize: 1 });

async function ask(driver: Driver): Promise<BoltAnswer> {
  try {
    const info = await driver.getServerInfo();
    return { answered: true, version: info.agent?.replace(/^Neo4j\//, '') };
  } catch (error) {
    const failure = error as Error & { code?: string };
    return { answered: failure.code?.startsWith('Neo.ClientError.Security.') ?? false, error: failure };
  }
}

export async function probeBolt(uri: string, user: string, password: string): Promise<BoltAnswer> {
  const driver = openDriver(uri, user, password);
  try {
    return await ask(driver);
  } finally {
    await driver.close();
  }
}

export interface StartingServer {
  uri: string;
  user: string;
  password: string;
  pid: number;
  /** Where the logs stood when this server was spawned, if it was spawned by this call. */
  logMark?: LogMark;
}

/** Resolves with the server's version once it accepts the password; throws early when the process dies. */
export async function waitForBolt({ uri, user, password, pid, logMark }: StartingServer, paths: LocalNeo4jPaths): Promise<string> {
  const driver = openDriver(uri, user, password);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    for (;;) {
      const answer = await ask(driver);
      if (answer.version !== undefined) return answer.version;
      if (answer.answered) {
        throw new Error(`The local Neo4j on ${uri} refused the password in ${paths.passwordFile}: ${answer.error?.message}`);
      }
      if (!isAlive(pid)) throw new Error(`The local Neo4j (pid ${pid}) exited while starting.\n${serverLogTails(paths, logMark)}`);
      if (Date.now() > deadline) {
        throw new Error(
          `The local Neo4j (pid ${pid}) did not answer on ${uri} within ${READY_TIMEOUT_MS / 1000} s ` +
            `(last error: ${answer.error?.message}).\n${serverLogTails(paths, logMark)}`,
        );
      }
      await sleep(POLL_MS);
    }
  } finally {
    await driver.close();
  }
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(2_000, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
