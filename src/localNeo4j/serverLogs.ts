import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { lastLines } from './command';
import { LocalNeo4jPaths } from './paths';

/** How long each log was before a start, so that a failure shows only what that start wrote. */
export type LogMark = Map<string, number>;

const logFiles = (paths: LocalNeo4jPaths): string[] => [paths.consoleLog, paths.userLog];

export function markServerLogs(paths: LocalNeo4jPaths): LogMark {
  return new Map(logFiles(paths).map((file) => [file, existsSync(file) ? statSync(file).size : 0]));
}

/** In daemon mode the server logs to neo4j.log; the JVM's own complaints land in console.log. */
export function serverLogTails(paths: LocalNeo4jPaths, since?: LogMark, lines = 25): string {
  return logFiles(paths)
    .filter((file) => existsSync(file))
    .map((file) => {
      const text = lastLines(readFrom(file, since?.get(file) ?? 0), lines);
      return `--- ${file}:\n${text || '(nothing)'}`;
    })
    .join('\n');
}

/** What the JVM printed since the mark. */
export const consoleOutputSince = (paths: LocalNeo4jPaths, since: LogMark): string =>
  existsSync(paths.consoleLog) ? readFrom(paths.consoleLog, since.get(paths.consoleLog) ?? 0) : '';

function readFrom(file: string, offset: number): string {
  const start = Math.max(offset, statSync(file).size - 64_000);
  const length = Math.max(0, statSync(file).size - start);
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, length, start);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}
