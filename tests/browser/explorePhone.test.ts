import { join } from 'node:path';
import { ARTIFACTS, serverAndBrowserForSuite } from '../support/browser';
import { openExplorer } from '../support/explorerPage';
import { eventually } from '../support/locatorMatchers';

/** A phone held upright: 390×844 CSS pixels, touch, no mouse. */
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const suite = serverAndBrowserForSuite();

describe('the explorer on a phone', () => {
  it('is one column, the graph first, with the panels in a bottom sheet that is the only scrolling pane', async () => {
    await openExplorer(suite, PHONE, async (explorer, page) => {
      await page.goto(`${suite.server.url}/explore?focus=tianwen-2&depth=2`);
      await explorer.waitForIds(['tianwen-2', 'cnsa']);
      const handle = page.getByRole('button', { name: 'Details, timeline and filters' });
      await expect(handle).toHaveAttribute('aria-expanded', 'false');

      const graph = (await page.locator('#graph').boundingBox())!;
      const search = (await explorer.search.boundingBox())!;
      const sheetTop = (await handle.boundingBox())!.y;
      expect(search.y).toBeLessThan(graph.y);
      expect(graph.width).toBeGreaterThan(380);
      expect(graph.height).toBeGreaterThan(400);
      expect(sheetTop).toBeGreaterThan(graph.y + 400);
      expect(sheetTop).toBeLessThan(844);
      await page.screenshot({ path: join(ARTIFACTS, 'explore-phone.png') });

      await handle.tap();
      await expect(handle).toHaveAttribute('aria-expanded', 'true');
      await expect(explorer.timeline).toBeVisible();
      // The page itself does not scroll, and within the sheet only its body does: no pane inside a pane.
      const scrollers = await eventually(
        () =>
          page.evaluate(() => {
            const doc = (globalThis as any).document;
            const panes = [...doc.querySelectorAll('*')].filter((element: any) => {
              const overflow = (globalThis as any).getComputedStyle(element).overflowY;
              return (overflow === 'auto' || overflow === 'scroll') && element.scrollHeight > element.clientHeight + 1;
            });
            return { page: doc.scrollingElement.scrollHeight - (globalThis as any).innerHeight, panes: panes.map((element: any) => element.id || element.className) };
          }),
        (found) => expect(found.panes).toEqual(['sheet-body']),
      );
      expect(scrollers.page).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(ARTIFACTS, 'explore-phone-sheet.png') });
      await handle.tap();
      await expect(handle).toHaveAttribute('aria-expanded', 'false');
    });
  });

  it('selects a node with a tap, opening its details in the sheet, and expands one with a long press', async () => {
    await openExplorer(suite, PHONE, async (explorer, page) => {
      await page.goto(`${suite.server.url}/explore?focus=tianwen-2`);
      await explorer.waitForIds(['tianwen-1', 'cnsa']);
      const tianwen1 = await explorer.reachablePoint('tianwen-1');
      await page.touchscreen.tap(tianwen1.x, tianwen1.y);
      await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveText(/^Tianwen-1/);
      await expect(page.getByRole('button', { name: 'Details, timeline and filters' })).toHaveAttribute('aria-expanded', 'true');
      await expect(explorer.details.getByRole('heading', { level: 2 })).toBeVisible();
      await page.getByRole('button', { name: 'Details, timeline and filters' }).tap();

      // A long press: the finger stays down until the explorer has expanded the node, then lifts.
      const cnsa = await explorer.reachablePoint('cnsa');
      const touch = await page.context().newCDPSession(page);
      await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: cnsa.x, y: cnsa.y }] });
      await eventually(() => explorer.query(), (query) => expect(query.get('expand')).toBe('cnsa'));
      await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await explorer.waitForDrawn("Chang'e 5");
      await explorer.waitForIds(['change-5', 'tianwen-1']);
    });
  });
});
