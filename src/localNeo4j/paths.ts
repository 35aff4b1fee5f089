import { join, resolve } from 'node:path';
import { projectRoot } from '../projectRoot';

/** Where the local server lives: an ignored folder of the project (LOCAL_NEO4J_HOME overrides it). */
export interface LocalNeo4jPaths {
  root: string;
  home: string;
  lib: string;
  conf: string;
  configFile: string;
  data: string;
  logs: string;
  run: string;
  pidFile: string;
  passwordFile: string;
  consoleLog: string;
  userLog: string;
  startLock: string;
  pom: string;
}

export interface LocalPorts {
  bolt: number;
  http: number;
}

export function localNeo4jPaths(env: NodeJS.ProcessEnv = process.env): LocalNeo4jPaths {
  const root = projectRoot();
  const home = resolve(root, env.LOCAL_NEO4J_HOME || '.neo4j');
  const logs = join(home, 'logs');
  const run = join(home, 'run');
  return {
    root,
    home,
    lib: join(home, 'lib'),
    conf: join(home, 'conf'),
    configFile: join(home, 'conf', 'neo4j.conf'),
    data: join(home, 'data'),
    logs,
    run,
    pidFile: join(run, 'neo4j.pid'),
    passwordFile: join(home, 'password'),
    consoleLog: join(logs, 'console.log'),
    userLog: join(logs, 'neo4j.log'),
    startLock: join(run, 'start.lock'),
    pom: join(root, 'neo4j', 'pom.xml'),
  };
}

export function localPorts(env: NodeJS.ProcessEnv = process.env): LocalPorts {
  const bolt = portFrom(env, 'LOCAL_NEO4J_BOLT_PORT', 7687);
  const http = portFrom(env, 'LOCAL_NEO4J_HTTP_PORT', 7474);
  if (bolt === http) throw new Error(`LOCAL_NEO4J_BOLT_PORT and LOCAL_NEO4J_HTTP_PORT must differ (both are ${bolt}).`);
  return { bolt, http };
}

export const boltUri = (port: number): string => `bolt://127.0.0.1:${port}`;

function portFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a TCP port (1-65535), not "${raw}".`);
  }
  return port;
}
