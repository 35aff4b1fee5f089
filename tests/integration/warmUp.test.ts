import pino from 'pino';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/app/config';
import { createDriver } from '../../src/db/driver';
import { GraphDatabase } from '../../src/db/graphDatabase';
import { buildServer } from '../../src/app/server';
import { warmUp } from '../../src/app/warmUp';

/** The warm-up runs the GraphiQL examples and the web pages' own operations; a broken one would only be a log line. */
it('runs every warm-up operation, the explorer and widget ones and the introspection queries included, without an error', async () => {
  const lines: { level: number; msg: string }[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const db = new GraphDatabase(createDriver(config.neo4j!), { database: config.neo4jDatabase, transactionTimeoutMs: 60_000 });
  const { apollo, contextDependencies } = await buildServer({ config, db, logger });
  try {
    const ms = await warmUp(apollo, contextDependencies, { introspection: true });
    expect(ms).toBeGreaterThan(0);
    // A slow operation on a busy machine is only a warning about time; a failed one is what this test is about.
    expect(lines.filter((line) => line.level >= 50 || line.msg === 'a warm-up operation failed')).toEqual([]);
  } finally {
    await apollo.stop();
    await db.close();
  }
});
