import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { LocalNeo4jPaths } from './paths';

/** Starts the server as its own detached process; the calling Node process may exit while it runs on. */
export function spawnServer(paths: LocalNeo4jPaths, javaArgs: string[]): number {
  const output = openSync(paths.consoleLog, 'a');
  try {
    writeFileSync(output, `---- ${new Date().toISOString()} java ${javaArgs.join(' ')}\n`);
    const child = spawn('java', javaArgs, { cwd: paths.home, detached: true, stdio: ['ignore', output, output] });
    child.on('error', () => undefined);
    child.unref();
    if (child.pid === undefined) throw new Error('Could not run `java` to start the local Neo4j.');
    writeFileSync(paths.pidFile, `${child.pid}\n`);
    return child.pid;
  } finally {
    closeSync(output);
  }
}

/** The pid of the server this project started, when it still runs; a stale pid file is removed. */
export function runningServerPid(paths: LocalNeo4jPaths): number | undefined {
  if (!existsSync(paths.pidFile)) return undefined;
  const pid = Number(readFileSync(paths.pidFile, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isOurServer(pid, paths)) return pid;
  rmSync(paths.pidFile, { force: true });
  return undefined;
}

export const removePidFile = (paths: LocalNeo4jPaths): void => rmSync(paths.pidFile, { force: true });

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A server this process spawned and that has exited stays a zombie until it is reaped.
  const stat = `/proc/${pid}/stat`;
  return !(existsSync(stat) && readFileSync(stat, 'utf8').replace(/^.*\)/s, '').startsWith(' Z'));
}

/** After a reboot the pid may belong to anything: only a CommunityEntryPoint of this home is ours. */
function isOurServer(pid: number, paths: LocalNeo4jPaths): boolean {
  const commandLine = commandLineOf(pid);
  if (commandLine === undefined) return true;
  return commandLine.includes(' org.neo4j.server.CommunityEntryPoint ') && commandLine.includes(` --home-dir=${paths.home} `);
}

/** The arguments joined by spaces, with a space at each end. */
function commandLineOf(pid: number): string | undefined {
  const proc = `/proc/${pid}/cmdline`;
  if (existsSync(proc)) return ` ${readFileSync(proc, 'utf8').split('\0').join(' ')} `;
  const ps = spawnSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
  return ps.status === 0 ? ` ${ps.stdout.trim()} ` : undefined;
}

/** SIGTERM, then SIGKILL after the grace period. Resolves to how the process ended. */
export async function terminate(pid: number, graceMs: number): Promise<'exited' | 'killed'> {
  signal(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      signal(pid, 'SIGKILL');
      for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
      return 'killed';
    }
    await sleep(200);
  }
  return 'exited';
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
