/**
 * Issue 9, the register's daily-use gaps, in a real Chromium against the real
 * API server: the dashboard's drill-down into the filtered register, breadcrumbs
 * that are links and name the organization, and the dashboard at desktop and
 * phone width in both languages (screenshots in test/screenshots/).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot } from '../helpers/browser.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let browser: Browser;
let officer: BrowserContext;
let page: Page;

async function login(p: Page, username: string) {
  await p.goto(`${server.url}/login`);
  await p.getByTestId('login-username').fill(username);
  await p.getByTestId('login-password').fill(DEMO_PASSWORD);
  await p.getByTestId('login-submit').click();
  await p.getByTestId('current-user').waitFor();
}

/** Clicks a doughnut chart on its ring at 9 o'clock: the largest slice, which starts at 12 o'clock. */
async function clickRingLeft(p: Page, testid: string) {
  const canvas = p.locator(`[data-testid="${testid}"] canvas`);
  await canvas.waitFor();
  await p.waitForTimeout(800); // the chart's entry animation
  const box = (await canvas.boundingBox())!;
  // center at 50% / 42%, ring from 36% to 58% of half the smaller side
  const radius = (Math.min(box.width, box.height) / 2) * 0.47;
  await p.mouse.click(box.x + box.width / 2 - radius, box.y + box.height * 0.42);
}

async function openDashboard(p: Page) {
  await p.goto(`${server.url}/dashboard`);
  await p.getByTestId('stat-total').waitFor();
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  officer = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  officer.setDefaultTimeout(10_000);
  page = await officer.newPage();
  await login(page, 'officer');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the dashboard', () => {
  it('shows numbers with thousands separators', async () => {
    await openDashboard(page);
    const total = (await page.getByTestId('stat-total').textContent())!.trim();
    const stats = await server.gql<{ registryStatistics: { total: number } }>(
      `{ registryStatistics { total } }`,
      {},
      { token: await server.login('officer') },
    );
    expect(total).toBe(stats.data!.registryStatistics.total.toLocaleString('zh-CN'));
    expect(stats.data!.registryStatistics.total).toBeGreaterThan(0);
  });

  it('drills down from the status chart into the register filtered by status', async () => {
    await openDashboard(page);
    await clickRingLeft(page, 'chart-status');
    await page.waitForURL(/\/organizations\?statuses=ACTIVE$/);
  });

  it('drills down from the type chart into the register filtered by type', async () => {
    await openDashboard(page);
    await clickRingLeft(page, 'chart-type');
    await page.waitForURL(/\/organizations\?types=SOCIAL_SERVICE_INSTITUTION$/);
  });

  it('looks right at 1440 × 900 and 390 × 844, in Chinese and in English', async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const [width, height] of [
        [1440, 900],
        [390, 844],
      ] as const) {
        const context = await browser.newContext({ viewport: { width, height }, locale: lang });
        await context.addInitScript(`localStorage.setItem('sorg.locale', ${JSON.stringify(lang)})`);
        const p = await context.newPage();
        await login(p, 'officer');
        await openDashboard(p);
        await p.locator('[data-testid="chart-year"] canvas').waitFor();
        await p.waitForTimeout(900);
        await p.screenshot({ path: `test/screenshots/gaps-dashboard-${lang}-${width}.png` });
        // The page scrolls inside the layout's main area: its lower half, with the trends.
        await p.locator('.main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
        await p.waitForTimeout(300);
        await p.screenshot({ path: `test/screenshots/gaps-dashboard-${lang}-${width}-lower.png` });
        if (lang === 'en') expect(await p.getByTestId('stat-total').isVisible()).toBe(true);
        await context.close();
      }
    }
  });
});

describe('breadcrumbs', () => {
  it('name the organization and link back to the register and home', async () => {
    const first = await server.gql<{ organizations: { nodes: { id: string; name: string }[] } }>(
      `{ organizations(first: 1) { nodes { id name } } }`,
    );
    const org = first.data!.organizations.nodes[0];
    await page.goto(`${server.url}/organizations/${org.id}`);
    const crumb = page.getByTestId('breadcrumb');
    await expect.poll(() => crumb.textContent()).toContain(org.name);
    expect(await crumb.textContent()).toContain('社会组织名录');
    await shot(page, 'gaps-breadcrumb');
    await crumb.locator('a', { hasText: '社会组织名录' }).click();
    await page.waitForURL(/\/organizations$/);
    // The first step is the portal's home (where each role lands).
    expect(await page.getByTestId('breadcrumb').locator('a').first().getAttribute('href')).toBe('/');
  });
});
