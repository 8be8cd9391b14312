import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot, watchForProblems } from '../helpers/browser.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startTestServer({ sample: 40 });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the API explorer', () => {
  it('runs a query in GraphiQL served by the portal itself, within the Content-Security-Policy', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const problems = watchForProblems(page);
    await page.goto(`${server.url}/explorer.html`);
    await page.locator('.graphiql-query-editor', { hasText: 'organizations' }).waitFor();
    // GraphiQL ignores a run before its editors are ready: press again until a result shows.
    await expect
      .poll(
        async () => {
          const result = (await page.locator('.result-window').textContent()) ?? '';
          if (!result.includes('totalCount')) await page.locator('.graphiql-execute-button').click();
          return result;
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toContain('totalCount');
    expect(await page.locator('.result-window').textContent()).toContain('养老');
    await shot(page, 'explorer');
    expect(problems).toEqual([]);
  });

  it("opens from the portal's user menu", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-username').fill('officer');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-user').click();
    const [explorer] = await Promise.all([
      context.waitForEvent('page'),
      page.getByTestId('menu-api-explorer').click(),
    ]);
    await explorer.waitForLoadState();
    expect(explorer.url()).toBe(`${server.url}/explorer.html`);
    await explorer.locator('.graphiql-execute-button').waitFor();
    await context.close();
  });

  it('loads the portal with no Content-Security-Policy violations', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const problems = watchForProblems(page);
    await page.goto(`${server.url}/organizations`);
    await page.getByTestId('org-name').first().waitFor();
    expect(problems).toEqual([]);
  });
});
