import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, serverAndBrowserForSuite } from '../support/browser';
import { openExplorer } from '../support/explorerPage';
import { eventually } from '../support/locatorMatchers';

const suite = serverAndBrowserForSuite();
const TRIES = 10;

/** The explorer's own measures of its last view, from the request to the drawing and to the timeline, in ms. */
interface DrawTimes {
  graph: number;
  timeline: number;
}

const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
};
const summary = (values: number[]) => ({
  p50: Math.round(percentile(values, 0.5)),
  p25: Math.round(percentile(values, 0.25)),
  p75: Math.round(percentile(values, 0.75)),
  min: Math.round(Math.min(...values)),
  max: Math.round(Math.max(...values)),
});

/**
 * Time to first draw, as the issue asks for it: the p50 of ten fresh page
 * loads of each view (a cold page: nothing cached), interleaved. It is a
 * figure for the record, written to test-artifacts/draw-times.json; what is
 * asserted is only that each try drew the view. Speed is not asserted in a
 * test on a shared machine.
 */
describe('time to first draw', () => {
  it(`is measured over ${TRIES} tries of Tianwen-2 one hop out and of Mars two hops out`, async () => {
    const views = [
      { name: 'Tianwen-2, 1 hop', query: 'focus=tianwen-2', nodes: 10 },
      { name: 'Mars, 2 hops', query: 'focus=mars&depth=2', nodes: 100 },
    ];
    const times = new Map<string, DrawTimes[]>(views.map((view) => [view.name, []]));
    await openExplorer(suite, { width: 1400, height: 860 }, async (explorer, page) => {
      for (let attempt = 0; attempt < TRIES; attempt++) {
        for (const view of views) {
          await page.goto(`${suite.server.url}/explore?${view.query}`);
          await eventually(() => explorer.drawnIds(), (ids) => expect(ids).toHaveLength(view.nodes));
          const measured = await eventually(
            () =>
              page.evaluate(() => {
                const last = (name: string) => performance.getEntriesByName(name).at(-1)?.duration;
                return { graph: last('explorer:graph-drawn'), timeline: last('explorer:timeline-drawn') };
              }),
            (found) => expect(found.timeline).toEqual(expect.any(Number)),
          );
          times.get(view.name)!.push(measured as DrawTimes);
        }
      }
    });
    const report = Object.fromEntries(
      [...times].map(([name, tries]) => [name, { graph: summary(tries.map((t) => t.graph)), timeline: summary(tries.map((t) => t.timeline)), tries }]),
    );
    writeFileSync(join(ARTIFACTS, 'draw-times.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(
      Object.entries(report)
        .map(([name, { graph, timeline }]) => `${name}: graph p50 ${graph.p50} ms (${graph.min}–${graph.max}), timeline p50 ${timeline.p50} ms (${timeline.min}–${timeline.max})`)
        .join('\n'),
    );
    for (const tries of times.values()) expect(tries).toHaveLength(TRIES);
    // Twenty page loads: minutes on a loaded machine.
  }, 600_000);
});
