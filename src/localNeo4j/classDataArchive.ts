import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { markerFile } from './assemble';
import { serverJvmFlags } from './jvm';
import { LocalNeo4jPaths } from './paths';
import { JavaRuntime } from './prerequisites';

/*
 * Application class-data sharing: a run records the classes it loaded into an
 * archive as it exits, and later runs map the archive instead of loading them
 * from jars (cold start about 5 s instead of 8 s on 2 CPUs). Recording costs
 * about 5 s at that start and 10 s at its stop, so it happens on the second
 * start of a store, never on the first: a one-off run (CI from a clean clone)
 * does not pay for it. The JVM writes the archive only on a clean exit, so it
 * is written under a ".partial" name and kept once the server exited by itself.
 */
const PREFIX = 'classes-';
const PARTIAL = '.partial';

/** A JVM refuses an archive made by another JVM, other flags or other jars: all of them name it. */
function archiveFile(paths: LocalNeo4jPaths, java: JavaRuntime): string {
  const key = createHash('sha256')
    .update([java.description, serverJvmFlags().join(' '), statSync(markerFile(paths)).mtimeMs].join('\n'))
    .digest('hex')
    .slice(0, 12);
  return join(paths.run, `${PREFIX}${key}.jsa`);
}

/** The flag that maps the archive, or the one that records it when there is none yet. */
export function classDataFlags(paths: LocalNeo4jPaths, java: JavaRuntime, firstStart: boolean): string[] {
  const archive = archiveFile(paths, java);
  if (existsSync(archive)) return [`-XX:SharedArchiveFile=${archive}`];
  removeArchives(paths, () => true);
  return firstStart ? [] : [`-XX:ArchiveClassesAtExit=${archive}${PARTIAL}`];
}

/** After a clean exit: the archive the server just wrote is complete. */
export function keepRecordedArchive(paths: LocalNeo4jPaths): void {
  for (const name of archiveNames(paths)) {
    if (name.endsWith(PARTIAL)) renameSync(join(paths.run, name), join(paths.run, name.slice(0, -PARTIAL.length)));
  }
}

/** The JVM ignores an archive it cannot use, with a warning; drop it so that a later start records a new one. */
export function dropUnusableArchive(paths: LocalNeo4jPaths, consoleOutput: string): void {
  if (consoleOutput.includes('Unable to use shared archive')) removeArchives(paths, () => true);
}

/** After a forced kill: what the server was writing cannot be trusted. */
export const dropRecordedArchive = (paths: LocalNeo4jPaths): void => removeArchives(paths, (name) => name.endsWith(PARTIAL));

function removeArchives(paths: LocalNeo4jPaths, which: (name: string) => boolean): void {
  for (const name of archiveNames(paths)) if (which(name)) rmSync(join(paths.run, name), { force: true });
}

function archiveNames(paths: LocalNeo4jPaths): string[] {
  return existsSync(paths.run) ? readdirSync(paths.run).filter((name) => name.startsWith(PREFIX)) : [];
}
