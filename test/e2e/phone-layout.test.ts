/**
 * Issue 9, phones: the portal header's title is never clipped, at 390 × 844
 * and at 1440 × 900, in Chinese and in English, on the public register, an
 * organization's public page, the organization's workspace and an officer's
 * dashboard; nothing on
 * those pages is wider than the window. Screenshots: test/screenshots/layout-*.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let browser: Browser;

const SIZES = [
  [390, 844],
  [1440, 900],
] as const;
const LOCALES = ['zh-CN', 'en'] as const;

interface HeaderGeometry {
  innerWidth: number;
  scrollWidth: number;
  titleScroll: number;
  titleClient: number;
  titleRight: number;
  homeText: string;
  homeScroll: number;
  homeClient: number;
  homeRight: number;
  toolsLeft: number;
  toolsRight: number;
}

/** Measured in the page (a string: the test files are compiled without the DOM's types). */
const MEASURE = `(() => {
  const box = (selector) => document.querySelector(selector).getBoundingClientRect();
  const title = document.querySelector('.header-title');
  const home = document.querySelector('.header-title .home .el-breadcrumb__inner');
  return {
    innerWidth: window.innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    titleScroll: title.scrollWidth,
    titleClient: title.clientWidth,
    titleRight: box('.header-title').right,
    homeText: home.textContent.trim(),
    homeScroll: home.scrollWidth,
    homeClient: home.clientWidth,
    homeRight: home.getBoundingClientRect().right,
    toolsLeft: box('.header-tools').left,
    toolsRight: box('.header-tools').right,
  };
})()`;

async function expectHeaderFits(p: Page, what: string): Promise<HeaderGeometry> {
  const g = await p.evaluate<HeaderGeometry>(MEASURE);
  const detail = `${what}: ${JSON.stringify(g)}`;
  expect(g.homeText, detail).not.toBe('');
  // The title is not cut: its text fits its box, the box fits the title area, the area ends before the tools.
  expect(g.homeScroll, detail).toBeLessThanOrEqual(g.homeClient);
  expect(g.titleScroll, detail).toBeLessThanOrEqual(g.titleClient);
  expect(g.homeRight, detail).toBeLessThanOrEqual(g.titleRight + 0.5);
  expect(g.titleRight, detail).toBeLessThanOrEqual(g.toolsLeft + 0.5);
  expect(g.toolsRight, detail).toBeLessThanOrEqual(g.innerWidth);
  expect(g.scrollWidth, detail).toBeLessThanOrEqual(g.innerWidth);
  return g;
}

async function open(width: number, height: number, locale: (typeof LOCALES)[number]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale });
  context.setDefaultTimeout(15_000);
  await context.addInitScript(`localStorage.setItem('sorg.locale', ${JSON.stringify(locale)})`);
  return context.newPage();
}

async function settle(p: Page) {
  await p.locator('.el-loading-mask').first().waitFor({ state: 'hidden' });
  await p.waitForTimeout(400);
}

beforeAll(async () => {
  server = await startTestServer({ sample: 20 });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the portal header and pages', () => {
  for (const locale of LOCALES)
    for (const [width, height] of SIZES)
      it(`fit ${width} px in ${locale}: register, public page, organization workspace`, async () => {
        const p = await open(width, height, locale);
        await p.goto(`${server.url}/organizations`);
        await p.getByTestId('org-name').first().waitFor();
        await settle(p);
        await p.screenshot({ path: `test/screenshots/layout-register-${width}-${locale}.png` });
        const register = await expectHeaderFits(p, `register ${width} ${locale}`);
        if (width < 768) expect(register.homeText).toBe(locale === 'en' ? 'Org Registry' : '社会组织登记');
        // Every column of the register is in view: on a phone one card-like cell per organization.
        const table = await p.evaluate<{ scroll: number; client: number }>(
          `(() => { const w = document.querySelector('.el-table__body-wrapper .el-scrollbar__wrap'); return { scroll: w.scrollWidth, client: w.clientWidth }; })()`,
        );
        expect(table.scroll, `register table ${width} ${locale}`).toBeLessThanOrEqual(table.client);
        if (width < 768)
          expect(await p.getByTestId('org-phone-facts').first().textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);

        await p.locator('.register-row').first().click();
        await p.getByTestId('org-legal-representative').waitFor();
        await settle(p);
        await p.screenshot({ path: `test/screenshots/layout-public-page-${width}-${locale}.png` });
        await expectHeaderFits(p, `public page ${width} ${locale}`);

        await p.goto(`${server.url}/login`);
        await p.getByTestId('login-username').fill('org.demo');
        await p.getByTestId('login-password').fill(DEMO_PASSWORD);
        await p.getByTestId('login-submit').click();
        await p.waitForURL(/\/my-organization$/);
        await p.getByTestId('workspace-record').waitFor();
        await settle(p);
        await p.screenshot({ path: `test/screenshots/layout-workspace-${width}-${locale}.png` });
        await p.screenshot({
          path: `test/screenshots/layout-workspace-${width}-${locale}-full.png`,
          fullPage: true,
        });
        await expectHeaderFits(p, `workspace ${width} ${locale}`);
        if (width < 768) {
          // Who is logged in is at the top of the user menu, not in the header.
          await p.getByTestId('current-user').click();
          await expect
            .poll(() => p.getByTestId('menu-who').textContent())
            .toContain(locale === 'en' ? 'Organization' : '社会组织');
          await p.waitForTimeout(300);
          await p.screenshot({ path: `test/screenshots/layout-user-menu-${width}-${locale}.png` });
          await p.keyboard.press('Escape');
        }

        // An officer's header holds the longest role.
        await p.context().clearCookies();
        await p.goto(`${server.url}/login`);
        await p.getByTestId('login-username').fill('officer');
        await p.getByTestId('login-password').fill(DEMO_PASSWORD);
        await p.getByTestId('login-submit').click();
        await p.waitForURL(/\/dashboard$/);
        await p.getByTestId('stat-total').waitFor();
        await settle(p);
        await p.screenshot({ path: `test/screenshots/layout-dashboard-${width}-${locale}.png` });
        await expectHeaderFits(p, `dashboard ${width} ${locale}`);
        await p.context().close();
      });
});
