import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lastLines, runCommand } from './command';
import { LocalNeo4jPaths } from './paths';

// Written last into lib/, so a half-finished assembly never counts as assembled.
const MARKER = '.assembled';

/** The Neo4j version pinned in neo4j/pom.xml. */
export function pinnedNeo4jVersion(paths: LocalNeo4jPaths): string {
  const pom = readFileSync(paths.pom, 'utf8');
  const version = /<neo4j\.version>\s*([^<\s]+)\s*<\/neo4j\.version>/.exec(pom)?.[1];
  if (!version) throw new Error(`${paths.pom} does not pin <neo4j.version>.`);
  return version;
}

export const markerFile = (paths: LocalNeo4jPaths): string => join(paths.lib, MARKER);

export function assembledVersion(paths: LocalNeo4jPaths): string | undefined {
  const marker = markerFile(paths);
  return existsSync(marker) ? readFileSync(marker, 'utf8').trim() : undefined;
}

/** True when <home>/lib holds the jars of the version the pom pins. */
export const isAssembled = (paths: LocalNeo4jPaths): boolean => assembledVersion(paths) === pinnedNeo4jVersion(paths);

/**
 * Copies the server's jars into <home>/lib with Maven; the first time, Maven
 * fetches them (about 125 MB) into its local repository.
 */
export async function assemble(paths: LocalNeo4jPaths, log: (line: string) => void): Promise<void> {
  const version = pinnedNeo4jVersion(paths);
  // One fixed name: the start lock keeps two assemblies apart, and an interrupted one is cleared here.
  const staging = `${paths.lib}.staging`;
  rmSync(staging, { recursive: true, force: true });
  log(`Assembling Neo4j ${version} with Maven into ${paths.lib} (first use only)...`);
  const started = Date.now();
  const args = [
    '-B',
    '-q',
    '-Dstyle.color=never',
    '-f',
    paths.pom,
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${staging}`,
  ];
  const result = await runCommand('mvn', args, { cwd: paths.root });
  if (result.status !== 0 || !existsSync(join(staging, `neo4j-server-${version}.jar`))) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `Maven could not assemble Neo4j ${version} (mvn ${args.join(' ')} exited with ${result.status}).\n` +
        lastLines(result.output, 30),
    );
  }
  writeFileSync(join(staging, MARKER), `${version}\n`);
  rmSync(paths.lib, { recursive: true, force: true });
  renameSync(staging, paths.lib);
  log(`Assembled Neo4j ${version} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
