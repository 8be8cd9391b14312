/**
 * The portal in a real Chromium against the real API server (a sample of the
 * demo city): an officer logs in, searches and filters the register, opens an
 * organization, registers a new one; an anonymous visitor browses the public
 * register. Screenshots of every step land in test/screenshots/ (gitignored).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreditCode } from '../../server/modules/registry/credit-code.js';
import { launchBrowser, shot } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const TERM = '协会';

let server: TestServer;
let browser: Browser;
let officer: BrowserContext;
let page: Page;
let officerToken: string;

/** Opens an Element Plus select and clicks the option with exactly this text. */
async function pickOption(p: Page, testid: string, text: string) {
  await p.getByTestId(testid).click();
  const option = p.locator('.el-select-dropdown__item:visible', { hasText: new RegExp(`^\\s*${text}\\s*$`) });
  await option.first().click();
}

/**
 * Types into a remote-search select and picks the first option offered. It
 * waits until the remote search has answered (every option offered matches),
 * since clicking an option of the list shown before re-renders it and picks
 * nothing; and it checks the select shows the choice.
 */
async function pickRemoteOption(p: Page, testid: string, search: string) {
  const select = p.getByTestId(testid);
  await select.click();
  await select.locator('input').fill(search);
  const options = p.locator('.el-select-dropdown__item:visible');
  await expect
    .poll(async () => {
      const offered = await options.allTextContents();
      return offered.length > 0 && offered.every((text) => text.includes(search));
    })
    .toBe(true);
  const label = (await options.first().textContent())?.trim() ?? '';
  await options.first().click();
  await expect.poll(() => select.textContent()).toContain(search);
  return label;
}

async function texts(p: Page, testid: string): Promise<string[]> {
  return (await p.getByTestId(testid).allTextContents()).map((s) => s.trim());
}

interface CountResult {
  organizations: { totalCount: number; nodes: { district: { code: string; name: string } }[] };
}

async function countOrganizations(filter: Record<string, unknown>) {
  const result = await server.gql<CountResult>(
    `query($filter: OrganizationFilter) { organizations(first: 100, filter: $filter) { totalCount nodes { district { code name } } } }`,
    { filter },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.organizations;
}

beforeAll(async () => {
  server = await startTestServer();
  officerToken = await server.login('officer');
  browser = await launchBrowser();
  officer = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  officer.setDefaultTimeout(10_000);
  page = await officer.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('portal, as a registration officer', () => {
  it('logs in and returns to the page that asked for it', async () => {
    await page.goto(`${server.url}/register`);
    await page.waitForURL(/\/login\?redirect=/);
    await page.getByTestId('login-username').fill('officer');
    await page.getByTestId('login-password').fill('wrong-password');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toBeTruthy();
    await shot(page, '01-login-error');

    await page.getByTestId('login-password').fill('demo-pass-2026');
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/register$/);
    await expect.poll(() => page.getByTestId('current-user').textContent()).toContain('市社团局登记处');
    expect(await page.getByTestId('current-role').textContent()).toContain('登记管理人员');
    await shot(page, '02-logged-in');
  });

  it('searches the register as one types', async () => {
    await page.getByTestId('menu-organizations').click();
    await page.waitForURL(/\/organizations$/);
    await page.getByTestId('org-name').first().waitFor();

    // One character waits for the second (the server refuses one-character terms).
    await page.getByTestId('register-search').fill(TERM.slice(0, 1));
    await page.getByTestId('search-too-short').waitFor();

    await page.getByTestId('register-search').fill(TERM);
    const expected = await countOrganizations({ search: TERM });
    expect(expected.totalCount).toBeGreaterThan(0);
    await expect
      .poll(async () => (await page.getByTestId('register-total').textContent())?.replace(/,/g, ''))
      .toContain(String(expected.totalCount));
    const names = await texts(page, 'org-name');
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toContain(TERM);
    await shot(page, '03-search');
  });

  it('filters by type and district', async () => {
    // The district holding the most social groups that match the term.
    const groups = await countOrganizations({ search: TERM, types: ['SOCIAL_GROUP'] });
    const tally = new Map<string, { name: string; n: number }>();
    for (const { district } of groups.nodes) {
      tally.set(district.code, { name: district.name, n: (tally.get(district.code)?.n ?? 0) + 1 });
    }
    const [code, district] = [...tally.entries()].sort((a, b) => b[1].n - a[1].n)[0];
    const expected = await countOrganizations({
      search: TERM,
      types: ['SOCIAL_GROUP'],
      districtCodes: [code],
    });

    await pickOption(page, 'filter-type', '社会团体');
    await page.keyboard.press('Escape');
    await pickOption(page, 'filter-district', district.name);
    await page.keyboard.press('Escape');

    await expect
      .poll(async () => (await page.getByTestId('register-total').textContent())?.replace(/,/g, ''))
      .toContain(`共 ${expected.totalCount} 家`);
    await expect.poll(() => texts(page, 'org-district')).toEqual(expect.arrayContaining([district.name]));
    for (const d of await texts(page, 'org-district')) expect(d).toBe(district.name);
    for (const t of await texts(page, 'org-type')) expect(t).toBe('社会团体');
    for (const n of await texts(page, 'org-name')) expect(n).toContain(TERM);
    await shot(page, '04-filtered');
  });

  it('opens an organization with its sponsor history', async () => {
    const first = (await texts(page, 'org-name'))[0];
    await page.locator('.register-row').first().click();
    await page.waitForURL(/\/organizations\/[\w-]+$/);
    await expect.poll(() => page.getByTestId('org-title').textContent()).toBe(first);
    await page.getByTestId('sponsor-timeline').waitFor();
    expect(await page.getByTestId('sponsor-period').count()).toBeGreaterThan(0);
    expect((await page.getByTestId('org-legal-representative').textContent())?.trim()).not.toBe('');
    expect(await page.getByTestId('org-edit').isVisible()).toBe(true);
    await shot(page, '05-organization');
  });

  it('refuses an edit based on a stale version and offers to reload', async () => {
    const id = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByTestId('org-edit').click();
    await page.getByTestId('edit-dialog').waitFor();
    await page.getByTestId('edit-domicile').fill('上海市黄浦区（本人修改）');

    // Someone else changes the record in the meantime.
    const read = await server.gql<{ organization: { version: number } }>(
      `query($id: ID!) { organization(id: $id) { version } }`,
      { id },
      { token: officerToken },
    );
    const theirs = '上海市黄浦区（他人修改）';
    const update = await server.gql<{ updateOrganization: { userErrors: unknown[] } }>(
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { userErrors { code } } }`,
      { input: { id, version: read.data!.organization.version, domicile: theirs } },
      { token: officerToken },
    );
    expect(update.data!.updateOrganization.userErrors).toEqual([]);

    await page.getByTestId('edit-save').click();
    await page.getByTestId('stale-version').waitFor();
    await shot(page, '06-stale-version');
    await page.getByTestId('stale-reload').click();
    await expect.poll(() => page.getByTestId('edit-domicile').inputValue()).toBe(theirs);
    await page.getByTestId('stale-version').waitFor({ state: 'hidden' });

    await page.getByTestId('edit-domicile').fill('上海市黄浦区（合并后）');
    await page.getByTestId('edit-save').click();
    await page.getByTestId('edit-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('org-domicile').textContent()).toBe('上海市黄浦区（合并后）');
  });

  it('shows a longer sponsor history as a timeline', async () => {
    const result = await server.gql<{
      organizations: { nodes: { id: string; sponsorHistory: { sponsorUnit: { id: string } | null }[] }[] };
    }>(
      `{ organizations(first: 100) { nodes { id sponsorHistory { sponsorUnit { id } } } } }`,
      {},
      { token: officerToken },
    );
    const nodes = result.data!.organizations.nodes;
    const rich =
      nodes.find((o) => o.sponsorHistory.length > 1 && o.sponsorHistory.some((p) => !p.sponsorUnit)) ??
      nodes.find((o) => o.sponsorHistory.length > 1);
    if (!rich) return;
    await page.goto(`${server.url}/organizations/${rich.id}`);
    await page.getByTestId('sponsor-timeline').waitFor();
    expect(await page.getByTestId('sponsor-period').count()).toBe(rich.sponsorHistory.length);
    if (rich.sponsorHistory.some((p) => !p.sponsorUnit)) {
      expect(await texts(page, 'sponsor-period-unit')).toContain('脱钩');
    }
    await shot(page, '07-sponsor-history');
  });

  it('registers an organization: a bad credit code is shown at its field, a good one lands on the new page', async () => {
    await page.getByTestId('menu-register').click();
    await page.waitForURL(/\/register$/);
    const stamp = String(Date.now()).slice(-6);
    const name = `上海市测试登记${stamp}协会`;
    const good = buildCreditCode('1', '310000', `E2E${stamp.slice(0, 5)}`);
    const bad = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;

    await page.getByTestId('reg-type-SOCIAL_GROUP').click();
    await page.getByTestId('reg-level-MUNICIPAL').click();
    await pickOption(page, 'reg-district', '黄浦区');
    await page.getByTestId('reg-credit-code').fill(bad);
    await page.getByTestId('reg-name').fill(name);
    await page.getByTestId('reg-english-name').fill(`Shanghai E2E Registration Association ${stamp}`);
    const date = page.getByTestId('reg-registered-on').locator('input');
    await date.fill('2025-06-01');
    await date.press('Enter');
    await pickRemoteOption(page, 'reg-sponsor-unit', '民政');
    await page.getByTestId('reg-legal-representative').fill('王测试');
    await page.getByTestId('reg-domicile').fill('上海市黄浦区人民大道200号');
    await page.getByTestId('reg-business-scope').fill('开展行业交流、培训和咨询服务');
    await page.getByTestId('reg-registered-capital').fill('30000');

    await page.getByTestId('reg-submit').click();
    const fieldError = page.getByTestId('reg-credit-code-item').locator('.el-form-item__error');
    await fieldError.waitFor();
    expect((await fieldError.textContent())?.trim()).not.toBe('');
    expect(page.url()).toMatch(/\/register$/);
    await page.waitForTimeout(300); // the error text zooms in
    await shot(page, '08-register-bad-credit-code');

    await page.getByTestId('reg-credit-code').fill(good);
    await page.getByTestId('reg-submit').click();
    await page.waitForURL(/\/organizations\/[\w-]+$/);
    await expect.poll(() => page.getByTestId('org-title').textContent()).toBe(name);
    expect(await page.getByTestId('org-credit-code').textContent()).toBe(good);
    expect(await page.getByTestId('org-registered-capital').textContent()).toBe('30,000.00');
    await page.getByTestId('sponsor-timeline').waitFor();
    await shot(page, '09-registered');
  });

  it('shows the dashboard totals', async () => {
    await page.getByTestId('menu-dashboard').click();
    await page.waitForURL(/\/dashboard$/);
    const stats = await server.gql<{ registryStatistics: { total: number } }>(
      `{ registryStatistics { total } }`,
      {},
      { token: officerToken },
    );
    const total = stats.data!.registryStatistics.total;
    await expect.poll(() => page.getByTestId('stat-total').textContent()).toBe(total.toLocaleString('en-US'));
    await page.locator('[data-testid="chart-district"] canvas').waitFor();
    await page.waitForTimeout(600); // let the chart animation finish before the screenshot
    await shot(page, '10-dashboard');
  });

  it('refuses a transfer to an inactive sponsor unit, showing the server message', async () => {
    const units = await server.gql<{ sponsorUnits: { nodes: { name: string }[] } }>(
      `{ sponsorUnits(first: 1, filter: { active: false }) { nodes { name } } }`,
    );
    const inactive = units.data!.sponsorUnits.nodes[0];
    if (!inactive) return;
    await page.getByTestId('menu-sponsorUnits').click();
    await page.waitForURL(/\/sponsor-units$/);
    await page.locator('[data-testid="row-transfer"]:not(.is-disabled)').first().click();
    await page.getByTestId('transfer-dialog').waitFor();
    await pickRemoteOption(page, 'transfer-to', inactive.name);
    await page.getByTestId('transfer-reason').fill('机构改革');
    await page.getByTestId('transfer-submit').click();
    // INACTIVE_SPONSOR_UNIT names input.toSponsorUnitId: it shows under the to-unit field.
    const error = page.getByTestId('transfer-to-item').locator('.el-form-item__error');
    await error.waitFor();
    expect(await error.textContent()).toContain(inactive.name);
    expect(await page.getByTestId('transfer-success').count()).toBe(0);
    await page.waitForTimeout(300); // the error text zooms in
    await shot(page, '11-transfer-inactive');
    await page.getByTestId('transfer-cancel').click();
    await page.getByTestId('transfer-dialog').waitFor({ state: 'hidden' });
  });

  it('sends the user to the login page when the session has expired', async () => {
    await officer.clearCookies();
    const expired = page.waitForURL(/\/login\?redirect=/);
    await page.getByTestId('menu-organizations').click();
    // The register asks for `me` beside its rows, so it may notice first; else opening a row does.
    await Promise.race([
      expired,
      page
        .locator('.register-row')
        .first()
        .click({ timeout: 5_000 })
        .catch(() => {}),
    ]);
    await expired;
    await page.getByTestId('session-expired').waitFor();
    expect(await page.getByTestId('session-expired').textContent()).toContain('会话已过期，请重新登录');
    await shot(page, '12-session-expired');
  });
});

describe('portal, as an anonymous visitor', () => {
  it('shows the public register and its public fields, not the internal ones', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    context.setDefaultTimeout(10_000);
    const visitor = await context.newPage();
    const graphqlErrors: string[] = [];
    visitor.on('response', async (response) => {
      if (!response.url().endsWith('/graphql')) return;
      const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
      for (const e of body?.errors ?? []) graphqlErrors.push(e.message);
    });

    await visitor.goto(server.url);
    await visitor.waitForURL(/\/organizations$/);
    await visitor.getByTestId('org-name').first().waitFor();
    expect(await visitor.getByTestId('login-link').isVisible()).toBe(true);
    expect(await visitor.getByTestId('menu-register').count()).toBe(0);
    await shot(visitor, '13-anonymous-register');

    await visitor.locator('.register-row').first().click();
    await visitor.waitForURL(/\/organizations\/[\w-]+$/);
    await visitor.getByTestId('org-restricted-hint').waitFor();
    expect(await visitor.getByTestId('org-title').textContent()).toBeTruthy();
    // Public since issue 9, as the national platform shows it; the industry department stays internal.
    expect(await visitor.getByTestId('org-legal-representative').count()).toBe(1);
    expect(await visitor.getByTestId('org-industry-department').count()).toBe(0);
    expect(await visitor.getByTestId('org-actions').count()).toBe(0);
    await shot(visitor, '14-anonymous-organization');

    await visitor.getByTestId('lang-en').click();
    await expect
      .poll(() => visitor.getByTestId('org-restricted-hint').textContent())
      .toContain('logged-in users');
    await shot(visitor, '15-anonymous-organization-en');

    // Officer pages send a visitor to the login page.
    await visitor.goto(`${server.url}/dashboard`);
    await visitor.waitForURL(/\/login\?redirect=(%2F|\/)dashboard$/);
    await shot(visitor, '16-login-en');
    expect(graphqlErrors).toEqual([]);
    await context.close();
  });
});
