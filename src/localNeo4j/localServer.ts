import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import neo4j from 'neo4j-driver';
import { assemble, initialPassword, isAssembled, writeConfig } from './assemble';
import { localNeo4jPaths, localPorts } from './paths';
import { checkPrerequisites } from './prerequisites';
import { isAlive, neo4jEnv, runningPid, spawnServer, tailOf } from './serverProcess';

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** False when a server this project started earlier was reused. */
  startedNow: boolean;
}

const USER = 'neo4j';
const READY_TIMEOUT_MS = 120_000;

const boltUri = () => `bolt://127.0.0.1:${localPorts().bolt}`;

/** Starts the project's own Neo4j, or reuses the one already running; resolves when Bolt answers. */
export async function startLocalNeo4j(options: { log?: (line: string) => void } = {}): Promise<LocalNeo4j> {
  const log = options.log ?? (() => undefined);
  const paths = localNeo4jPaths();
  const uri = boltUri();
  const pid = runningPid(paths);
  if (pid !== null && existsSync(paths.passwordFile)) {
    const password = readFileSync(paths.passwordFile, 'utf8').trim();
    await waitForBolt(uri, password, pid, paths.consoleLog);
    return { uri, user: USER, password, startedNow: false };
  }
  if (await portTaken(localPorts().bolt)) {
    throw new Error(
      `Port ${localPorts().bolt} is taken by a server this project did not start. ` +
        'Stop it, set LOCAL_NEO4J_BOLT_PORT to another port, or use it with NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.',
    );
  }
  checkPrerequisites(!isAssembled(paths));
  if (!isAssembled(paths)) assemble(paths, log);
  writeConfig(paths);
  const password = existsSync(paths.passwordFile)
    ? readFileSync(paths.passwordFile, 'utf8').trim()
    : initialPassword(paths, neo4jEnv(paths));
  log(`Starting the local Neo4j on ${uri}...`);
  const started = spawnServer(paths);
  await waitForBolt(uri, password, started, paths.consoleLog);
  return { uri, user: USER, password, startedNow: true };
}

export async function stopLocalNeo4j(): Promise<boolean> {
  const paths = localNeo4jPaths();
  const pid = runningPid(paths);
  if (pid === null) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(paths.pidFile, { force: true });
  return true;
}

export async function localNeo4jStatus(): Promise<{ assembled: boolean; running: boolean; pid?: number; uri: string; home: string }> {
  const paths = localNeo4jPaths();
  const pid = runningPid(paths);
  return { assembled: isAssembled(paths), running: pid !== null, ...(pid !== null ? { pid } : {}), uri: boltUri(), home: paths.home };
}

async function waitForBolt(uri: string, password: string, pid: number, consoleLog: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(USER, password), { connectionTimeout: 2000 });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    for (;;) {
      try {
        await driver.getServerInfo();
        return;
      } catch (error) {
        if (!isAlive(pid)) throw new Error(`The local Neo4j stopped while starting. Its last words:\n${tailOf(consoleLog)}`);
        if (Date.now() > deadline) {
          throw new Error(`The local Neo4j did not answer on ${uri} within ${READY_TIMEOUT_MS / 1000} s (${(error as Error).message}).\n${tailOf(consoleLog)}`);
        }
        await sleep(300);
      }
    }
  } finally {
    await driver.close();
  }
}

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
