import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Locator, Page } from 'playwright-core';
import { ARTIFACTS, serverAndBrowserForSuite, withOfflinePage } from '../support/browser';
import { eventually } from '../support/locatorMatchers';
import { startTestServer } from '../support/testServer';

const suite = serverAndBrowserForSuite();

const listen = (handler: Parameters<typeof createServer>[1] = () => undefined): Promise<Server> =>
  new Promise((resolve) => {
    const http = createServer(handler);
    http.listen(0, '127.0.0.1', () => resolve(http));
  });
const urlOf = (http: Server) => `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
const close = (http: Server) => new Promise((resolve) => http.close(resolve));

/** A site of another origin that serves this page at / (in English unless `root` says otherwise). */
const site = (html: string, handler?: Parameters<typeof createServer>[1], root = 'lang="en"') =>
  listen((req, res) => {
    if (req.url !== '/' && handler) return handler(req, res);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html ${root}><head><meta charset="utf-8"><title>A blog about asteroids</title></head><body>${html}</body></html>`);
  });

/** The related missions a widget shows: each one's name, its score and its reasons, as read off the page. */
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

const computed = (locator: Locator, property: string) => locator.evaluate((element, name) => (globalThis as any).getComputedStyle(element).getPropertyValue(name), property);
const cardBackground = (widget: Locator) => computed(widget.locator('.card'), 'background-color');
const WHITE = 'rgb(255, 255, 255)';
const DARK_CARD = 'rgb(22, 27, 34)';
const PAPER = 'rgb(251, 247, 239)';

describe('the <related-missions> widget', () => {
  it('on the demo page at /widget, shows the five missions most related to Tianwen-2 with reasons in plain words, from one request', async () => {
    await withOfflinePage(suite.browser, suite.server.url, { viewport: { width: 1280, height: 1000 } }, async (page) => {
      const asked = recordGraphQLRequests(page);
      await page.goto(`${suite.server.url}/widget`);
      const widget = page.locator('related-missions#live');
      await expect(widget.locator('a.name')).toHaveText(['Hayabusa', 'Hayabusa2', 'OSIRIS-REx', 'Tianwen-1', "Chang'e 5"]);
      const related = await relatedMissions(widget);
      expect(related[0]).toEqual({ name: 'Hayabusa', score: 'score 4.3', reasons: ['both are sample-return missions', 'both target asteroids', 'both are rendezvous missions'] });
      expect(related[3].reasons).toEqual(['Tianwen-2 follows up Tianwen-1', 'both operated by CNSA']);
      expect(related[4].reasons).toEqual(['both are sample-return missions', 'both operated by CNSA']);
      // One GET that names the operation by its hash: a short URL a browser or a CDN can cache.
      expect(asked.filter((request) => request.id === 'tianwen-2')).toEqual([{ method: 'GET', id: 'tianwen-2', sendsQuery: false }]);

      // Styles live in the shadow root; the themed copy changes only what its custom properties reach.
      const themed = page.locator('related-missions#themed');
      await expect(themed.getByText('Missions related to Hayabusa2')).toBeVisible();
      const accent = (element: Locator) => computed(element.locator('a.name').first(), 'color');
      expect(await accent(widget)).toBe('rgb(36, 87, 197)');
      expect(await accent(themed)).toBe('rgb(164, 64, 13)');
      // Playwright's locators pierce shadow roots; the document's own query does not.
      expect(await page.evaluate(() => (globalThis as any).document.querySelectorAll('a.name, li.mission').length)).toBe(0);
      expect(await widget.evaluate((element) => element.shadowRoot?.querySelectorAll('a.name').length)).toBe(5);

      await widget.screenshot({ path: join(ARTIFACTS, 'widget-tianwen-2.png') });
      await page.screenshot({ path: join(ARTIFACTS, 'widget.png'), fullPage: true });
    });
  });

  it('follows a dark colour scheme unless the page themes it or pins its theme, and has a compact form with one line per mission', async () => {
    const pinned = await site(`<script src="${suite.server.url}/widget.js" defer></script>
      <related-missions id="light" theme="light" mission="tianwen-2" limit="2"></related-missions>
      <related-missions id="auto" mission="tianwen-2" limit="2"></related-missions>`);
    try {
      await withOfflinePage(suite.browser, [suite.server.url, urlOf(pinned)], { colorScheme: 'dark', viewport: { width: 1280, height: 1000 } }, async (page) => {
        await page.goto(`${suite.server.url}/widget`);
        const [live, compact, themed] = ['#live', '#compact', '#themed'].map((id) => page.locator(id));
        for (const widget of [live, compact, themed]) await expect(widget.getByText(/^Missions related to/)).toBeVisible();
        expect(await cardBackground(live)).toBe(DARK_CARD);
        expect(await computed(live.locator('a.name').first(), 'color')).toBe('rgb(138, 180, 248)');
        expect(await cardBackground(themed)).toBe(PAPER);

        // Compact: names and scores, one line each; the reasons are the line's tooltip.
        const lines = compact.locator('li.mission');
        await expect(lines).toHaveCount(5);
        await expect(compact.locator('.reasons')).toHaveCount(0);
        for (const line of await lines.all()) {
          expect((await line.boundingBox())!.height).toBeLessThan(28);
          expect(await line.getAttribute('title')).toMatch(/^(both|shares|.* follows up)/);
        }
        await expect(lines.first().locator('.score')).toHaveText(/^score \d+\.\d$/);
        await page.screenshot({ path: join(ARTIFACTS, 'widget-dark.png'), fullPage: true });
        await compact.screenshot({ path: join(ARTIFACTS, 'widget-compact-dark.png') });

        await page.goto(urlOf(pinned));
        await expect(page.locator('#auto').getByText('Missions related to Tianwen-2')).toBeVisible();
        await expect(page.locator('#light').getByText('Missions related to Tianwen-2')).toBeVisible();
        expect(await cardBackground(page.locator('#light'))).toBe(WHITE);
        expect(await cardBackground(page.locator('#auto'))).toBe(DARK_CARD);
      });
      await withOfflinePage(suite.browser, suite.server.url, { colorScheme: 'light' }, async (page) => {
        await page.goto(`${suite.server.url}/widget`);
        await expect(page.locator('#live').getByText('Missions related to Tianwen-2')).toBeVisible();
        expect(await cardBackground(page.locator('#live'))).toBe(WHITE);
        await page.locator('#live').evaluate((element) => element.setAttribute('theme', 'dark'));
        await eventually(() => cardBackground(page.locator('#live')), (background) => expect(background).toBe(DARK_CARD));
        await page.locator('#compact').screenshot({ path: join(ARTIFACTS, 'widget-compact.png') });
      });
    } finally {
      await close(pinned);
    }
  });

  it("gives on the demo a snippet with this server's absolute address that works pasted into a page of another origin, where the host's CSS does not reach in", async () => {
    let snippet = '';
    await withOfflinePage(suite.browser, suite.server.url, {}, async (page) => {
      await page.goto(`${suite.server.url}/widget`);
      await expect(page.locator('#snippet')).toHaveText(
        `<script src="${suite.server.url}/widget.js" defer></script> <related-missions mission="tianwen-2" limit="5"></related-missions>`,
      );
      await page.getByLabel('Mission id').fill('tianwen-1');
      await page.getByLabel('How many').fill('3');
      await page.getByRole('button', { name: 'Show related missions' }).click();
      await expect(page.locator('#snippet')).toContainText('<related-missions mission="tianwen-1" limit="3"></related-missions>');
      snippet = await page.locator('#snippet').textContent() ?? '';
    });
    const blog = await site(`<style>a, li, .name, .score { color: rgb(255, 0, 0); font-size: 40px; }</style><h1>A blog about Mars</h1>${snippet}`);
    try {
      await withOfflinePage(suite.browser, [urlOf(blog), suite.server.url], {}, async (page) => {
        await page.goto(urlOf(blog));
        const embedded = page.locator('related-missions');
        await expect(embedded.getByText('Missions related to Tianwen-1')).toBeVisible();
        await expect(embedded.locator('li.mission')).toHaveCount(3);
        // Viking 2 landed in Utopia Planitia, where Zhurong did: a shared site reads as such.
        const viking2 = (await relatedMissions(embedded)).find((mission) => mission.name === 'Viking 2');
        expect(viking2?.reasons).toEqual(expect.arrayContaining(['shares the target Utopia Planitia', 'shares the target Mars']));
        const first = embedded.locator('a.name').first();
        expect(await first.getAttribute('href')).toMatch(new RegExp(`^${suite.server.url}/explore\\?focus=`));
        // The host page's rules for links and list items do not reach inside the widget.
        expect(await computed(first, 'color')).toBe('rgb(36, 87, 197)');
        expect(await computed(first, 'font-size')).not.toBe('40px');
        await page.screenshot({ path: join(ARTIFACTS, 'widget-embedded.png'), fullPage: true });
      });
    } finally {
      await close(blog);
    }
  });

  it('says what went wrong: an error the API answered, something else answering instead of it, no answer at all; and an unknown mission', async () => {
    const strict = await startTestServer({ QUERY_MAX_COST: '10' });
    const closed = await listen();
    const downEndpoint = `${urlOf(closed)}/graphql`;
    await close(closed);
    // A site that proxies the API under its own origin, while the API behind the proxy is down.
    const proxied = await site(
      `<script src="${suite.server.url}/widget.js" defer></script>
      <related-missions id="strict" mission="tianwen-2" endpoint="${strict.url}/graphql"></related-missions>
      <related-missions id="down" mission="tianwen-2" endpoint="${downEndpoint}"></related-missions>
      <related-missions id="unknown" mission="no-such-mission"></related-missions>
      <related-missions id="proxied" mission="tianwen-2" limit="3"></related-missions>`,
      (_req, res) => {
        res.statusCode = 502;
        res.setHeader('content-type', 'text/html');
        res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      },
    );
    try {
      await withOfflinePage(suite.browser, [urlOf(proxied), suite.server.url, strict.url, downEndpoint], {}, async (page) => {
        await page.goto(urlOf(proxied));
        await page.locator('#proxied').evaluate((element, endpoint) => element.setAttribute('endpoint', endpoint), `${urlOf(proxied)}/graphql`);
        await expect(page.locator('#strict').getByRole('alert')).toHaveText(
          /^Related missions could not be loaded: the missions API answered with an error: .*cost.* \(QUERY_TOO_COMPLEX\)\.$/,
        );
        await expect(page.locator('#proxied').getByRole('alert')).toHaveText(
          'Related missions could not be loaded: the server answered HTTP 502 (Bad Gateway) instead of the missions API; the API behind it may be down.',
        );
        await expect(page.locator('#down').getByRole('alert')).toHaveText(
          'Related missions could not be loaded: the missions API cannot be reached (the network failed or the address is wrong).',
        );
        await expect(page.locator('#down').getByRole('button', { name: 'Try again' })).toBeVisible();
        await expect(page.locator('#unknown').getByText('No mission has the id “no-such-mission”.')).toBeVisible();
        await page.screenshot({ path: join(ARTIFACTS, 'widget-errors.png'), fullPage: true });

        // Pointed at an API that answers, it shows the missions.
        await page.locator('#strict').evaluate((element, endpoint) => element.setAttribute('endpoint', endpoint), `${suite.server.url}/graphql`);
        await expect(page.locator('#strict').getByText('Missions related to Tianwen-2')).toBeVisible();
      });
    } finally {
      await close(proxied);
      await strict.close();
    }
  });

  it('shows native names beside the English ones, in their own language and direction, and keeps its English card left to right in a right-to-left page unless asked to mirror', async () => {
    const arabic = await site(
      `<script src="${suite.server.url}/widget.js" defer></script>
      <h1>مدونة عن المريخ</h1>
      <related-missions id="hope" mission="hope" limit="3"></related-missions>
      <related-missions id="mirrored" mission="hope" limit="3" dir="rtl"></related-missions>`,
      undefined,
      'lang="ar" dir="rtl"',
    );
    try {
      await withOfflinePage(suite.browser, [urlOf(arabic), suite.server.url], { viewport: { width: 900, height: 900 } }, async (page) => {
        await page.goto(`${suite.server.url}/widget`);
        const live = page.locator('#live');
        await expect(live.locator('.title bdi')).toHaveText('天问二号');
        await expect(live.locator('.title bdi')).toHaveAttribute('lang', 'zh-Hans');
        await expect(live.locator('li.mission').first().locator('bdi')).toHaveAttribute('lang', 'ja');

        await page.goto(urlOf(arabic));
        const [hope, mirrored] = [page.locator('#hope'), page.locator('#mirrored')];
        await expect(hope.locator('.title bdi')).toHaveText('مسبار الأمل');
        await expect(hope.locator('.title bdi')).toHaveAttribute('dir', 'rtl');
        await expect(hope.locator('.title bdi')).toHaveAttribute('lang', 'ar');
        await expect(hope.locator('.card')).toHaveAttribute('lang', 'en');
        expect(await computed(hope.locator('.card'), 'direction')).toBe('ltr');
        await expect(hope.locator('.title')).toHaveText(/^Missions related to Emirates Mars Mission \(Hope\) مسبار الأمل$/);

        await expect(mirrored.locator('li.mission')).toHaveCount(3);
        expect(await computed(mirrored.locator('.card'), 'direction')).toBe('rtl');
        const first = mirrored.locator('li.mission').first();
        expect((await first.locator('.score').boundingBox())!.x).toBeLessThan((await first.locator('a.name').boundingBox())!.x);
        await page.screenshot({ path: join(ARTIFACTS, 'widget-rtl.png'), fullPage: true });
      });
    } finally {
      await close(arabic);
    }
  });

  it('shows that it is loading while the API has not answered', async () => {
    await withOfflinePage(suite.browser, suite.server.url, {}, async (page) => {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(isGraphQL, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${suite.server.url}/widget`);
      const widget = page.locator('related-missions#live');
      await expect(widget.getByRole('status').getByText('Loading related missions…')).toBeVisible();
      release();
      await expect(widget.getByText('Missions related to Tianwen-2')).toBeVisible();
    });
  });
});
