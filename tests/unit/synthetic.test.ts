import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateGraph, SyntheticGraph } from '../../bench/synthetic';

/** The benchmark graph: the shape the issue asks for, and the same graph from the same seed. */
const rows = (path: string) => readFileSync(path, 'utf8').trim().split('\n').slice(1);
const fileOf = (graph: SyntheticGraph, name: string) => [...graph.nodeFiles, ...graph.relationshipFiles].find((f) => f.includes(`${name}.csv`))!.split('=')[1];

function countBy(lines: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const start = line.split(',')[0];
    counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  return counts;
}

let dir: string;
let graph: SyntheticGraph;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
  graph = await generateGraph(5000, join(dir, 'a'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('makes about the size asked for, with every kind of node', () => {
  expect(graph.nodes).toBeGreaterThanOrEqual(5000);
  expect(graph.nodes).toBeLessThan(5030);
  expect(graph.agencies + graph.targets + graph.missions + graph.events).toBe(graph.nodes);
  expect(rows(fileOf(graph, 'missions'))).toHaveLength(graph.missions);
});

it('gives each mission 1-3 agencies, 1-5 targets and 3-20 events', () => {
  const agencies = countBy(rows(fileOf(graph, 'operated_by')));
  const targets = countBy(rows(fileOf(graph, 'targets_rel')));
  const events = countBy(rows(fileOf(graph, 'has_event')));
  for (const counts of [agencies, targets, events]) expect(counts.size).toBe(graph.missions);
  expect(Math.min(...agencies.values())).toBeGreaterThanOrEqual(1);
  expect(Math.max(...agencies.values())).toBeLessThanOrEqual(3);
  expect(Math.max(...targets.values())).toBeLessThanOrEqual(5);
  expect(Math.min(...events.values())).toBeGreaterThanOrEqual(3);
  expect(Math.max(...events.values())).toBeLessThanOrEqual(20);
});

it('makes a few agencies popular and most rare (a power law)', () => {
  const agencyOfEachLink = rows(fileOf(graph, 'operated_by')).map((line) => line.split(',')[1]);
  const perAgency = [...countBy(agencyOfEachLink).values()].sort((a, b) => b - a);
  expect(perAgency[0]).toBeGreaterThan(5 * perAgency[perAgency.length - 1]);
});

it('puts targets in parent chains: every target but the star orbits another', () => {
  const orbits = rows(fileOf(graph, 'orbits')).map((line) => line.split(','));
  expect(orbits).toHaveLength(graph.targets - 1);
  const parent = new Map(orbits.map(([child, up]) => [child, up]));
  const depth = (id: string): number => (parent.has(id) ? 1 + depth(parent.get(id)!) : 0);
  expect(Math.max(...[...parent.keys()].map(depth))).toBeGreaterThanOrEqual(2);
});

it('is the same graph from the same seed, and another from another', async () => {
  const again = await generateGraph(5000, join(dir, 'b'));
  const other = await generateGraph(5000, join(dir, 'c'), 7);
  expect(readFileSync(fileOf(again, 'missions'), 'utf8')).toBe(readFileSync(fileOf(graph, 'missions'), 'utf8'));
  expect(again.sample).toEqual(graph.sample);
  expect(readFileSync(fileOf(other, 'missions'), 'utf8')).not.toBe(readFileSync(fileOf(graph, 'missions'), 'utf8'));
});
