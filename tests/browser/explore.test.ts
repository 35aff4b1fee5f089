import { join } from 'node:path';
import { ARTIFACTS, serverAndBrowserForSuite } from '../support/browser';
import { openExplorer } from '../support/explorerPage';
import { eventually } from '../support/locatorMatchers';

const VIEWPORT = { width: 1400, height: 860 };

const suite = serverAndBrowserForSuite();

describe('the explorer at /explore', () => {
  it('is linked from GraphiQL; searching "Kamo" by keyboard draws the asteroid with its mission, and two hops add the agency', async () => {
    await openExplorer(suite, VIEWPORT, async (explorer, page) => {
      await page.goto(`${suite.server.url}/`);
      await page.getByRole('link', { name: 'Explorer' }).click();
      await page.waitForURL(`${suite.server.url}/explore`);

      await explorer.pickByKeyboard('Kamo', '469219 Kamoʻoalewa asteroid');
      await explorer.waitForDrawn('469219 Kamoʻoalewa', 'Tianwen-2');
      expect((await explorer.query()).get('focus')).toBe('kamooalewa');
      await explorer.waitForIds(['kamooalewa', 'tianwen-2']);
      expect(await explorer.nodeColour('tianwen-2')).not.toBe(await explorer.nodeColour('kamooalewa'));
      await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveText(/^469219 Kamoʻoalewa/);
      await expect(explorer.details).toContainText('2016 HO3');
      await expect(explorer.details.getByRole('link', { name: /wikipedia\.org\/wiki\/469219_Kamo/ })).toHaveCount(1);

      await page.getByRole('radio', { name: '2 hops' }).check();
      await explorer.waitForDrawn('China National Space Administration');
      await explorer.waitForIds(['kamooalewa', 'tianwen-2', 'cnsa']);
      expect((await explorer.query()).get('depth')).toBe('2');
      await page.screenshot({ path: join(ARTIFACTS, 'explore-search.png') });
    });
  });

  it('expands a node on double-click, or with its Expand button, and a reload restores the view', async () => {
    await openExplorer(suite, VIEWPORT, async (explorer, page) => {
      await page.goto(`${suite.server.url}/explore?focus=kamooalewa`);
      await explorer.waitForDrawn('Tianwen-2');
      const before = await explorer.waitForIds(['kamooalewa', 'tianwen-2'], ['cnsa']);

      await explorer.doubleClickNode('tianwen-2');
      await explorer.waitForDrawn('China National Space Administration', 'Tianwen-1');
      await eventually(() => explorer.drawnIds(), (ids) => expect(ids.length).toBeGreaterThan(before.length));
      await eventually(() => explorer.query(), (query) => expect(query.get('expand')).toBe('tianwen-2'));
      await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveText(/^Tianwen-2/);

      await page.reload();
      await explorer.waitForDrawn('China National Space Administration', 'Tianwen-1');
      await eventually(() => explorer.drawnIds(), (ids) => expect(ids.length).toBeGreaterThan(before.length));

      // The same by keyboard: choose Tianwen-1 in the list of drawn entities, then Expand.
      await explorer.drawnEntity('Tianwen-1').focus();
      await page.keyboard.press('Enter');
      await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveText(/^Tianwen-1/);
      await explorer.details.getByRole('button', { name: 'Expand' }).press('Enter');
      await explorer.waitForDrawn('Mars');
      await eventually(() => explorer.query(), (query) => expect(query.get('expand')).toBe('tianwen-2,tianwen-1'));
      await page.screenshot({ path: join(ARTIFACTS, 'explore-expanded.png') });
    });
  });

  it('highlights the shortest path between two picked entities', async () => {
    await openExplorer(suite, VIEWPORT, async (explorer, page) => {
      await page.goto(`${suite.server.url}/explore`);
      await explorer.pickByMouse('Kamo', '469219 Kamoʻoalewa asteroid');
      await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveText(/^469219 Kamoʻoalewa/);
      await explorer.details.getByRole('button', { name: 'Path from here' }).click();

      await explorer.pickByMouse("Chang'e 5", "Chang'e 5 mission");
      await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveText(/^Chang'e 5/);
      await explorer.details.getByRole('button', { name: 'Path to here' }).click();

      await expect(explorer.path.getByText(/Highlighted: 3 steps/)).toBeVisible();
      await expect(explorer.path.getByRole('list', { name: 'Steps of the path' }).getByRole('listitem')).toHaveText([
        'Tianwen-2 TARGETS 469219 Kamoʻoalewa',
        'Tianwen-2 OPERATED_BY CNSA',
        "Chang'e 5 OPERATED_BY CNSA",
      ]);
      await eventually(
        () => explorer.highlighted(),
        (highlighted) => {
          expect(highlighted.nodes.sort()).toEqual(['change-5', 'cnsa', 'kamooalewa', 'tianwen-2']);
          expect(highlighted.edges).toBe(3);
        },
      );
      await expect(explorer.drawnEntity('Tianwen-2')).toContainText('on the path');
      const query = await explorer.query();
      expect([query.get('from'), query.get('to')]).toEqual(['kamooalewa', 'change-5']);
      await page.screenshot({ path: join(ARTIFACTS, 'explore-path.png') });
    });
  });

  it('opens a shared link as it was: focus, depth, selection and the mission timeline', async () => {
    await openExplorer(suite, VIEWPORT, async (explorer, page) => {
      await page.goto(`${suite.server.url}/explore?focus=tianwen-2&depth=2&select=tianwen-2`);
      await explorer.waitForDrawn('Tianwen-2', 'China National Space Administration', "Chang'e 5", 'Mars');
      await expect(page.getByRole('radio', { name: '2 hops' })).toBeChecked();
      // The details arrive after the drawing: the timeline's items are read once they are there.
      const events = explorer.details.getByRole('list', { name: 'Events of Tianwen-2' }).getByRole('listitem');
      await expect(events.first()).toHaveText(/^28 May 2025 Launch/);
      await expect(events.filter({ hasText: /2027\s*Sample return\s*\(planned\)/ })).toHaveCount(1);
      await expect(page.getByRole('img', { name: /^Graph of \d+ entities and \d+ relationships around Tianwen-2/ })).toHaveCount(1);
      await page.screenshot({ path: join(ARTIFACTS, 'explore-tianwen-2.png') });
    });
  });

  it('shows native names beside the English one, each marked with its language and direction, the reader\'s language first', async () => {
    await openExplorer(suite, VIEWPORT, async (explorer, page) => {
      await page.goto(`${suite.server.url}/explore?focus=tianwen-2&select=tianwen-2`);
      const heading = explorer.details.getByRole('heading', { level: 2 });
      await expect(heading).toHaveText('Tianwen-2 天问二号');
      await expect(heading.locator('bdi')).toHaveAttribute('lang', 'zh-Hans');

      await page.goto(`${suite.server.url}/explore?focus=mars&select=mars`);
      await expect(heading).toHaveText(/^Mars 火星$/);
      const names = explorer.details.locator('dd bdi');
      await expect(names).toHaveText(['火星', '火星', 'Марс', 'मंगल', 'المريخ']);
      await expect(explorer.details.locator('dd bdi[lang="ar"]')).toHaveAttribute('dir', 'rtl');
      await expect(explorer.details.locator('dd bdi[lang="ru"]')).toHaveAttribute('dir', 'ltr');
      await expect(explorer.details).toContainText('Марс (Russian)');
    });
    await openExplorer(suite, { viewport: VIEWPORT, locale: 'ru-RU' }, async (explorer, page) => {
      await page.goto(`${suite.server.url}/explore?focus=mars&select=mars`);
      await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveText('Mars Марс');
      await page.screenshot({ path: join(ARTIFACTS, 'explore-native-names.png') });
    });
  });
});
