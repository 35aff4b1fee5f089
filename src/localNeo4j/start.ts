import { assemble, isAssembled, pinnedNeo4jVersion } from './assemble';
import { portInUse, waitForBolt } from './bolt';
import { classDataFlags, dropRecordedArchive, dropUnusableArchive } from './classDataArchive';
import { configuredBoltPort, writeConfig } from './config';
import { serverCommandLine } from './jvm';
import { ensurePassword, LOCAL_USER, readPassword, systemDatabaseExists } from './password';
import { boltUri, LocalNeo4jPaths, localNeo4jPaths, LocalPorts, localPorts } from './paths';
import { checkPrerequisites } from './prerequisites';
import { consoleOutputSince, markServerLogs } from './serverLogs';
import { removePidFile, runningServerPid, spawnServer, terminate } from './serverProcess';
import { withStartLock } from './startLock';

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** False when a server this project started earlier was reused. */
  startedNow: boolean;
}

export interface StartOptions {
  log?: (line: string) => void;
  /** Where LOCAL_NEO4J_HOME and the LOCAL_NEO4J_*_PORT settings are read; the tests run a second server this way. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Starts the project's own Neo4j, assembling it on first use, or reuses the
 * one already running. Resolves once Bolt accepts the generated password.
 */
export async function startLocalNeo4j(options: StartOptions = {}): Promise<LocalNeo4j> {
  const log = options.log ?? (() => undefined);
  const paths = localNeo4jPaths(options.env);
  const ports = localPorts(options.env);
  const running = await reuseRunning(paths, ports, log);
  if (running) return running;
  return withStartLock(paths, log, async () => (await reuseRunning(paths, ports, log)) ?? startNew(paths, ports, log));
}

async function reuseRunning(paths: LocalNeo4jPaths, ports: LocalPorts, log: (line: string) => void): Promise<LocalNeo4j | undefined> {
  const pid = runningServerPid(paths);
  if (pid === undefined) return undefined;
  const port = configuredBoltPort(paths) ?? ports.bolt;
  if (port !== ports.bolt) {
    throw new Error(`The local Neo4j (pid ${pid}) runs on port ${port}, not ${ports.bolt} as LOCAL_NEO4J_BOLT_PORT asks. Stop it first: npm run neo4j:stop`);
  }
  const password = readPassword(paths);
  if (!password) {
    throw new Error(`The local Neo4j (pid ${pid}) is running, but ${paths.passwordFile} is missing. Stop it (npm run neo4j:stop), then restore the file or delete ${paths.data}.`);
  }
  const uri = boltUri(port);
  // A server that another process has just spawned is still starting: wait for it rather than start a second one.
  const version = await waitForBolt({ uri, user: LOCAL_USER, password, pid }, paths);
  log(`Reusing the local Neo4j ${version} (pid ${pid}) on ${uri}.`);
  return { uri, user: LOCAL_USER, password, startedNow: false };
}

async function startNew(paths: LocalNeo4jPaths, ports: LocalPorts, log: (line: string) => void): Promise<LocalNeo4j> {
  const java = await checkPrerequisites(!isAssembled(paths));
  await ensurePortsFree(ports);
  if (!isAssembled(paths)) await assemble(paths, log);
  writeConfig(paths, ports);
  const firstStart = !systemDatabaseExists(paths);
  const password = await ensurePassword(paths);
  const uri = boltUri(ports.bolt);
  log(`Starting the local Neo4j ${pinnedNeo4jVersion(paths)} on ${uri}...`);
  const logMark = markServerLogs(paths);
  const pid = spawnServer(paths, serverCommandLine(paths, classDataFlags(paths, java, firstStart)));
  try {
    await waitForBolt({ uri, user: LOCAL_USER, password, pid, logMark }, paths);
  } catch (error) {
    // Leave nothing half-started behind: the next attempt begins from scratch.
    await terminate(pid, 10_000);
    removePidFile(paths);
    dropRecordedArchive(paths);
    throw error;
  }
  dropUnusableArchive(paths, consoleOutputSince(paths, logMark));
  return { uri, user: LOCAL_USER, password, startedNow: true };
}

async function ensurePortsFree(ports: LocalPorts): Promise<void> {
  if (await portInUse(ports.bolt)) {
    throw new Error(
      `Port ${ports.bolt} on 127.0.0.1 is already in use by a process this project did not start. ` +
        'Stop that process, or set LOCAL_NEO4J_BOLT_PORT to a free port; to use a Neo4j that is already running there, ' +
        `set NEO4J_URI=bolt://127.0.0.1:${ports.bolt} with NEO4J_USER and NEO4J_PASSWORD.`,
    );
  }
  if (await portInUse(ports.http)) {
    throw new Error(
      `Port ${ports.http} on 127.0.0.1 is already in use by a process this project did not start. ` +
        'Stop that process, or set LOCAL_NEO4J_HTTP_PORT to a free port.',
    );
  }
}
