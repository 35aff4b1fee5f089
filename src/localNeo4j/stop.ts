import { dropRecordedArchive, keepRecordedArchive } from './classDataArchive';
import { localNeo4jPaths } from './paths';
import { removePidFile, runningServerPid, terminate } from './serverProcess';

// A clean shutdown takes about 3 s, plus about 10 s the one time the class-data archive is written.
const GRACE_MS = 30_000;

/** Stops the server this project started; false when none was running. */
export async function stopLocalNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const paths = localNeo4jPaths(env);
  const pid = runningServerPid(paths);
  if (pid === undefined) return false;
  const ended = await terminate(pid, GRACE_MS);
  if (ended === 'exited') keepRecordedArchive(paths);
  else dropRecordedArchive(paths);
  removePidFile(paths);
  return true;
}
