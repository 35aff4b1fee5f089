import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, BrowserContextOptions, chromium, Page } from 'playwright-core';
import { startTestServer, TestServer } from './testServer';
import { ensureWebBuild } from './webBuild';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ARTIFACTS = join(__dirname, '../../test-artifacts');

/** Debian's Chromium, headless, with its background networking off (this machine has no internet). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not at ${CHROMIUM}: run scripts/install-chromium.sh (or set CHROMIUM_PATH).`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A page context that can reach only the servers under test; every other request is cut off and recorded,
 * and so is whatever a page's Content-Security-Policy refused (Chromium reports it as a console error).
 */
export async function offlineContext(
  browser: Browser,
  allowedOrigins: string | string[],
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; blocked: string[] }> {
  const allowed = ([] as string[]).concat(allowedOrigins).map((origin) => new URL(origin).origin);
  const context = await browser.newContext(options);
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed.some((origin) => url.startsWith(`${origin}/`))) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text())) blocked.push(`CSP: ${message.text()}`);
  });
  return { context, blocked };
}

/**
 * Runs `run` on a page of an offline context of its own, closed after it: no
 * request may leave for the internet (only `allowedOrigins` are reached) and
 * no script of the page may fail.
 */
export async function withOfflinePage(
  browser: Browser,
  allowedOrigins: string | string[],
  options: BrowserContextOptions,
  run: (page: Page) => Promise<void>,
): Promise<void> {
  const { context, blocked } = await offlineContext(browser, allowedOrigins, options);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    await run(page);
  } finally {
    await context.close();
  }
  expect(blocked).toEqual([]);
  expect(pageErrors).toEqual([]);
}

/**
 * The real server over HTTP (with the web pages built) and one headless
 * Chromium for a whole suite, closed after it. Read the fields inside tests.
 */
export function serverAndBrowserForSuite(): { readonly server: TestServer; readonly browser: Browser } {
  const suite = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    ensureWebBuild();
    suite.server = await startTestServer();
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
