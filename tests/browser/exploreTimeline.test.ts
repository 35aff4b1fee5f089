import { join } from 'node:path';
import { Locator, Page } from 'playwright-core';
import { ARTIFACTS, serverAndBrowserForSuite } from '../support/browser';
import { ExplorerPage, openExplorer } from '../support/explorerPage';
import { eventually } from '../support/locatorMatchers';

const VIEWPORT = { width: 1400, height: 900 };

const suite = serverAndBrowserForSuite();

const box = async (locator: Locator) => (await locator.boundingBox())!;
const style = (locator: Locator, property: string) => locator.evaluate((element, name) => (globalThis as any).getComputedStyle(element).getPropertyValue(name), property);

/** Where a moment of a year lies on the timeline's tracks, read off two of its axis's year marks. */
async function xOfYear(explorer: ExplorerPage, year: number): Promise<number> {
  const ticks = explorer.timeline.locator('.time-axis .tick');
  await expect(ticks.first()).toBeVisible();
  const [first, second] = [ticks.nth(0), ticks.nth(1)];
  const [firstYear, secondYear] = [Number(await first.innerText()), Number(await second.innerText())];
  const centre = async (tick: Locator) => ((await box(tick)).x + (await box(tick)).width / 2);
  const [x1, x2] = [await centre(first), await centre(second)];
  return x1 + ((year - firstYear) * (x2 - x1)) / (secondYear - firstYear);
}

/** A press, a drag and a release across the tracks, as a mouse does it. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, from.y, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

describe('the timeline under the graph', () => {
  it("shows Tianwen-2 in time: an open-ended bar since its launch, its events as marks at their precision, planned ones hollow", async () => {
    await openExplorer(suite, VIEWPORT, async (explorer, page) => {
      await page.goto(`${suite.server.url}/explore?focus=tianwen-2&select=tianwen-2&open=tianwen-2`);
      const row = explorer.timelineRow('Tianwen-2');
      await expect(row.locator(':scope > .track .bar.open-ended')).toHaveCount(1);
      await expect(explorer.timelineRow('Tianwen-1').getByRole('button', { name: /^Tianwen-1: 23 Jul 2020 to today, active/ })).toHaveCount(1);
      await expect(row.getByRole('button', { name: 'Events of Tianwen-2' })).toHaveAttribute('aria-expanded', 'true');

      const events = row.getByRole('list', { name: 'Events of Tianwen-2 in time' }).getByRole('listitem');
      await expect(events).toHaveText([
        'Launch, 28 May 2025',
        'Image release, 1 Oct 2025',
        'Arrival, 7 Jun 2026',
        'Sample return, 2027 (planned)',
        'Arrival, 2035 (planned)',
      ]);
      // A YEAR event spans its year; a DAY event is a point; planned ones are hollow.
      const sampleReturn = events.nth(3).locator('.mark');
      await expect(sampleReturn).toHaveAttribute('class', 'mark year planned');
      const yearWidth = (await xOfYear(explorer, 2028)) - (await xOfYear(explorer, 2027));
      expect(Math.abs((await box(sampleReturn)).width - yearWidth)).toBeLessThan(3);
      await expect(events.nth(0).locator('.mark')).toHaveAttribute('class', 'mark day');
      expect(await style(sampleReturn, 'background-color')).toBe('rgb(255, 255, 255)');
      expect(await style(events.nth(2).locator('.mark'), 'border-style')).not.toBe('dashed');

      await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveText('Tianwen-2 天问二号');
      await page.screenshot({ path: join(ARTIFACTS, 'timeline-tianwen-2.png') });

      // Choosing an event on the timeline opens its details.
      await events.nth(2).getByRole('button').click();
      await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveText(/^Tianwen-2 arrival at/);
      await eventually(() => explorer.query(), (query) => expect(query.get('select')).toBe('tianwen-2-kamooalewa-arrival'));
    });
  });

  it('filters the Mars graph to the years dragged across, or typed in, and opens a mission row into its events', async () => {
    await openExplorer(suite, VIEWPORT, async (explorer, page) => {
      await page.goto(`${suite.server.url}/explore?focus=mars`);
      await explorer.waitForIds(['mariner-4', 'viking-1', 'mars-2020']);
      const track = await box(explorer.timelineRow('Mariner 4').locator(':scope > .track'));
      const y = track.y + track.height / 2;
      await drag(page, { x: await xOfYear(explorer, 1964.5), y }, { x: await xOfYear(explorer, 1976.5), y });

      await eventually(() => explorer.query(), (query) => expect(query.get('years')).toBe('1964-1976'));
      await explorer.waitForIds(['mars', 'mariner-4', 'viking-1', 'phobos'], ['mars-2020', 'mars-1960a']);
      await expect(explorer.timeline.getByRole('spinbutton', { name: 'From' })).toHaveValue('1964');
      await expect(explorer.timelineRow('Mars 2020 (Perseverance)')).toHaveAttribute('class', /not-drawn/);
      await expect(explorer.notice).toContainText(/\d+ hidden by the filters or the time range/);
      await page.screenshot({ path: join(ARTIFACTS, 'timeline-mars.png') });

      // The same by keyboard.
      await explorer.timeline.getByRole('spinbutton', { name: 'From' }).fill('2020');
      await explorer.timeline.getByRole('spinbutton', { name: 'to' }).fill('2030');
      await explorer.timeline.getByRole('spinbutton', { name: 'to' }).press('Enter');
      await explorer.waitForIds(['mars-2020'], ['mariner-4']);
      await explorer.timeline.getByRole('button', { name: 'All time' }).click();
      await explorer.waitForIds(['mars-2020', 'mariner-4']);
      await eventually(() => explorer.query(), (query) => expect(query.has('years')).toBe(false));

      const row = explorer.timelineRow('Mars 2020 (Perseverance)');
      await row.getByRole('button', { name: 'Events of Mars 2020 (Perseverance)' }).click();
      await expect(row.getByRole('list', { name: 'Events of Mars 2020 (Perseverance) in time' }).getByRole('listitem').first()).toBeVisible();
      await expect(row.getByRole('list', { name: /in time$/ })).toContainText('Landing, 18 Feb 2021');
      await explorer.waitForIds(['mars-2020-landing']);
      await eventually(() => explorer.query(), (query) => expect(query.get('open')).toBe('mars-2020'));
    });
  });
});
