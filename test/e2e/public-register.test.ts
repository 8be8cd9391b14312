/**
 * The public register in a real Chromium (issue 9): its state in the URL
 * survives a reload and the back button, a pinyin-initials search finds an
 * organization, an anonymous visitor sees the public fields, the register
 * and an organization's page fit a phone (390 × 844) and a desktop
 * (1440 × 900) without horizontal overflow, and the bulk download opens as
 * XLSX with its licence. Screenshots land in test/screenshots/ (pubreg-*).
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER, registrationInput } from '../fixtures/registry.js';
import { launchBrowser, shot } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const WOMEN = '上海市妇女联合会';

let server: TestServer;
let browser: Browser;
let desktop: BrowserContext;
let page: Page;

async function texts(p: Page, testid: string): Promise<string[]> {
  return (await p.getByTestId(testid).allTextContents()).map((s) => s.trim());
}

/** Nothing wider than the window: the page never scrolls sideways (a table may scroll inside itself). */
async function overflow(p: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  // A string, run in the page: the server's type check has no DOM library.
  return p.evaluate<{ scrollWidth: number; innerWidth: number }>(
    '({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })',
  );
}

async function expectNoOverflow(p: Page, what: string) {
  const { scrollWidth, innerWidth } = await overflow(p);
  expect(scrollWidth, `${what}: page ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(
    innerWidth,
  );
}

async function english(p: Page) {
  await p.getByTestId('lang-en').click();
  await expect.poll(() => p.locator('html').getAttribute('lang')).toMatch(/^en/);
}

beforeAll(async () => {
  server = await startTestServer();
  const officer = await server.login('officer');
  const registered = await server.gql<{ registerOrganization: { userErrors: unknown[] } }>(
    REGISTER,
    { input: registrationInput({ name: WOMEN, englishName: "Shanghai Women's Federation (test)" }) },
    { token: officer },
  );
  expect(registered.data!.registerOrganization.userErrors).toEqual([]);
  browser = await launchBrowser();
  desktop = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  desktop.setDefaultTimeout(10_000);
  page = await desktop.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the public register', () => {
  it('keeps search, filters, order and page in the URL: a reload and the back button give the same list', async () => {
    await page.goto(`${server.url}/organizations?statuses=ACTIVE`);
    await page.getByTestId('org-name').first().waitFor();
    for (const status of await texts(page, 'org-status')) expect(status).toBe('正常');

    // Sort by registration date, newest first (two clicks on the header), as the API orders it.
    const header = page.locator('th', { hasText: '成立登记日期' });
    await header.click();
    await page.waitForURL(/order=REGISTERED_ON(&|$)/);
    await header.click();
    await page.waitForURL(/order=REGISTERED_ON_DESC/);
    await expect
      .poll(async () => {
        const dates = await texts(page, 'org-registered-on');
        return dates.length > 1 && dates.every((d, i) => i === 0 || dates[i - 1] >= d);
      })
      .toBe(true);
    const firstPage = await texts(page, 'org-name');

    await page.getByTestId('page-next').click();
    await page.waitForURL(/after=.+&page=2|page=2.*after=/);
    await expect.poll(() => texts(page, 'org-name')).not.toEqual(firstPage);
    const secondPage = await texts(page, 'org-name');
    const url = page.url();
    expect(url).toContain('statuses=ACTIVE');

    await page.reload();
    await page.getByTestId('org-name').first().waitFor();
    await expect.poll(() => texts(page, 'org-name')).toEqual(secondPage);
    expect(page.url()).toBe(url);
    expect(await page.getByTestId('page-number').textContent()).toContain('2');
    await shot(page, 'pubreg-01-reloaded-page-2');

    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('after='));
    await expect.poll(() => texts(page, 'org-name')).toEqual(firstPage);

    // A shared link opens the same list in a fresh tab.
    const other = await desktop.newPage();
    await other.goto(url);
    await other.getByTestId('org-name').first().waitFor();
    await expect.poll(() => texts(other, 'org-name')).toEqual(secondPage);
    await other.close();
  });

  it('finds an organization by its pinyin initials, and clears the list for a one-character term', async () => {
    await page.goto(`${server.url}/organizations`);
    await page.getByTestId('org-name').first().waitFor();
    await page.getByTestId('register-search').fill('协会');
    await page.waitForURL(/search=/);
    await expect
      .poll(async () => (await texts(page, 'org-name')).every((n) => n.includes('协会')))
      .toBe(true);

    // One character: the last term's rows do not stay under the new term.
    await page.getByTestId('register-search').fill('浦');
    await page.getByTestId('search-too-short').waitFor();
    expect(await page.getByTestId('org-name').count()).toBe(0);

    await page.getByTestId('register-search').fill('shfl');
    await page.waitForURL(/search=shfl/);
    await expect.poll(() => texts(page, 'org-name')).toContain(WOMEN);
    await shot(page, 'pubreg-02-pinyin-initials');
    await page.reload();
    await expect.poll(() => page.getByTestId('register-search').inputValue()).toBe('shfl');
    await expect.poll(() => texts(page, 'org-name')).toContain(WOMEN);
  });

  it('shows an anonymous visitor the public fields of an organization', async () => {
    await page.goto(`${server.url}/organizations?search=shfl`);
    await page.locator('.register-row', { hasText: WOMEN }).click();
    await page.waitForURL(/\/organizations\/[\w-]+$/);
    await expect.poll(() => page.getByTestId('org-title').textContent()).toBe(WOMEN);
    expect(await page.getByTestId('login-link').isVisible()).toBe(true);
    const fields = {
      'org-credit-code': /^51310000/,
      'org-registration-authority': /^上海市民政局$/,
      'org-registered-on': /^2019-06-01$/,
      'org-legal-representative': /^张三$/,
      'org-registered-capital': /30,000/,
      'org-domicile': /人民大道200号/,
      'org-business-scope': /行业自律/,
      'org-sponsor-unit': /\S/,
    };
    for (const [testid, pattern] of Object.entries(fields))
      expect((await page.getByTestId(testid).textContent())?.trim(), testid).toMatch(pattern);
    expect(await page.getByTestId('org-industry-department').count()).toBe(0);
    await page.getByTestId('org-restricted-hint').waitFor();
    await shot(page, 'pubreg-03-public-page-1440-zh');
    await expectNoOverflow(page, 'public page 1440 zh');
    await english(page);
    await expect
      .poll(() => page.getByTestId('org-registration-authority').textContent())
      .toContain('Shanghai Municipal Civil Affairs Bureau');
    await shot(page, 'pubreg-04-public-page-1440-en');
    await page.getByTestId('lang-zh-CN').click();
  });

  it('works at phone width and on a desktop: nothing overflows, the menu collapses into a drawer', async () => {
    for (const [width, height] of [
      [390, 844],
      [1440, 900],
    ] as const) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
        context.setDefaultTimeout(10_000);
        const p = await context.newPage();
        await p.goto(`${server.url}/organizations`);
        await p.getByTestId('org-name').first().waitFor();
        if (locale === 'en') await english(p);
        await expectNoOverflow(p, `register ${width} ${locale}`);
        // Element Plus puts the test ID on the inner <input>; the box is its wrapper.
        const search = await p.locator('.toolbar .search').first().boundingBox();
        const card = await p.locator('.el-card').first().boundingBox();
        // The search box takes the card's whole line.
        expect(search!.width).toBeGreaterThan(card!.width - 50);
        await shot(p, `pubreg-05-register-${width}-${locale}`);
        if (width < 768) {
          expect(await p.getByTestId('side-menu').isVisible()).toBe(false);
          await p.getByTestId('menu-toggle').click();
          await p.getByTestId('menu-organizations').waitFor();
          // The drawer slides in (Element Plus: 0.3 s) before its picture is taken.
          await p.waitForTimeout(500);
          await shot(p, `pubreg-06-menu-drawer-${width}-${locale}`);
          await p.getByTestId('menu-organizations').click();
          await expect.poll(() => p.getByTestId('side-menu').isVisible()).toBe(false);
        } else {
          expect(await p.getByTestId('side-menu').isVisible()).toBe(true);
          expect(await p.getByTestId('menu-toggle').count()).toBe(0);
        }
        await p.locator('.register-row').first().click();
        await p.getByTestId('org-legal-representative').waitFor();
        await expectNoOverflow(p, `public page ${width} ${locale}`);
        await shot(p, `pubreg-07-public-page-${width}-${locale}`);
        await context.close();
      }
    }
  });

  it('offers the whole register as XLSX that opens with its licence, and the current filter as CSV', async () => {
    await page.goto(`${server.url}/organizations?types=FOUNDATION`);
    await page.getByTestId('org-name').first().waitFor();
    await page.getByTestId('download-button').click();
    await page.getByTestId('download-all-xlsx').waitFor();
    await shot(page, 'pubreg-08-download-menu');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-all-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^shanghai-social-organizations-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync((await download.path())!)).buffer);
    const [about, register] = workbook.worksheets;
    expect(about.getSheetValues().flat().join(' ')).toContain('CC BY 4.0');
    const total = await server.gql<{ organizations: { totalCount: number } }>(
      `{ organizations(first: 1) { totalCount } }`,
    );
    expect(register.rowCount - 1).toBe(total.data!.organizations.totalCount);
    const names = register.getColumn(2).values.slice(2).map(String);
    expect(names).toContain(WOMEN);

    const filtered = await page.getByTestId('download-filtered-csv').getAttribute('href');
    expect(filtered).toBe('/exports/register.csv?types=FOUNDATION');
  });
});
