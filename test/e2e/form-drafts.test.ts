/**
 * Issue 9, sessions: a form filled in when the session ends is kept and
 * restored after the user logs in again, and only for that user. The session
 * ends for real (its row is deleted, so the next call answers
 * UNAUTHENTICATED), in a real Chromium against the real API server.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreditCode } from '../../server/modules/registry/credit-code.js';
import { launchBrowser, shot } from '../helpers/browser.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

async function login(p: Page, username: string) {
  await p.getByTestId('login-username').fill(username);
  await p.getByTestId('login-password').fill(DEMO_PASSWORD);
  await p.getByTestId('login-submit').click();
  await p.getByTestId('current-user').waitFor();
}

/** Ends every session of the account in the database, as an expiry or a revocation does. */
async function endSessionsOf(username: string) {
  const knex = server.orm.em.getKnex();
  const deleted = await knex('session')
    .whereIn('account_id', knex('account').select('id').where({ username }))
    .delete();
  expect(deleted).toBeGreaterThan(0);
}

async function pickOption(p: Page, testid: string, text: string) {
  await p.getByTestId(testid).click();
  await p.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click();
}

/** Types into the sponsor-unit select and picks the first option once the search has answered. */
async function pickSponsor(p: Page, search: string): Promise<string> {
  const select = p.getByTestId('reg-sponsor-unit');
  await select.click();
  await select.locator('input').fill(search);
  const options = p.locator('.el-select-dropdown__item:visible');
  await expect
    .poll(async () => {
      const offered = await options.allTextContents();
      return offered.length > 0 && offered.every((text) => text.includes(search));
    })
    .toBe(true);
  const label = (await options.first().textContent())!.trim();
  await options.first().click();
  await expect.poll(() => select.textContent()).toContain(label);
  return label;
}

async function value(p: Page, testid: string): Promise<string> {
  return p.getByTestId(testid).inputValue();
}

function registration(stamp: string) {
  return {
    name: `上海市草稿恢复${stamp}协会`,
    creditCode: buildCreditCode('1', '310000', `DRF${stamp.slice(0, 5)}`),
    legalRepresentative: '李草稿',
    domicile: `上海市黄浦区南京东路${stamp.slice(-3)}号`,
    businessScope: '开展会员交流与培训',
    registeredCapital: '50000',
  };
}

async function fillRegistration(p: Page, r: ReturnType<typeof registration>): Promise<string> {
  await p.getByTestId('reg-type-SOCIAL_GROUP').click();
  await p.getByTestId('reg-level-MUNICIPAL').click();
  await pickOption(p, 'reg-district', '黄浦区');
  await p.getByTestId('reg-credit-code').fill(r.creditCode);
  await p.getByTestId('reg-name').fill(r.name);
  const date = p.getByTestId('reg-registered-on').locator('input');
  await date.fill('2025-06-01');
  await date.press('Enter');
  const sponsor = await pickSponsor(p, '民政');
  await p.getByTestId('reg-legal-representative').fill(r.legalRepresentative);
  await p.getByTestId('reg-domicile').fill(r.domicile);
  await p.getByTestId('reg-business-scope').fill(r.businessScope);
  await p.getByTestId('reg-registered-capital').fill(r.registeredCapital);
  return sponsor;
}

async function organizationsNamed(name: string): Promise<number> {
  const rows = await server.orm.em.getKnex()('organization').where({ name }).count<{ count: string }[]>();
  return Number(rows[0].count);
}

/** Submits a form whose session has ended: the call is refused and the user is sent to log in. */
async function submitIntoExpiredSession(p: Page) {
  const refused = p.waitForResponse(
    async (response) =>
      response.url().endsWith('/graphql') &&
      JSON.stringify((await response.json().catch(() => null)) ?? '').includes('UNAUTHENTICATED'),
  );
  await p.getByTestId('reg-submit').click();
  await refused;
  await p.waitForURL(/\/login\?redirect=(%2F|\/)register$/);
  await p.getByTestId('session-expired').waitFor();
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a form filled in when the session ends', () => {
  it('is restored after the same user logs in again, and then registers the organization', async () => {
    const r = registration(String(Date.now()).slice(-6));
    await page.goto(`${server.url}/login?redirect=/register`);
    await login(page, 'officer');
    await page.waitForURL(/\/register$/);
    const sponsor = await fillRegistration(page, r);

    await endSessionsOf('officer');
    await submitIntoExpiredSession(page);
    expect(await organizationsNamed(r.name)).toBe(0);
    await shot(page, 'drafts-01-session-ended');

    await login(page, 'officer');
    await page.waitForURL(/\/register$/);
    await expect.poll(() => value(page, 'reg-name')).toBe(r.name);
    expect(await value(page, 'reg-credit-code')).toBe(r.creditCode);
    expect(await value(page, 'reg-legal-representative')).toBe(r.legalRepresentative);
    expect(await value(page, 'reg-domicile')).toBe(r.domicile);
    expect(await value(page, 'reg-business-scope')).toBe(r.businessScope);
    expect(await value(page, 'reg-registered-capital')).toBe(r.registeredCapital);
    expect(await page.getByTestId('reg-registered-on').locator('input').inputValue()).toBe('2025-06-01');
    expect(await page.getByTestId('reg-district').textContent()).toContain('黄浦区');
    // The sponsor unit is shown by its name, not by an ID.
    await expect.poll(() => page.getByTestId('reg-sponsor-unit').textContent()).toContain(sponsor);
    await page.locator('.el-message', { hasText: '已恢复会话过期时正在填写的内容' }).waitFor();
    await shot(page, 'drafts-02-restored');

    await page.getByTestId('reg-submit').click();
    await page.waitForURL(/\/organizations\/[\w-]+$/);
    await expect.poll(() => page.getByTestId('org-title').textContent()).toBe(r.name);
    const [row] = await server.orm.em
      .getKnex()('organization as o')
      .join('sponsor_unit as s', 's.id', 'o.sponsor_unit_id')
      .where('o.name', r.name)
      .select('o.credit_code', 'o.domicile', 'o.legal_representative', 's.name as sponsor');
    expect(row).toMatchObject({
      credit_code: r.creditCode,
      domicile: r.domicile,
      legal_representative: r.legalRepresentative,
      sponsor,
    });
    // The draft is gone once restored: the form is empty on the next visit.
    await page.getByTestId('menu-register').click();
    await page.waitForURL(/\/register$/);
    expect(await value(page, 'reg-name')).toBe('');
  });

  it('is not shown to another user who logs in on the same browser', async () => {
    const r = registration(String(Date.now() + 7).slice(-6));
    await page.getByTestId('reg-name').waitFor();
    // The last test's messages (its draft restored) have gone, so none of them is taken for this one's.
    await expect.poll(() => page.locator('.el-message').count(), { timeout: 8_000 }).toBe(0);
    await fillRegistration(page, r);
    await endSessionsOf('officer');
    await submitIntoExpiredSession(page);
    expect(await page.evaluate<string>("Object.keys(sessionStorage).join(' ')")).toContain('sorg.draft:');

    // A district officer takes the tab: the register form is theirs, empty, and the draft is gone.
    await login(page, 'officer.pudong');
    await page.waitForURL(/\/register$/);
    await page.getByTestId('reg-name').waitFor();
    await page.waitForTimeout(300);
    expect(await value(page, 'reg-name')).toBe('');
    expect(await value(page, 'reg-domicile')).toBe('');
    expect(await page.locator('.el-message', { hasText: '已恢复' }).count()).toBe(0);
    expect(await page.evaluate<string>("Object.keys(sessionStorage).join(' ')")).not.toContain('sorg.draft:');
    expect(await page.content()).not.toContain(r.name);
    await shot(page, 'drafts-03-other-user');

    // Nor does it come back for the first user afterwards: it was dropped, not hidden.
    await page.getByTestId('current-user').click();
    await page.getByTestId('logout').click();
    await page.goto(`${server.url}/login?redirect=/register`);
    await login(page, 'officer');
    await page.waitForURL(/\/register$/);
    await page.getByTestId('reg-name').waitFor();
    expect(await value(page, 'reg-name')).toBe('');
    expect(await organizationsNamed(r.name)).toBe(0);
  });

  it('reopens the change-application dialog of an organization account as it was, and files it', async () => {
    const org = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    org.setDefaultTimeout(10_000);
    const p = await org.newPage();
    await p.goto(`${server.url}/login`);
    await login(p, 'org.demo');
    await p.waitForURL(/\/my-organization$/);
    const domicile = `上海市黄浦区草稿路${String(Date.now()).slice(-3)}号`;
    await p.getByTestId('open-file-change').click();
    await p.getByTestId('file-change-dialog').waitFor();
    await p.getByTestId('change-domicile').fill(domicile);
    await p.getByTestId('change-reason').fill('理事会决议迁址（草稿）');

    await endSessionsOf('org.demo');
    await p.getByTestId('file-change-save').click();
    await p.waitForURL(/\/login\?redirect=(%2F|\/)my-organization$/);
    await p.getByTestId('session-expired').waitFor();

    await login(p, 'org.demo');
    await p.waitForURL(/\/my-organization$/);
    await p.getByTestId('file-change-dialog').waitFor();
    await expect.poll(() => value(p, 'change-domicile')).toBe(domicile);
    expect(await value(p, 'change-reason')).toBe('理事会决议迁址（草稿）');
    await expect
      .poll(() => p.getByTestId('change-preview-diff').getByTestId('diff-domicile').textContent())
      .toContain(domicile);
    await p.waitForTimeout(300); // the dialog fades in
    await shot(p, 'drafts-04-change-dialog-restored');

    await p.getByTestId('file-change-save').click();
    await p.getByTestId('workspace-pending').waitFor();
    const [filed] = await server.orm.em
      .getKnex()('change_application as a')
      .join('account as u', 'u.organization_id', 'a.organization_id')
      .where({ 'u.username': 'org.demo', 'a.status': 'PENDING' })
      .select('a.requested', 'a.reason');
    expect(filed).toMatchObject({ requested: { domicile }, reason: '理事会决议迁址（草稿）' });
    await org.close();
  });
});
