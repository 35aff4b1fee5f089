import { join } from 'node:path';
import { ARTIFACTS, offlineContext, serverAndBrowserForSuite } from '../support/browser';

const suite = serverAndBrowserForSuite();

describe('GraphiQL at /', () => {
  it('loads with the network cut off, offers the example operations and runs one', async () => {
    const { context, blocked } = await offlineContext(suite.browser, suite.server.url);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${suite.server.url}/`);
    await page.waitForSelector('.graphiql-container', { timeout: 20000 });
    const tabs = page.locator('.graphiql-tab');
    expect(await tabs.count()).toBeGreaterThanOrEqual(3);

    await page.locator('.graphiql-tab').first().click();
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await result.getByText('"Tianwen-2"').first().waitFor({ timeout: 20000 });
    expect(await result.innerText()).toContain('CNSA');

    await page.screenshot({ path: join(ARTIFACTS, 'graphiql.png') });
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
