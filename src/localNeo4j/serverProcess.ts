import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { LocalNeo4jPaths } from './paths';

// As the official bin/neo4j launcher does: Neo4j reaches into these JDK internals.
const JVM_FLAGS = [
  '-Xms512m',
  '-Xmx1g',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

export const neo4jEnv = (paths: LocalNeo4jPaths): NodeJS.ProcessEnv => ({
  ...process.env,
  NEO4J_HOME: paths.home,
  NEO4J_CONF: paths.conf,
});

/** Starts the server as its own detached process; this Node process may exit while it runs on. */
export function spawnServer(paths: LocalNeo4jPaths): number {
  const output = openSync(paths.consoleLog, 'a');
  const child = spawn(
    'java',
    [...JVM_FLAGS, '-cp', `${paths.lib}/*`, 'org.neo4j.server.CommunityEntryPoint', `--home-dir=${paths.home}`, `--config-dir=${paths.conf}`],
    { cwd: paths.home, env: neo4jEnv(paths), detached: true, stdio: ['ignore', output, output] },
  );
  child.unref();
  writeFileSync(paths.pidFile, String(child.pid));
  return child.pid!;
}

export function runningPid(paths: LocalNeo4jPaths): number | null {
  if (!existsSync(paths.pidFile)) return null;
  const pid = Number(readFileSync(paths.pidFile, 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    rmSync(paths.pidFile, { force: true });
    return null;
  }
  return pid;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function tailOf(file: string, lines = 20): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}
