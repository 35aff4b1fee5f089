import { join } from 'node:path';
import { projectRoot } from '../projectRoot';

/** Where the local server lives: an ignored folder of the project. */
export interface LocalNeo4jPaths {
  home: string;
  lib: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  pidFile: string;
  passwordFile: string;
  consoleLog: string;
  pom: string;
}

export function localNeo4jPaths(env: NodeJS.ProcessEnv = process.env): LocalNeo4jPaths {
  const root = projectRoot();
  const home = env.LOCAL_NEO4J_HOME || join(root, '.neo4j');
  return {
    home,
    lib: join(home, 'lib'),
    conf: join(home, 'conf'),
    data: join(home, 'data'),
    logs: join(home, 'logs'),
    run: join(home, 'run'),
    pidFile: join(home, 'run', 'neo4j.pid'),
    passwordFile: join(home, 'password'),
    consoleLog: join(home, 'logs', 'console.log'),
    pom: join(root, 'neo4j', 'pom.xml'),
  };
}

export function localPorts(env: NodeJS.ProcessEnv = process.env): { bolt: number; http: number } {
  return { bolt: Number(env.LOCAL_NEO4J_BOLT_PORT || 7687), http: Number(env.LOCAL_NEO4J_HTTP_PORT || 7474) };
}
