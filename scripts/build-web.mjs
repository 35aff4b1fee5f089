#!/usr/bin/env node
// Bundles web/ into dist/web: the explorer and the widget demo as pages whose
// scripts and styles have hashed names (served as immutable), and widget.js
// under the stable name that other sites embed.
// With --if-stale it does nothing when dist/web was built from the same inputs
// (the browser tests call it so); concurrent runs wait for each other.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const out = join(dist, 'web');
const lock = join(dist, '.web-build.lock');
const STAMP = 'inputs.sha256';
const ASSET_PREFIX = '/assets/web/';
/** The explorer's script and styles, gzipped, must stay under this: a first visit on a slow line stays quick. */
const EXPLORER_BUDGET_BYTES = 200 * 1024;

const PAGES = [
  { template: 'web/explore/explore.html', page: 'explore.html' },
  { template: 'web/widget/demo.html', page: 'widget.html' },
];
const HASHED_ENTRIES = [
  { in: 'web/explore/main.ts', out: 'explore' },
  { in: 'web/explore/explore.css', out: 'explore' },
  { in: 'web/widget/demo.ts', out: 'widget-demo' },
  { in: 'web/widget/demo.css', out: 'widget-demo' },
];

const common = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  format: 'iife',
  logLevel: 'warning',
};

function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** Everything the bundles are made from: web/, this script, and the locked dependency versions. */
function inputsHash() {
  const hash = createHash('sha256');
  const files = [...filesUnder(join(root, 'web')), fileURLToPath(import.meta.url), join(root, 'package-lock.json')].sort();
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const builtFrom = () => (existsSync(join(out, STAMP)) ? readFileSync(join(out, STAMP), 'utf8') : null);

async function bundleInto(target, inputs) {
  const hashed = await build({
    ...common,
    entryPoints: HASHED_ENTRIES,
    outdir: join(target, 'assets'),
    entryNames: '[name]-[hash]',
    metafile: true,
  });
  const assets = {};
  for (const [output, meta] of Object.entries(hashed.metafile.outputs)) {
    if (!meta.entryPoint) continue;
    const name = basename(output);
    assets[`${name.slice(0, name.lastIndexOf('-'))}${name.slice(name.lastIndexOf('.'))}`] = ASSET_PREFIX + name;
  }
  checkExplorerBudget(target, assets);
  await build({ ...common, entryPoints: ['web/widget/index.ts'], outfile: join(target, 'widget.js') });
  for (const { template, page } of PAGES) {
    const html = readFileSync(join(root, template), 'utf8').replace(/\{\{([\w.-]+)\}\}/g, (_, name) => {
      if (!assets[name]) throw new Error(`${template}: no bundle named ${name}`);
      return assets[name];
    });
    writeFileSync(join(target, page), html);
  }
  writeFileSync(join(target, STAMP), inputs);
}

/** Fails the build when the explorer's bundle outgrows its budget, and says how big it is either way. */
function checkExplorerBudget(target, assets) {
  const files = ['explore.js', 'explore.css'].map((name) => join(target, 'assets', basename(assets[name])));
  const gzipped = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  const size = `${(gzipped / 1024).toFixed(1)} kB gzip`;
  if (gzipped > EXPLORER_BUDGET_BYTES) throw new Error(`web: the explorer's script and styles are ${size}, over the budget of ${EXPLORER_BUDGET_BYTES / 1024} kB`);
  console.log(`web: the explorer's script and styles are ${size} (budget ${EXPLORER_BUDGET_BYTES / 1024} kB)`);
}

async function withLock(work) {
  mkdirSync(dist, { recursive: true });
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A build takes seconds: a lock minutes old was left by a run that died.
      if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      if (waited > 180_000) throw new Error(`${lock} is held: is another web build running?`);
      await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const ifStale = process.argv.includes('--if-stale');
await withLock(async () => {
  const inputs = inputsHash();
  if (ifStale && builtFrom() === inputs) return;
  const staging = join(dist, `.web-${process.pid}`);
  const old = join(dist, `.web-old-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    await bundleInto(staging, inputs);
    if (existsSync(out)) renameSync(out, old);
    renameSync(staging, out);
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
  console.log(`web: built ${relative(root, out)}`);
});
