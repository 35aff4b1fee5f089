import { join } from 'node:path';
import { ARTIFACTS, serverAndBrowserForSuite } from '../support/browser';
import { openExplorer } from '../support/explorerPage';
import { eventually } from '../support/locatorMatchers';

const VIEWPORT = { width: 1400, height: 860 };

const suite = serverAndBrowserForSuite();

interface Placement {
  id: string;
  kind: string;
  hop: number;
  /** How far out its ring is (the drawing is then drawn out to the canvas's shape). */
  ring: number;
}

/** Each drawn node's kind, hop and ring. */
function placements(page: import('playwright-core').Page): Promise<Placement[]> {
  return page.evaluate(() => {
    const cy = (globalThis as any).missiongraphExplorer.cy;
    return cy.nodes().map((node: any) => ({ id: node.id(), kind: node.data('typename'), hop: node.data('hop'), ring: node.data('ring') }));
  });
}

describe('a big neighbourhood in the explorer', () => {
  it('draws Mars two hops out readably: 100 entities, events inside their missions, kinds apart, every shown label legible, and says what it left out', async () => {
    await openExplorer(suite, VIEWPORT, async (explorer, page) => {
      await page.goto(`${suite.server.url}/explore?focus=mars&depth=2`);
      await expect(explorer.notice).toContainText(/left out: \d+ missions, \d+ agencies and \d+ targets/);
      await expect(explorer.notice).toContainText(/\d+ events are inside their ringed missions/);
      const drawn = await eventually(() => explorer.drawnKinds(), (kinds) => expect(Object.keys(kinds)).toHaveLength(100));
      expect(Object.values(drawn)).not.toContain('Event');
      await expect(explorer.drawnEntity('Mars 2020 (Perseverance)')).toContainText(/\d+ events inside/);

      // Concentric by hop; past the first ring, each kind in a band of its own.
      const placed = await placements(page);
      const farthest = (filter: (node: Placement) => boolean) => Math.max(...placed.filter(filter).map((node) => node.ring));
      const nearest = (filter: (node: Placement) => boolean) => Math.min(...placed.filter(filter).map((node) => node.ring));
      expect(farthest((node) => node.hop === 1)).toBeLessThan(nearest((node) => node.hop === 2));
      expect(farthest((node) => node.hop === 2 && node.kind === 'Agency')).toBeLessThan(nearest((node) => node.hop === 2 && node.kind === 'Target'));

      const { shown, problems } = await explorer.readability();
      expect(problems).toEqual([]);
      expect(shown.length).toBeGreaterThanOrEqual(25);
      expect(shown).toEqual(expect.arrayContaining(['Mars', 'NASA']));
      await page.screenshot({ path: join(ARTIFACTS, 'explore-mars-two-hops.png') });

      const more = explorer.notice.getByRole('button', { name: /^Draw \d+ more$/ });
      const adding = Number((await more.innerText()).match(/\d+/)![0]);
      await more.click();
      await eventually(() => explorer.drawnIds(), (ids) => expect(ids).toHaveLength(100 + adding));
      await eventually(() => explorer.query(), (query) => expect(query.get('draw')).toBe('200'));
      expect((await explorer.readability()).problems).toEqual([]);
    });
  });

  it('shows the label of a node it had to hide while the pointer rests on it, and of the selected one', async () => {
    await openExplorer(suite, VIEWPORT, async (explorer, page) => {
      await page.goto(`${suite.server.url}/explore?focus=mars&depth=2`);
      await eventually(() => explorer.drawnIds(), (ids) => expect(ids).toHaveLength(100));
      const hidden = await eventually(
        () => page.evaluate(() => (globalThis as any).missiongraphExplorer.cy.nodes('.label-hidden[typename = "Mission"]').map((node: any) => node.id())),
        (ids: string[]) => expect(ids.length).toBeGreaterThan(1),
      );
      const point = await explorer.nodePoint(hidden[0]);
      await page.mouse.move(point.x, point.y);
      await eventually(() => explorer.labelShown(hidden[0]), (shown) => expect(shown).toBe(true));
      const corner = await page.locator('#graph').boundingBox();
      await page.mouse.move(corner!.x + 3, corner!.y + 3);
      await eventually(() => explorer.labelShown(hidden[0]), (shown) => expect(shown).toBe(false));

      const name = await page.evaluate((id) => (globalThis as any).missiongraphExplorer.cy.getElementById(id).data('label'), hidden[1]);
      await explorer.drawnEntity(name).click();
      await eventually(() => explorer.labelShown(hidden[1]), (shown) => expect(shown).toBe(true));
    });
  });

  it('filters by kind and by relationship type, and opens a ringed mission into its events', async () => {
    await openExplorer(suite, VIEWPORT, async (explorer, page) => {
      await page.goto(`${suite.server.url}/explore?focus=mars`);
      await explorer.waitForIds(['mars', 'sun', 'phobos', 'mars-2020']);

      await page.getByRole('checkbox', { name: 'Targets', exact: true }).uncheck();
      await eventually(
        () => explorer.drawnKinds(),
        (kinds) => expect(Object.entries(kinds).filter(([id, kind]) => kind === 'Target' && id !== 'mars')).toEqual([]),
      );
      await eventually(() => explorer.query(), (query) => expect(query.get('hide')).toBe('target'));
      await page.getByRole('checkbox', { name: 'Targets', exact: true }).check();
      await explorer.waitForIds(['sun', 'phobos']);

      // The Sun is one hop from Mars only as what Mars orbits.
      await page.getByRole('checkbox', { name: 'orbits', exact: true }).uncheck();
      await explorer.waitForIds(['mars', 'mars-2020'], ['sun']);
      await expect(explorer.notice).toContainText(/\d+ hidden by the filters/);
      await page.getByRole('checkbox', { name: 'orbits', exact: true }).check();

      await explorer.drawnEntity('Mars 2020 (Perseverance)').click();
      await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveText(/^Mars 2020/);
      await explorer.details.getByRole('button', { name: /^Show its \d+ events$/ }).click();
      await explorer.waitForIds(['mars-2020-landing', 'mars-2020-first-sample']);
      await eventually(() => explorer.query(), (query) => expect(query.get('open')).toBe('mars-2020'));
      await expect(explorer.timelineRow('Mars 2020 (Perseverance)').getByRole('button', { name: 'Events of Mars 2020 (Perseverance)' })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
      await explorer.details.getByRole('button', { name: 'Group its events' }).click();
      await explorer.waitForIds(['mars-2020'], ['mars-2020-landing']);
    });
  });
});
