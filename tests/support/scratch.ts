import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The suites that write use a second Neo4j, the scratch server, so that the
 * read-only suites running beside them keep seeing the curated graph as it is.
 */
export const WRITE_TOKENS = 'tester:editor:editor-token-0123456789,viewer:reader:reader-token-0123456789';

export const SCRATCH_ENV = (): NodeJS.ProcessEnv => {
  const uri = process.env.SCRATCH_NEO4J_URI;
  if (!uri) throw new Error('globalSetup should have set SCRATCH_NEO4J_URI');
  return { NEO4J_URI: uri, NEO4J_USER: process.env.SCRATCH_NEO4J_USER ?? 'neo4j', NEO4J_PASSWORD: process.env.SCRATCH_NEO4J_PASSWORD };
};

/**
 * Where the scratch server lives when the project runs it: beside the main one, on its own ports
 * (SCRATCH_LOCAL_NEO4J_HOME / _BOLT_PORT / _HTTP_PORT move it, e.g. for a second checkout on one machine).
 */
export const LOCAL_SCRATCH = {
  LOCAL_NEO4J_HOME: process.env.SCRATCH_LOCAL_NEO4J_HOME ?? '.neo4j-scratch',
  LOCAL_NEO4J_BOLT_PORT: process.env.SCRATCH_LOCAL_NEO4J_BOLT_PORT ?? '7689',
  LOCAL_NEO4J_HTTP_PORT: process.env.SCRATCH_LOCAL_NEO4J_HTTP_PORT ?? '7476',
};

/** The fault tests' own local Neo4j, which they stop and start (FAULT_LOCAL_NEO4J_HOME / _BOLT_PORT / _HTTP_PORT move it). */
export const LOCAL_FAULT = {
  LOCAL_NEO4J_HOME: process.env.FAULT_LOCAL_NEO4J_HOME ?? '.neo4j-fault',
  LOCAL_NEO4J_BOLT_PORT: process.env.FAULT_LOCAL_NEO4J_BOLT_PORT ?? '7717',
  LOCAL_NEO4J_HTTP_PORT: process.env.FAULT_LOCAL_NEO4J_HTTP_PORT ?? '7504',
};

/** Between two looks at a held lease: a write suite holds it for minutes, so this only bounds how late the next one starts. */
const LEASE_POLL_MS = 250;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The pid in a lease, or '' when it was released meanwhile. */
const readHolder = (lease: string) => {
  try {
    return readFileSync(lease, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
};

/**
 * The suites that write to the scratch Neo4j take turns on it, across jest's
 * workers and projects: the write suites empty it and fill it again, and a
 * browser suite's writes would show in their exports. Resolves with the
 * release once this process holds it; a lease whose process died is taken over.
 */
export async function takeTurnOnScratch(): Promise<() => void> {
  const lease = join(tmpdir(), `missiongraph-scratch-${createHash('sha256').update(SCRATCH_ENV().NEO4J_URI!).digest('hex').slice(0, 16)}.lease`);
  for (;;) {
    try {
      writeFileSync(lease, String(process.pid), { flag: 'wx' });
      return () => rmSync(lease, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readHolder(lease));
    if (holder && !alive(holder)) rmSync(lease, { force: true });
    else await sleep(LEASE_POLL_MS);
  }
}
