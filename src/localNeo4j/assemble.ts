import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { LocalNeo4jPaths, localPorts } from './paths';

export const isAssembled = (paths: LocalNeo4jPaths): boolean =>
  existsSync(paths.lib) && readdirSync(paths.lib).some((name) => /^neo4j-server-.*\.jar$/.test(name));

/** Fetches the server's jars through Maven into <home>/lib (once; Maven caches them in ~/.m2). */
export function assemble(paths: LocalNeo4jPaths, log: (line: string) => void): void {
  log('Fetching the Neo4j server with Maven (first run only)...');
  const result = spawnSync(
    'mvn',
    ['-q', '-B', '-f', paths.pom, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${paths.lib}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0) {
    throw new Error(`Maven could not fetch the Neo4j server:\n${(result.stdout + result.stderr).slice(-2000)}`);
  }
}

export function writeConfig(paths: LocalNeo4jPaths): void {
  for (const dir of [paths.conf, paths.data, paths.logs, paths.run]) mkdirSync(dir, { recursive: true });
  const ports = localPorts();
  const lines = [
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.run=${paths.run}`,
    `server.directories.lib=${paths.lib}`,
    `server.directories.plugins=${paths.home}/plugins`,
    `server.directories.import=${paths.home}/import`,
    `server.bolt.listen_address=127.0.0.1:${ports.bolt}`,
    `server.bolt.advertised_address=127.0.0.1:${ports.bolt}`,
    `server.http.listen_address=127.0.0.1:${ports.http}`,
    'server.https.enabled=false',
    'server.memory.heap.initial_size=512m',
    'server.memory.heap.max_size=1g',
    'server.memory.pagecache.size=256m',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
  ];
  writeFileSync(`${paths.conf}/neo4j.conf`, `${lines.join('\n')}\n`);
}

/** A generated password, set before the first start and kept in <home>/password. */
export function initialPassword(paths: LocalNeo4jPaths, env: NodeJS.ProcessEnv): string {
  const password = randomBytes(18).toString('base64url');
  const result = spawnSync('java', ['-cp', `${paths.lib}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password], {
    encoding: 'utf8',
    env,
  });
  if (result.status !== 0) throw new Error(`Could not set the local Neo4j password:\n${result.stdout}${result.stderr}`);
  writeFileSync(paths.passwordFile, password, { mode: 0o600 });
  return password;
}
