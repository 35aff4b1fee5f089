import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Locator, Page } from 'playwright-core';
import { ARTIFACTS, offlineContext, serverAndBrowserForSuite } from '../support/browser';

const suite = serverAndBrowserForSuite();

const listen = (handler: Parameters<typeof createServer>[1] = () => undefined): Promise<Server> =>
  new Promise((resolve) => {
    const http = createServer(handler);
    http.listen(0, '127.0.0.1', () => resolve(http));
  });
const urlOf = (http: Server) => `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

/** The related missions a widget shows: each one's name and its reasons, as read off the page. */
async function relatedMissions(widget: Locator): Promise<{ name: string; score: string; reasons: string[] }[]> {
  const items = widget.locator('li.mission');
  const found = [];
  for (let index = 0; index < (await items.count()); index++) {
    const item = items.nth(index);
    found.push({
      name: await item.locator('a.name').innerText(),
      score: (await item.locator('.score').innerText()).replace(/\s+/g, ' '),
      reasons: await item.locator('.reasons li').allInnerTexts(),
    });
  }
  return found;
}

const isGraphQL = (url: URL) => url.pathname === '/graphql';

/** GraphQL requests the page sends: how, and the mission id they ask about. */
function recordGraphQLRequests(page: Page): { method: string; id: unknown; sendsQuery: boolean }[] {
  const asked: { method: string; id: unknown; sendsQuery: boolean }[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!isGraphQL(url)) return;
    const sent = request.method() === 'GET' ? { query: url.searchParams.get('query'), variables: JSON.parse(url.searchParams.get('variables') ?? '{}') } : JSON.parse(request.postData() ?? '{}');
    asked.push({ method: request.method(), id: sent.variables?.id, sendsQuery: Boolean(sent.query) });
  });
  return asked;
}

describe('the <related-missions> widget', () => {
  it('on the demo page at /widget, shows the five missions most related to Tianwen-2 with reasons in plain words, from one request', async () => {
    const { context, blocked } = await offlineContext(suite.browser, suite.server.url, { viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const asked = recordGraphQLRequests(page);

    await page.goto(`${suite.server.url}/widget`);
    const widget = page.locator('related-missions#live');
    await widget.getByText('Missions related to Tianwen-2').waitFor({ timeout: 20000 });
    const related = await relatedMissions(widget);

    expect(related.map((mission) => mission.name)).toEqual(['Hayabusa', 'Hayabusa2', 'OSIRIS-REx', 'Tianwen-1', "Chang'e 5"]);
    expect(related[0]).toEqual({ name: 'Hayabusa', score: 'score 4.3', reasons: ['both are sample-return missions', 'both target asteroids', 'both are rendezvous missions'] });
    expect(related[3].reasons).toEqual(['Tianwen-2 follows up Tianwen-1', 'both operated by CNSA']);
    expect(related[4].reasons).toEqual(['both are sample-return missions', 'both operated by CNSA']);
    // One GET that names the operation by its hash: a short URL a browser or a CDN can cache.
    expect(asked.filter((request) => request.id === 'tianwen-2')).toEqual([{ method: 'GET', id: 'tianwen-2', sendsQuery: false }]);

    // Styles live in the shadow root; the themed copy changes only what its custom properties reach.
    const themed = page.locator('related-missions.dark');
    await themed.getByText('Missions related to Hayabusa2').waitFor();
    const accent = (element: Locator) => element.locator('a.name').first().evaluate((link) => (globalThis as any).getComputedStyle(link).color);
    expect(await accent(widget)).toBe('rgb(36, 87, 197)');
    expect(await accent(themed)).toBe('rgb(240, 164, 58)');
    // Playwright's locators pierce shadow roots; the document's own query does not.
    expect(await page.evaluate(() => (globalThis as any).document.querySelectorAll('a.name, li.mission').length)).toBe(0);
    expect(await widget.evaluate((element) => element.shadowRoot?.querySelectorAll('a.name').length)).toBe(5);

    await widget.screenshot({ path: join(ARTIFACTS, 'widget-tianwen-2.png') });
    await page.screenshot({ path: join(ARTIFACTS, 'widget.png'), fullPage: true });
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('embeds in a page of another origin with one script tag, and shows its error and unknown-mission states', async () => {
    const closed = await listen();
    const downEndpoint = `${urlOf(closed)}/graphql`;
    await new Promise((resolve) => closed.close(resolve));
    const host = await listen((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog about asteroids</title>
        <script src="${suite.server.url}/widget.js" defer></script>
        <style>a, li, .name, .score { color: rgb(255, 0, 0); font-size: 40px; }</style></head>
        <body><h1>A blog about asteroids</h1>
        <related-missions id="embedded" mission="tianwen-2" limit="3"></related-missions>
        <related-missions id="down" mission="tianwen-2" endpoint="${downEndpoint}"></related-missions>
        <related-missions id="unknown" mission="no-such-mission"></related-missions>
        <related-missions id="zhurong" mission="tianwen-1" limit="2"></related-missions>
        </body></html>`);
    });
    try {
      const { context, blocked } = await offlineContext(suite.browser, [urlOf(host), suite.server.url, downEndpoint]);
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(urlOf(host));

      const embedded = page.locator('#embedded');
      await embedded.getByText('Missions related to Tianwen-2').waitFor({ timeout: 20000 });
      expect((await relatedMissions(embedded)).map((mission) => mission.name)).toEqual(['Hayabusa', 'Hayabusa2', 'OSIRIS-REx']);
      expect(await embedded.getByRole('link', { name: 'Hayabusa2' }).getAttribute('href')).toBe(`${suite.server.url}/explore?focus=hayabusa2`);
      // The host page's rules for links and list items do not reach inside the widget.
      const link = embedded.getByRole('link', { name: 'Hayabusa2' });
      expect(await link.evaluate((element) => (globalThis as any).getComputedStyle(element).color)).toBe('rgb(36, 87, 197)');
      expect(await link.evaluate((element) => (globalThis as any).getComputedStyle(element).fontSize)).not.toBe('40px');

      const down = page.locator('#down');
      const alert = down.getByRole('alert');
      await alert.waitFor({ timeout: 20000 });
      expect(await alert.innerText()).toBe('Related missions could not be loaded: the missions API cannot be reached.');
      expect(await down.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);

      await page.locator('#unknown').getByText('No mission has the id “no-such-mission”.').waitFor({ timeout: 20000 });

      const zhurong = page.locator('#zhurong');
      await zhurong.getByText('Missions related to Tianwen-1').waitFor({ timeout: 20000 });
      // Viking 2 landed in Utopia Planitia, where Zhurong did: a shared site reads as such.
      const viking2 = (await relatedMissions(zhurong)).find((mission) => mission.name === 'Viking 2');
      expect(viking2?.reasons).toEqual(expect.arrayContaining(['shares the target Utopia Planitia', 'shares the target Mars']));

      await page.screenshot({ path: join(ARTIFACTS, 'widget-embedded.png'), fullPage: true });
      expect(blocked).toEqual([]);
      expect(pageErrors).toEqual([]);
      await context.close();
    } finally {
      await new Promise((resolve) => host.close(resolve));
    }
  });

  it('shows that it is loading while the API has not answered', async () => {
    const { context } = await offlineContext(suite.browser, suite.server.url);
    const page = await context.newPage();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(isGraphQL, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${suite.server.url}/widget`);
    const widget = page.locator('related-missions#live');
    await widget.getByRole('status').getByText('Loading related missions…').waitFor({ timeout: 20000 });
    release();
    await widget.getByText('Missions related to Tianwen-2').waitFor({ timeout: 20000 });
    await context.close();
  });
});
