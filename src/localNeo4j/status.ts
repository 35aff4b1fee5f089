import { existsSync } from 'node:fs';
import { assembledVersion, isAssembled } from './assemble';
import { probeBolt } from './bolt';
import { configuredBoltPort } from './config';
import { LOCAL_USER, readPassword } from './password';
import { boltUri, localNeo4jPaths, localPorts } from './paths';
import { runningServerPid } from './serverProcess';

export interface LocalNeo4jStatus {
  /** <home>/lib holds the jars of the version neo4j/pom.xml pins. */
  assembled: boolean;
  /** The server this project started answers on Bolt. With a pid but not running, it is starting or hung. */
  running: boolean;
  pid?: number;
  uri: string;
  /** The running server's version, else the assembled one. */
  version?: string;
}

export async function localNeo4jStatus(): Promise<LocalNeo4jStatus> {
  const paths = localNeo4jPaths();
  const assembled = existsSync(paths.pom) && isAssembled(paths);
  const installed = assembledVersion(paths);
  const pid = runningServerPid(paths);
  if (pid === undefined) {
    return { assembled, running: false, uri: boltUri(localPorts().bolt), ...(installed ? { version: installed } : {}) };
  }
  const uri = boltUri(configuredBoltPort(paths) ?? localPorts().bolt);
  const answer = await probeBolt(uri, LOCAL_USER, readPassword(paths) ?? '');
  const version = answer.version ?? installed;
  return { assembled, running: answer.answered, pid, uri, ...(version ? { version } : {}) };
}
