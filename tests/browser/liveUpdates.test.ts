import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Browser, WebSocketRoute } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { launchChromium, withOfflinePage } from '../support/browser';
import { ExplorerPage } from '../support/explorerPage';
import { eventually } from '../support/locatorMatchers';
import { SCRATCH_ENV, takeTurnOnScratch, WRITE_TOKENS } from '../support/scratch';
import { graphql, startTestServer, TestServer } from '../support/testServer';
import { ensureWebBuild } from '../support/webBuild';

/**
 * The explorer and a live widget refresh on a change: real writes through the
 * API, to entities of the test's own in the scratch Neo4j (the read-only
 * suites keep the curated graph as it is), seen over graphql-ws.
 */
const EDITOR = { authorization: 'Bearer editor-token-0123456789' };
const SOURCES = ['https://example.org/live-test'];
const AGENCY = { id: 'test-live-agency', name: 'Live Test Agency', abbreviation: 'LTA', sources: SOURCES };
const ROCK = { id: 'test-live-rock', name: 'Live Test Rock', kind: 'ASTEROID', sources: SOURCES };
const mission = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id, name, kinds: ['FLYBY'], status: 'PLANNED', agencies: [AGENCY.id], targets: [ROCK.id], sources: SOURCES, ...extra,
});
const PROBE = mission('test-live-probe', 'Live Test Probe');
const SISTER = mission('test-live-sister', 'Live Test Sister');

let server: TestServer;
let browser: Browser;
let release: () => void;

async function write(query: string, variables: Record<string, unknown> = {}): Promise<void> {
  const { body } = await graphql(server, query, variables, EDITOR);
  expect(body.errors).toBeUndefined();
}
const upsert = (kind: 'Agency' | 'Target' | 'Mission', input: Record<string, unknown>) =>
  write(`mutation ($input: ${kind}Input!) { upsert${kind}(input: $input) { id } }`, { input });

/** Two missions that share an agency and an asteroid, and nothing else: what each test starts from. */
async function createIsland(): Promise<void> {
  await upsert('Agency', AGENCY);
  await upsert('Target', ROCK);
  await upsert('Mission', PROBE);
  await upsert('Mission', SISTER);
}

/** Writes only once the page's subscription is open on the server: a change committed before it would not be streamed to it. */
const listening = (count: number) => eventually(async () => server.subscribers(), (open) => expect(open).toBe(count));

const removeIsland = () => server.db.write({ cypher: "MATCH (n:Entity) WHERE n.id STARTS WITH 'test-live-' DETACH DELETE n", params: {} });

beforeAll(async () => {
  release = await takeTurnOnScratch();
  ensureWebBuild();
  // The scratch Neo4j gets no warm-up, and its first statements on a loaded machine can pass the 5 s
  // default: a timed-out write or first read is not what these tests are about.
  server = await startTestServer({ ...SCRATCH_ENV(), WRITE_TOKENS, TX_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '90000' });
  browser = await launchChromium();
  // The turn may come after the write suites' (see takeTurnOnScratch).
}, 600_000);
beforeEach(createIsland);
afterAll(async () => {
  try {
    if (server) await removeIsland();
    await browser?.close();
    await server?.close();
  } finally {
    release?.();
  }
});

describe('live data in the explorer', () => {
  it('marks a drawn entity that changed "updated" in the list, on the graph and in words; the selected one gets its new details, then says it was deleted', async () => {
    await withOfflinePage(browser, server.url, { viewport: { width: 1400, height: 860 } }, async (page) => {
      const explorer = new ExplorerPage(page);
      await page.goto(`${server.url}/explore?focus=test-live-probe&select=test-live-probe`);
      await explorer.waitForDrawn('Live Test Probe', 'Live Test Agency', 'Live Test Rock');
      await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveText('Live Test Probe');
      await listening(1);

      await upsert('Agency', { ...AGENCY, country: 'FR' });
      await expect(explorer.drawnEntity('Live Test Agency')).toContainText('(updated)');
      await expect(page.locator('#status')).toHaveText(/^Live Test Agency was updated by tester at \d\d:\d\d:\d\d UTC\.$/);
      await eventually(
        () => page.evaluate(() => (globalThis as any).missiongraphExplorer.cy.nodes('.updated').map((node: any) => node.id())),
        (ids) => expect(ids).toEqual(['test-live-agency']),
      );
      // Only what changed is marked, and the details of an entity that is not selected stay as they were.
      await expect(explorer.drawnEntity('Live Test Rock')).not.toContainText('updated');
      await expect(explorer.details.locator('.change-note')).toHaveCount(0);

      await upsert('Mission', { ...PROBE, summary: 'A probe that exists only while a browser test runs.' });
      await expect(explorer.details.locator('.change-note')).toHaveText(/^Updated by tester at \d\d:\d\d:\d\d UTC: these are its details now\.$/);
      await expect(explorer.details).toContainText('A probe that exists only while a browser test runs.');
      await expect(explorer.drawnEntity('Live Test Probe')).toContainText('updated');
      expect(await seriousViolations(page)).toEqual([]);

      await write('mutation ($id: ID!) { deleteEntity(id: $id) }', { id: PROBE.id });
      await expect(explorer.details).toContainText(/Live Test Probe was deleted by tester at \d\d:\d\d:\d\d UTC\./);
      await expect(explorer.drawnEntity('Live Test Probe')).toContainText('deleted');
      await eventually(
        () => page.evaluate(() => (globalThis as any).missiongraphExplorer.cy.nodes('.deleted').map((node: any) => node.id())),
        (ids) => expect(ids).toEqual(['test-live-probe']),
      );
    });
  });

  it('reconnects after a drop with the last cursor it saw: a change committed while it was away is marked once it is back', async () => {
    await withOfflinePage(browser, server.url, { viewport: { width: 1400, height: 860 } }, async (page) => {
      // The page's socket goes through the test, which can cut it and keep the page away until it lets it back.
      const open: WebSocketRoute[] = [];
      let away = false;
      await page.routeWebSocket(/\/graphql$/, (socket) => {
        if (away) return socket.close({ code: 4499, reason: 'the test keeps the page away' });
        open.push(socket, socket.connectToServer());
      });
      const explorer = new ExplorerPage(page);
      await page.goto(`${server.url}/explore?focus=test-live-probe`);
      await explorer.waitForDrawn('Live Test Probe', 'Live Test Agency');
      await listening(1);
      await upsert('Agency', { ...AGENCY, country: 'DE' });
      await expect(explorer.drawnEntity('Live Test Agency')).toContainText('(updated)');

      away = true;
      await Promise.all(open.splice(0).map((socket) => socket.close({ code: 4499, reason: 'the test cut the connection' })));
      await listening(0);
      await upsert('Mission', { ...PROBE, summary: 'Changed while the page was away.' });
      away = false;
      await expect(explorer.drawnEntity('Live Test Probe')).toContainText('(updated, centre)');
      await expect(page.locator('#status')).toHaveText(/^Live Test Probe was updated by tester/);
    });
  });
});

describe('the live <related-missions> widget', () => {
  it('with `live`, asks again when a listed mission changes, and says so politely; the widgets of a page share one subscription', async () => {
    const site = await new Promise<Server>((resolve) => {
      const http = createServer((_req, res) => {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog about asteroids</title></head><body>` +
            `<script src="${server.url}/widget.js" defer></script>` +
            `<related-missions id="full" mission="test-live-sister" live></related-missions>` +
            `<related-missions id="compact" mission="test-live-sister" compact live></related-missions></body></html>`,
        );
      });
      http.listen(0, '127.0.0.1', () => resolve(http));
    });
    const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    // The explorer's page is closed, and its subscription with it: the count below is the widgets'.
    await listening(0);
    try {
      await withOfflinePage(browser, [server.url, siteUrl], { viewport: { width: 1000, height: 800 } }, async (page) => {
        await page.goto(`${siteUrl}/`);
        const widgets = [page.locator('related-missions#full'), page.locator('related-missions#compact')];
        // The sister's closest relation (the same agency and asteroid); curated missions follow it.
        for (const widget of widgets) await expect(widget.locator('a.name').first()).toHaveText('Live Test Probe');
        await listening(1);

        await upsert('Mission', { ...PROBE, name: 'Live Test Probe, renamed' });
        for (const widget of widgets) {
          await expect(widget.locator('a.name').first()).toHaveText('Live Test Probe, renamed');
          await expect(widget.getByRole('status').filter({ hasText: 'updated' })).toHaveText('Related missions of Live Test Sister updated.');
        }
        // Both widgets refreshed from one subscription.
        expect(server.subscribers()).toBe(1);
        expect(await seriousViolations(page)).toEqual([]);
      });
    } finally {
      await new Promise((resolve) => site.close(resolve));
    }
  });
});
