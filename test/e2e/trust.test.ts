/**
 * Trust features in a real Chromium against the real server (a sample of the
 * demo city): an admin manages accounts, a user changes its own password, an
 * officer reads, filters, exports and verifies the audit trail and an
 * organization's change history; a buyer sees only the public record; a
 * session that ends on a new page leads back to the login page.
 */
import { AUDIT_ACTION_LABELS } from '../../server/modules/trail/trail.labels.js';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot, watchForProblems } from '../helpers/browser.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../helpers/server.js';

const BUYER = 'buyer.e2e';
const FIRST_PASSWORD = 'first-pass-2026';
const RESET_PASSWORD = 'reset-pass-2026';
const OWN_PASSWORD = 'own-pass-2026-ok';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Problems (CSP violations, page errors) of every page opened; none is expected. */
const problems: string[] = [];

interface Viewer {
  context: BrowserContext;
  page: Page;
  /** Messages of GraphQL errors the page received. */
  graphqlErrors: string[];
}

async function open(): Promise<Viewer> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  context.setDefaultTimeout(10_000);
  contexts.push(context);
  const page = await context.newPage();
  const found = watchForProblems(page);
  const graphqlErrors: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    for (const e of body?.errors ?? []) graphqlErrors.push(e.message);
  });
  page.on('close', () => problems.push(...found));
  return { context, page, graphqlErrors };
}

async function logIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

async function openAs(username: string, password = DEMO_PASSWORD): Promise<Viewer> {
  const viewer = await open();
  await logIn(viewer.page, username, password);
  await viewer.page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return viewer;
}

/** Opens an Element Plus select and clicks the option with exactly this text. */
async function pick(page: Page, testid: string, text: string) {
  await page.getByTestId(testid).click();
  await page
    .locator('.el-select-dropdown__item:visible', { hasText: new RegExp(`^\\s*${text}\\s*$`) })
    .first()
    .click();
}

function fieldError(page: Page, itemTestid: string) {
  return page.getByTestId(itemTestid).locator('.el-form-item__error');
}

async function gqlAs<T>(username: string, query: string, variables?: Record<string, unknown>) {
  const result = await server.gql<T>(query, variables, { token: await server.login(username) });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function loginErrors(username: string, password: string): Promise<string[]> {
  const result = await server.gql<{ login: { userErrors: { code: string }[] } }>(
    `mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }`,
    { input: { username, password } },
  );
  return result.data!.login.userErrors.map((e) => e.code);
}

beforeAll(async () => {
  server = await startTestServer({ sample: 40 });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

describe('account management and passwords', () => {
  it('lets an admin create, disable, enable an account and reset its password', async () => {
    const { page } = await openAs('admin');
    await page.getByTestId('menu-accounts').click();
    await page.waitForURL(/\/admin\/accounts$/);
    await page.getByTestId('account-row-username').first().waitFor();
    expect(await page.getByTestId('account-row-username').allTextContents()).toContain('buyer.demo');
    await shot(page, 'trust-01-accounts');

    // A password of 5 characters: the server's WEAK_PASSWORD shows under the password field.
    await page.getByTestId('account-create').click();
    await page.getByTestId('account-dialog').waitFor();
    await page.getByTestId('account-username').fill(BUYER);
    await page.getByTestId('account-display-name').fill('测试采购员');
    await page.getByTestId('account-role-BUYER').click();
    await page.getByTestId('account-department').fill('上海市民政局');
    await page.getByTestId('account-password').fill('short');
    await page.getByTestId('account-save').click();
    await expect.poll(() => fieldError(page, 'account-password-item').textContent()).toContain('12');
    await page.waitForTimeout(300); // the error text zooms in
    await shot(page, 'trust-02-account-weak-password');

    await page.getByTestId('account-password').fill(FIRST_PASSWORD);
    await page.getByTestId('account-save').click();
    await page.getByTestId('account-dialog').waitFor({ state: 'hidden' });
    await page.getByTestId('account-search').fill(BUYER);
    await expect.poll(() => page.getByTestId('account-row-username').allTextContents()).toEqual([BUYER]);
    expect(await page.getByTestId('account-row-scope').textContent()).toBe('上海市民政局');
    expect(await loginErrors(BUYER, FIRST_PASSWORD)).toEqual([]);

    // Disabled: the login is refused like a wrong password.
    await page.getByTestId('account-toggle-active').click();
    await page.locator('.el-message-box__btns .el-button--primary').click();
    await expect.poll(() => page.getByTestId('account-row-status').textContent()).toContain('已停用');
    await shot(page, 'trust-03-account-disabled');
    const other = await open();
    await logIn(other.page, BUYER, FIRST_PASSWORD);
    await expect
      .poll(() => other.page.getByTestId('login-error').textContent())
      .toContain('用户名或密码错误');
    await shot(other.page, 'trust-04-disabled-login');
    await other.page.close();

    await page.getByTestId('account-toggle-active').click();
    await page.locator('.el-message-box__btns .el-button--primary').click();
    await expect.poll(() => page.getByTestId('account-row-status').textContent()).toContain('启用');

    // Reset: the confirmation must match, then the new password works and the old one not.
    await page.getByTestId('account-reset-password').click();
    await page.getByTestId('reset-password-dialog').waitFor();
    await page.getByTestId('reset-password-new').fill(RESET_PASSWORD);
    await page.getByTestId('reset-password-confirm').fill(`${RESET_PASSWORD}x`);
    await page.getByTestId('reset-password-save').click();
    await expect
      .poll(() => fieldError(page, 'reset-password-confirm-item').textContent())
      .toContain('不一致');
    await page.getByTestId('reset-password-confirm').fill(RESET_PASSWORD);
    await page.getByTestId('reset-password-save').click();
    await page.getByTestId('reset-password-dialog').waitFor({ state: 'hidden' });
    expect(await loginErrors(BUYER, RESET_PASSWORD)).toEqual([]);
    expect(await loginErrors(BUYER, FIRST_PASSWORD)).toEqual(['INVALID_CREDENTIALS']);

    // An edit based on a version someone else changed meanwhile: refused, then reloaded and saved.
    await page.getByTestId('account-edit').click();
    await page.getByTestId('account-dialog').waitFor();
    await page.getByTestId('account-department').fill('上海市民政局（本人修改）');
    const theirs = '上海市民政局（他人修改）';
    const read = await gqlAs<{ accounts: { nodes: { id: string; version: number }[] } }>(
      'admin',
      `{ accounts(first: 1, filter: { search: "${BUYER}" }) { nodes { id version } } }`,
    );
    const [account] = read.accounts.nodes;
    await gqlAs(
      'admin',
      `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { userErrors { code } } }`,
      {
        input: { accountId: account.id, version: account.version, department: theirs },
      },
    );
    await page.getByTestId('account-save').click();
    await page.getByTestId('stale-version').waitFor();
    await shot(page, 'trust-05-account-stale-version');
    await page.getByTestId('stale-reload').click();
    await expect.poll(() => page.getByTestId('account-department').inputValue()).toBe(theirs);
    await page.getByTestId('account-display-name').fill('测试采购员（已核对）');
    await page.getByTestId('account-save').click();
    await page.getByTestId('account-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('account-row-scope').textContent()).toBe(theirs);
    await page.close();
  });

  it('makes a reset password one-time, then lets the user change its own password from the user menu', async () => {
    const { page } = await openAs(BUYER, RESET_PASSWORD);
    // The admin's reset password must be changed before anything else.
    await page.waitForURL(/\/account\/password$/);
    await page.getByTestId('password-must-change').waitFor();
    await page.getByTestId('password-current').fill(RESET_PASSWORD);
    await page.getByTestId('password-new').fill(`${OWN_PASSWORD}-first`);
    await page.getByTestId('password-confirm').fill(`${OWN_PASSWORD}-first`);
    await page.getByTestId('password-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/account/password'));

    await page.getByTestId('current-user').click();
    await page.getByTestId('menu-change-password').click();
    await page.waitForURL(/\/account\/password$/);
    expect(await page.getByTestId('password-username').textContent()).toBe(BUYER);

    await page.getByTestId('password-current').fill('not-my-password');
    await page.getByTestId('password-new').fill(OWN_PASSWORD);
    await page.getByTestId('password-confirm').fill(OWN_PASSWORD);
    await page.getByTestId('password-submit').click();
    await expect
      .poll(() => fieldError(page, 'password-current-item').textContent())
      .toContain('当前密码不正确');
    await page.waitForTimeout(300);
    await shot(page, 'trust-06-password-wrong-current');

    await page.getByTestId('password-current').fill(`${OWN_PASSWORD}-first`);
    await page.getByTestId('password-submit').click();
    await page.getByTestId('password-changed').waitFor();
    await shot(page, 'trust-07-password-changed');

    await page.getByTestId('current-user').click();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-link').waitFor();
    await logIn(page, BUYER, OWN_PASSWORD);
    await expect.poll(() => page.getByTestId('current-user').textContent()).toContain('测试采购员（已核对）');
    await page.close();
  });
});

describe('the audit trail', () => {
  const newDomicile = '上海市黄浦区人民大道200号（留痕测试）';
  let org: { id: string; name: string; domicile: string };

  beforeAll(async () => {
    // An officer changes a record through the API: the trail must show before and after.
    const list = await gqlAs<{ organizations: { nodes: { id: string; name: string }[] } }>(
      'officer',
      `{ organizations(first: 1, filter: { statuses: [ACTIVE], registrationLevel: MUNICIPAL }) { nodes { id name } } }`,
    );
    const { id, name } = list.organizations.nodes[0];
    const read = await gqlAs<{ organization: { version: number; domicile: string } }>(
      'officer',
      `query($id: ID!) { organization(id: $id) { version domicile } }`,
      { id },
    );
    org = { id, name, domicile: read.organization.domicile };
    const update = await gqlAs<{ updateOrganization: { userErrors: unknown[] } }>(
      'officer',
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { userErrors { code } } }`,
      { input: { id, version: read.organization.version, domicile: newDomicile } },
    );
    expect(update.updateOrganization.userErrors).toEqual([]);
  });

  it('filters by action, shows before and after, exports CSV, verifies the chain and opens the history', async () => {
    const { page, context, graphqlErrors } = await openAs('officer');
    await page.getByTestId('menu-auditTrail').click();
    await page.waitForURL(/\/audit-trail$/);
    await page.getByTestId('audit-action').first().waitFor();

    await pick(page, 'audit-filter-action', '变更登记');
    const counted = await gqlAs<{ auditTrail: { totalCount: number } }>(
      'officer',
      `{ auditTrail(first: 1, filter: { action: UPDATE_ORGANIZATION }) { totalCount } }`,
    );
    const total = counted.auditTrail.totalCount;
    expect(total).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('audit-total').textContent()).toContain(`共 ${total} 条`);
    for (const action of await page.getByTestId('audit-action').allTextContents()) {
      expect(action.trim()).toBe('变更登记');
    }

    // The newest change is ours: its row opens on the before and after of the domicile.
    const first = page.locator('.audit-row').first();
    await expect.poll(() => first.getByTestId('audit-subject').textContent()).toBe(org.name);
    await first.locator('.el-table__expand-icon').click();
    const change = page.getByTestId('audit-change').filter({ hasText: '住所' });
    await change.waitFor();
    expect(await change.getByTestId('change-before').textContent()).toBe(org.domicile);
    expect(await change.getByTestId('change-after').textContent()).toBe(newDomicile);

    await page.getByTestId('audit-verify').click();
    await expect.poll(() => page.getByTestId('audit-verify-result').textContent()).toContain('哈希链完整');
    await shot(page, 'trust-08-audit-trail');

    // The export has the same filter: a header line, then one line per event shown.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('audit-export').click(),
    ]);
    expect(download.url()).toContain('action=UPDATE_ORGANIZATION');
    const csv = (await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\n');
    // Columns and actions are named in the portal's language, for people (issue 9).
    expect(lines[0]).toMatch(
      /^编号,时间（北京时间）,操作人,角色,操作,对象类型,对象名称,统一社会信用代码,变更内容/,
    );
    expect(lines).toHaveLength(total + 1);
    const updated = AUDIT_ACTION_LABELS['zh-CN'].UPDATE_ORGANIZATION;
    for (const line of lines.slice(1)) expect(line).toContain(`,${updated},`);
    expect(csv).toContain(newDomicile);

    // The subject links to the organization, whose page lists its change history.
    await first.getByTestId('audit-subject').click();
    await page.waitForURL(new RegExp(`/organizations/${org.id}$`));
    const history = page.getByTestId('org-change-history');
    await history.getByTestId('audit-action').first().waitFor();
    expect(await history.getByTestId('audit-action').allTextContents()).toContain('变更登记');
    const row = history.locator('.audit-row', { hasText: '变更登记' }).first();
    await row.locator('.el-table__expand-icon').click();
    await expect.poll(() => history.getByTestId('change-after').allTextContents()).toContain(newDomicile);
    await history.scrollIntoViewIfNeeded();
    await shot(page, 'trust-09-change-history');
    expect(graphqlErrors).toEqual([]);

    // Session over: the next request of the trail page leads to the login page.
    await page.getByTestId('menu-auditTrail').click();
    await page.getByTestId('audit-action').first().waitFor();
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.locator('.page-header h1').textContent()).toBe('Audit trail');
    await shot(page, 'trust-10-audit-trail-en');
    await page.getByTestId('lang-zh-CN').click();
    await expect.poll(() => page.locator('.page-header h1').textContent()).toBe('操作日志');
    await context.clearCookies();
    await pick(page, 'audit-filter-action', '登录');
    await page.waitForURL(/\/login\?redirect=(%2F|\/)audit-trail/);
    await expect
      .poll(() => page.getByTestId('session-expired').textContent())
      .toContain('会话已过期，请重新登录');
    await shot(page, 'trust-11-session-expired');
    await page.close();
  });

  it('shows a buyer and another district the public record only, with no error', async () => {
    for (const username of ['buyer.demo', 'officer.pudong']) {
      const { page, graphqlErrors } = await openAs(username);
      await page.goto(`${server.url}/organizations/${org.id}`);
      await expect.poll(() => page.getByTestId('org-title').textContent()).toBe(org.name);
      await page.getByTestId('org-restricted-hint').waitFor();
      expect(await page.getByTestId('org-restricted-hint').textContent()).toContain('登记管理机关');
      // Public since issue 9; the industry department stays internal.
      expect(await page.getByTestId('org-legal-representative').count()).toBe(1);
      expect(await page.getByTestId('org-domicile').count()).toBe(1);
      expect(await page.getByTestId('org-industry-department').count()).toBe(0);
      expect(await page.getByTestId('org-change-history').count()).toBe(0);
      expect(await page.getByTestId('org-actions').count()).toBe(0);
      await shot(page, `trust-12-public-record-${username.replace('.', '-')}`);
      expect(graphqlErrors).toEqual([]);
      await page.close();
    }
  });

  it("titles a district officer's dashboard with its district", async () => {
    const { page } = await openAs('officer.pudong');
    await page.getByTestId('menu-dashboard').click();
    await expect.poll(() => page.getByTestId('dashboard-title').textContent()).toBe('浦东新区登记的社会组织');
    await page.locator('[data-testid="chart-type"] canvas').waitFor();
    await page.waitForTimeout(600); // the chart animation
    await shot(page, 'trust-13-district-dashboard');
    await page.close();
  });
});

describe('the pages', () => {
  it('raised no Content-Security-Policy violation and no page error', () => {
    expect(problems).toEqual([]);
  });
});
