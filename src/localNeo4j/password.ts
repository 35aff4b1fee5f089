import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lastLines, runCommand } from './command';
import { adminEnv, classpath } from './jvm';
import { LocalNeo4jPaths } from './paths';

export const LOCAL_USER = 'neo4j';

export function readPassword(paths: LocalNeo4jPaths): string | undefined {
  if (!existsSync(paths.passwordFile)) return undefined;
  return readFileSync(paths.passwordFile, 'utf8').trim() || undefined;
}

/** The system database holds the users; once it exists, set-initial-password no longer applies. */
export const systemDatabaseExists = (paths: LocalNeo4jPaths): boolean => existsSync(join(paths.data, 'databases', 'system'));

/**
 * The password of the local server. Before its first start, a generated one
 * is set with neo4j-admin (again if data/ was deleted, keeping the file's).
 */
export async function ensurePassword(paths: LocalNeo4jPaths): Promise<string> {
  const existing = readPassword(paths);
  if (systemDatabaseExists(paths)) {
    if (existing) return existing;
    throw new Error(
      `${paths.passwordFile} is missing, and the local Neo4j in ${paths.data} already has a password. ` +
        `Restore the file, or delete ${paths.data} to start over with an empty database.`,
    );
  }
  // Hex, never base64url: a password starting with "-" would be read by neo4j-admin as an option.
  const password = existing ?? randomBytes(24).toString('hex');
  // neo4j-admin takes the password only as an argument; it is visible in the process list for about two seconds.
  const result = await runCommand(
    'java',
    ['-cp', classpath(paths), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', '--', password],
    { cwd: paths.home, env: adminEnv(paths) },
  );
  if (result.status !== 0) {
    throw new Error(`Could not set the password of the local Neo4j (neo4j-admin exited with ${result.status}):\n${lastLines(result.output, 20)}`);
  }
  if (password !== existing) savePassword(paths, password);
  return password;
}

function savePassword(paths: LocalNeo4jPaths, password: string): void {
  const partial = `${paths.passwordFile}.${process.pid}`;
  writeFileSync(partial, `${password}\n`, { mode: 0o600 });
  chmodSync(partial, 0o600);
  renameSync(partial, paths.passwordFile);
}
