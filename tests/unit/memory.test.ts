import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { MALLOC_ARENAS } from '../../src/app/memory';

/**
 * The bound is a V8 flag, so each case runs in a process of its own: the
 * module as built, then a load that keeps a small live set and promotes
 * garbage steadily, as a server under load does. The child tells whether it
 * set the flag and the largest heap it committed.
 */
const LOAD = `
const { getHeapStatistics } = require('node:v8');
const set = require('./memory.js').boundHeapGrowth();
const live = Array.from({ length: 200 }, () => new Array(12_500).fill(1.5)); // about 20 MB kept
const ring = new Array(2000);
let peak = 0;
for (let i = 0; i < 60_000; i += 1) {
  ring[i % ring.length] = new Array(1_250).fill(i + 0.5); // lives long enough to be promoted, then dies
  if (i % 500 === 0) peak = Math.max(peak, getHeapStatistics().total_heap_size);
}
process.stdout.write(JSON.stringify({ set, peakMb: peak / 2 ** 20, live: live.length }));
`;

describe('the bound on heap growth', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'heap-growth-'));
    const source = readFileSync(join(__dirname, '../../src/app/memory.ts'), 'utf8');
    writeFileSync(join(dir, 'memory.js'), transformSync(source, { loader: 'ts', format: 'cjs' }).code);
    writeFileSync(join(dir, 'load.js'), LOAD);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (flags: string[]) =>
    JSON.parse(execFileSync(process.execPath, [...flags, join(dir, 'load.js')], { env: { ...process.env, NODE_OPTIONS: '' }, encoding: 'utf8' })) as { set: boolean; peakMb: number };

  it('keeps the heap well below what V8 lets it reach on its own', () => {
    const bounded = run([]);
    const own = run(['--heap-growing-percent=300']);
    expect(bounded.set).toBe(true);
    // The caller chose a growth: it is left alone, and the heap grows as V8 would.
    expect(own.set).toBe(false);
    expect(bounded.peakMb).toBeLessThan(own.peakMb * 0.75);
  });
});

describe('the malloc arenas', () => {
  const root = join(__dirname, '../..');
  const read = (path: string) => readFileSync(join(root, path), 'utf8');

  it('are set to the same number everywhere the API is started', () => {
    const start = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.start;
    expect(start).toContain(`MALLOC_ARENA_MAX=\${MALLOC_ARENA_MAX:-${MALLOC_ARENAS}} node dist/src/index.js`);
    expect(read('Dockerfile')).toMatch(new RegExp(`^ENV .*MALLOC_ARENA_MAX=${MALLOC_ARENAS}\\b`, 'm'));
    // The bench and the fault suite start the API with the constant itself.
    expect(read('bench/servers.ts')).toContain('MALLOC_ARENAS');
    expect(read('tests/support/childServer.ts')).toContain('MALLOC_ARENAS');
  });
});
