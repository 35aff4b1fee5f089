import { seriousViolations } from '../support/axe';
import { serverAndBrowserForSuite, withOfflinePage } from '../support/browser';
import { openExplorer } from '../support/explorerPage';

const suite = serverAndBrowserForSuite();

describe('accessibility (axe-core)', () => {
  it('finds no serious violation in the explorer with a view drawn, its details and its timeline open', async () => {
    await openExplorer(suite, { width: 1400, height: 860 }, async (explorer, page) => {
      await page.goto(`${suite.server.url}/explore?focus=tianwen-2&depth=2&select=tianwen-2&open=tianwen-2`);
      await explorer.waitForDrawn('Tianwen-2', 'China National Space Administration');
      await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveText(/^Tianwen-2/);
      await expect(explorer.timeline.getByRole('list', { name: 'Events of Tianwen-2 in time' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  it('finds none in the explorer on a phone, with the sheet open over a large view', async () => {
    await openExplorer(suite, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, async (explorer, page) => {
      await page.goto(`${suite.server.url}/explore?focus=mars&depth=2&select=mars`);
      await expect(explorer.notice).toContainText(/left out/);
      const handle = page.getByRole('button', { name: 'Details, timeline and filters' });
      await handle.tap();
      await expect(handle).toHaveAttribute('aria-expanded', 'true');
      await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveText(/^Mars/);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds none on the widget demo in a ${colorScheme} colour scheme`, async () => {
      await withOfflinePage(suite.browser, suite.server.url, { colorScheme }, async (page) => {
        await page.goto(`${suite.server.url}/widget`);
        for (const id of ['live', 'compact', 'themed']) await expect(page.locator(`#${id}`).getByText(/^Missions related to/)).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      });
    });
  }
});
