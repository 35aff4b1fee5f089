import { join } from 'node:path';
import { ARTIFACTS, serverAndBrowserForSuite, withOfflinePage } from '../support/browser';
import { eventually } from '../support/locatorMatchers';

const suite = serverAndBrowserForSuite();

describe('GraphiQL at /', () => {
  it('loads with the network cut off, offers the example operations and runs one', async () => {
    await withOfflinePage(suite.browser, suite.server.url, {}, async (page) => {
      await page.goto(`${suite.server.url}/`);
      const tabs = page.locator('.graphiql-tab');
      await eventually(() => tabs.count(), (count) => expect(count).toBeGreaterThanOrEqual(3));

      await tabs.first().click();
      await page.locator('.graphiql-execute-button').click();
      const result = page.locator('.graphiql-response');
      await expect(result).toContainText('"Tianwen-2"');
      await expect(result).toContainText('CNSA');
      await page.screenshot({ path: join(ARTIFACTS, 'graphiql.png') });
    });
  });
});
