/**
 * Issue 11 in a real Chromium against the whole demo city: a foundation
 * records income and spending and sees its balance, an overdraft is refused,
 * an officer sees a dormant fund's warning, the relief statistics for 2019
 * match the source figures, and an association is taken through the five
 * separations and loses its sponsor unit, with its history kept.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { fundInput } from '../fixtures/funds.js';

let server: TestServer;
let browser: Browser;

async function loginPage(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('demo-pass-2026');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();
  return page;
}

async function pickOption(p: Page, testid: string, text: string) {
  await p.getByTestId(testid).click();
  await p.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click();
}

beforeAll(async () => {
  server = await startTestServer({ sample: 1 });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('special funds in the portal', () => {
  let foundation: Page;
  let fundName: string;

  it('a foundation records income and spending and sees the balance', async () => {
    const token = await server.login('org.demo');
    fundName = fundInput().name;
    const made = await server.gql<{ establishSpecialFund: { specialFund: { id: string } } }>(
      `mutation($input: EstablishSpecialFundInput!) { establishSpecialFund(input: $input) { specialFund { id } } }`,
      { input: fundInput({ name: fundName }) },
      { token },
    );
    expect(made.data!.establishSpecialFund.specialFund.id).toBeTruthy();
    foundation = await loginPage('org.demo');
    await foundation.goto(`${server.url}/funds`);
    await foundation.locator('.fund-row', { hasText: fundName }).click();
    await foundation.waitForURL(/\/funds\/.+/);
    expect(await foundation.getByTestId('fund-balance').textContent()).toBe('0.00');

    await foundation.getByTestId('fund-record').click();
    await foundation.getByTestId('record-amount').fill('1000.00');
    await foundation.getByTestId('record-counterparty').fill('张先生');
    await foundation.getByTestId('record-save').click();
    await expect.poll(() => foundation.getByTestId('fund-balance').textContent()).toBe('1,000.00');

    await foundation.getByTestId('fund-record').click();
    await foundation.getByTestId('record-kind-CHARITABLE_SPENDING').click();
    await foundation.getByTestId('record-amount').fill('250.50');
    await foundation.getByTestId('record-counterparty').fill('受助学生');
    await pickOption(foundation, 'record-purpose', '教育');
    await foundation.getByTestId('record-save').click();
    await expect.poll(() => foundation.getByTestId('fund-balance').textContent()).toBe('749.50');
    await expect.poll(() => foundation.locator('.ledger-row').count()).toBe(2);
    await shot(foundation, 'funds-01-balance');
  });

  it('an overdraft is refused, and the balance stays', async () => {
    await foundation.getByTestId('fund-record').click();
    await foundation.getByTestId('record-kind-CHARITABLE_SPENDING').click();
    await foundation.getByTestId('record-amount').fill('10000.00');
    await foundation.getByTestId('record-counterparty').fill('受助学生');
    await pickOption(foundation, 'record-purpose', '教育');
    await foundation.getByTestId('record-save').click();
    const dialog = foundation.getByTestId('record-dialog');
    await expect.poll(() => dialog.textContent()).toContain('余额不足');
    await shot(foundation, 'funds-02-overdraft');
    await foundation.getByTestId('record-cancel').click();
    expect(await foundation.getByTestId('fund-balance').textContent()).toBe('749.50');
  });

  it('an officer sees a dormant fund’s warning in the city-wide list and on the fund', async () => {
    const officer = await loginPage('officer');
    await officer.goto(`${server.url}/funds`);
    await pickOption(officer, 'funds-warnings', '休眠基金');
    await officer.keyboard.press('Escape');
    const tag = officer.getByTestId('fund-warning-DORMANT').first();
    await tag.waitFor();
    await officer.locator('.fund-row').first().click();
    await officer.waitForURL(/\/funds\/.+/);
    const alert = officer.getByTestId('fund-warning-DORMANT');
    await expect.poll(() => alert.textContent()).toMatch(/自 \d{4}-\d{2}-\d{2} 起已超过 12 个月没有收支活动/);
    await shot(officer, 'funds-03-dormant');
  });
});

describe('relief and decoupling in the portal', () => {
  let officer: Page;

  it('the relief statistics for 2019 match the source figures', async () => {
    officer = await loginPage('officer');
    await officer.goto(`${server.url}/relief`);
    await expect.poll(() => officer.getByTestId('relief-projects').textContent()).toContain('675');
    expect(await officer.getByTestId('relief-organizations').textContent()).toContain('191');
    expect(await officer.getByTestId('relief-investment').textContent()).toBe('1,034,000,000.00');
    await officer.getByTestId('chart-province').locator('canvas').waitFor();
    await shot(officer, 'relief-01-2019');
  });

  it('an officer links a possible duplicate, and the year counts it once', async () => {
    const token = await server.login('officer');
    const counted = async () =>
      (
        await server.gql<{ reliefStatistics: { projectCount: number } }>(
          `{ reliefStatistics(year: 2018) { projectCount } }`,
          {},
          { token },
        )
      ).data!.reliefStatistics.projectCount;
    const before = await counted();
    const shown = async () =>
      Number((await officer.getByTestId('relief-projects').textContent())?.replace(/\D/g, ''));
    await pickOption(officer, 'relief-year', '2018');
    await officer.getByTestId('relief-candidates').waitFor();
    await expect.poll(shown).toBe(before);
    await officer.getByTestId('relief-link').first().click();
    await expect
      .poll(async () =>
        Number((await officer.getByTestId('relief-projects').textContent())?.replace(/\D/g, '')),
      )
      .toBe(before - 1);
    await shot(officer, 'relief-02-linked');
  });

  it('an association goes through the five separations and loses its sponsor unit, with its history kept', async () => {
    const row = await server.orm.em
      .getKnex()('organization as o')
      .join('sponsor_unit as u', 'u.id', 'o.sponsor_unit_id')
      .leftJoin('decoupling as d', 'd.organization_id', 'o.id')
      .where({ 'o.is_industry_association': true, 'o.status': 'ACTIVE' })
      .whereNull('d.id')
      .orderBy('o.id')
      .first('o.name', 'u.name as unit');
    await officer.goto(`${server.url}/decoupling`);
    await expect.poll(() => officer.getByTestId('decoupling-progress').textContent()).toContain('300 / 400');
    await officer.getByTestId('decouplings-search').fill(row.name);
    await officer.locator('.decoupling-row', { hasText: row.name }).first().click();
    const dialog = officer.getByTestId('checklist-dialog');
    for (const s of [
      'INSTITUTIONS',
      'FUNCTIONS',
      'ASSETS_AND_FINANCES',
      'PERSONNEL',
      'PARTY_BUILDING_AND_FOREIGN_AFFAIRS',
    ]) {
      await dialog.getByTestId(`separation-${s}-evidence`).fill(`${s} 证明材料`);
      await dialog.getByTestId(`separation-${s}-record`).click();
      await dialog.getByTestId(`separation-${s}-done`).waitFor();
    }
    await officer.getByTestId('complete-department').click();
    await officer.locator('.el-select-dropdown__item:visible').first().click();
    await dialog.getByTestId('complete-decoupling').click();
    await dialog.getByTestId('checklist-decoupled').waitFor();
    await shot(officer, 'decoupling-01-done');
    await dialog.getByTestId('checklist-organization').click();
    await officer.getByTestId('sponsor-timeline').waitFor();
    const periods = await officer.getByTestId('sponsor-period').allTextContents();
    expect(periods.some((p) => p.includes(row.unit))).toBe(true);
    expect(periods.some((p) => p.includes('行业协会商会与行政机关脱钩'))).toBe(true);
    await shot(officer, 'decoupling-02-history');
  });
});
