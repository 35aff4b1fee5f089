import { join } from 'node:path';
import { Page } from 'playwright-core';
import { ARTIFACTS, offlineContext, serverAndBrowserForSuite } from '../support/browser';
import { ExplorerPage } from '../support/explorerPage';

const VIEWPORT = { width: 1400, height: 860 };

const suite = serverAndBrowserForSuite();

/** Each test in its own offline context; no request may leave for the internet and no script may fail. */
async function openExplorer(run: (explorer: ExplorerPage, page: Page) => Promise<void>): Promise<void> {
  const { context, blocked } = await offlineContext(suite.browser, suite.server.url, { viewport: VIEWPORT });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    await run(new ExplorerPage(page), page);
  } finally {
    await context.close();
  }
  expect(blocked).toEqual([]);
  expect(pageErrors).toEqual([]);
}

describe('the explorer at /explore', () => {
  it('is linked from GraphiQL; searching "Kamo" by keyboard draws the asteroid with its mission, and two hops add the agency', async () => {
    await openExplorer(async (explorer, page) => {
      await page.goto(`${suite.server.url}/`);
      await page.getByRole('link', { name: 'Explorer' }).click();
      await page.waitForURL(`${suite.server.url}/explore`);

      await explorer.pickByKeyboard('Kamo', '469219 Kamoʻoalewa asteroid');
      await explorer.waitForDrawn('469219 Kamoʻoalewa', 'Tianwen-2');
      expect((await explorer.query()).get('focus')).toBe('kamooalewa');
      expect(await explorer.drawnIds()).toEqual(expect.arrayContaining(['kamooalewa', 'tianwen-2']));
      expect(await explorer.nodeColour('tianwen-2')).not.toBe(await explorer.nodeColour('kamooalewa'));
      await explorer.details.getByRole('heading', { name: '469219 Kamoʻoalewa' }).waitFor();
      expect(await explorer.details.innerText()).toContain('2016 HO3');
      expect(await explorer.details.getByRole('link', { name: /wikipedia\.org\/wiki\/469219_Kamo/ }).count()).toBe(1);

      await page.getByRole('radio', { name: '2 hops' }).check();
      await explorer.waitForDrawn('China National Space Administration');
      expect(await explorer.drawnIds()).toEqual(expect.arrayContaining(['kamooalewa', 'tianwen-2', 'cnsa']));
      expect((await explorer.query()).get('depth')).toBe('2');
      await page.screenshot({ path: join(ARTIFACTS, 'explore-search.png') });
    });
  });

  it('expands a node on double-click, or with its Expand button, and a reload restores the view', async () => {
    await openExplorer(async (explorer, page) => {
      await page.goto(`${suite.server.url}/explore?focus=kamooalewa`);
      await explorer.waitForDrawn('Tianwen-2');
      const before = (await explorer.drawnIds()).length;
      expect(await explorer.drawnIds()).not.toContain('cnsa');

      await explorer.doubleClickNode('tianwen-2');
      await explorer.waitForDrawn('China National Space Administration', 'Tianwen-1');
      expect((await explorer.drawnIds()).length).toBeGreaterThan(before);
      expect((await explorer.query()).get('expand')).toBe('tianwen-2');
      await explorer.details.getByRole('heading', { name: 'Tianwen-2' }).waitFor();

      await page.reload();
      await explorer.waitForDrawn('China National Space Administration', 'Tianwen-1');
      const afterReload = (await explorer.drawnIds()).length;
      expect(afterReload).toBeGreaterThan(before);

      // The same by keyboard: choose Tianwen-1 in the list of drawn entities, then Expand.
      await explorer.drawnEntity('Tianwen-1').focus();
      await page.keyboard.press('Enter');
      await explorer.details.getByRole('heading', { name: 'Tianwen-1' }).waitFor();
      await explorer.details.getByRole('button', { name: 'Expand' }).press('Enter');
      await explorer.waitForDrawn('Mars');
      expect((await explorer.query()).get('expand')).toBe('tianwen-2,tianwen-1');
      await page.screenshot({ path: join(ARTIFACTS, 'explore-expanded.png') });
    });
  });

  it('highlights the shortest path between two picked entities', async () => {
    await openExplorer(async (explorer, page) => {
      await page.goto(`${suite.server.url}/explore`);
      await explorer.pickByMouse('Kamo', '469219 Kamoʻoalewa asteroid');
      await explorer.details.getByRole('heading', { name: '469219 Kamoʻoalewa' }).waitFor();
      await explorer.details.getByRole('button', { name: 'Path from here' }).click();

      await explorer.pickByMouse("Chang'e 5", "Chang'e 5 mission");
      await explorer.details.getByRole('heading', { name: "Chang'e 5" }).waitFor();
      await explorer.details.getByRole('button', { name: 'Path to here' }).click();

      await explorer.path.getByText(/Highlighted: 3 steps/).waitFor();
      const steps = await explorer.path.getByRole('list', { name: 'Steps of the path' }).getByRole('listitem').allInnerTexts();
      expect(steps).toEqual(['Tianwen-2 TARGETS 469219 Kamoʻoalewa', 'Tianwen-2 OPERATED_BY CNSA', "Chang'e 5 OPERATED_BY CNSA"]);
      const highlighted = await explorer.highlighted();
      expect(highlighted.nodes.sort()).toEqual(['change-5', 'cnsa', 'kamooalewa', 'tianwen-2']);
      expect(highlighted.edges).toBe(3);
      expect(await explorer.drawnEntity('Tianwen-2').innerText()).toContain('on the path');
      const query = await explorer.query();
      expect([query.get('from'), query.get('to')]).toEqual(['kamooalewa', 'change-5']);
      await page.screenshot({ path: join(ARTIFACTS, 'explore-path.png') });
    });
  });

  it('opens a shared link as it was: focus, depth, selection and the mission timeline', async () => {
    await openExplorer(async (explorer, page) => {
      await page.goto(`${suite.server.url}/explore?focus=tianwen-2&depth=2&select=tianwen-2`);
      await explorer.waitForDrawn('Tianwen-2', 'China National Space Administration', "Chang'e 5", 'Mars');
      expect(await page.getByRole('radio', { name: '2 hops' }).isChecked()).toBe(true);
      const timeline = explorer.details.getByRole('list', { name: 'Events of Tianwen-2' });
      const events = await timeline.getByRole('listitem').allInnerTexts();
      expect(events[0]).toMatch(/^28 May 2025\s+Launch/);
      expect(events.some((event) => /2027\s+Sample return \(planned\)/.test(event))).toBe(true);
      expect(await page.getByRole('img', { name: /^Graph of \d+ entities and \d+ relationships around Tianwen-2/ }).count()).toBe(1);
      await page.screenshot({ path: join(ARTIFACTS, 'explore-tianwen-2.png') });
    });
  });
});
