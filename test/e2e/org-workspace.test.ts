/**
 * Issue 9 in a real Chromium: the organization account (org.demo) lands on
 * its own organization, files a change of domicile, and an officer approves
 * it from the worklist; an officer issues an organization its first account
 * and the new user must change the one-time password before anything else;
 * the workspace at 1440 × 900 and 390 × 844, in Chinese and English, with
 * nothing overflowing the viewport. Screenshots land in test/screenshots/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDateOf } from '../../server/common/clock.js';
import { launchBrowser, shot } from '../helpers/browser.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let browser: Browser;

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const NEW_DOMICILE = '上海市黄浦区中山东一路18号';

async function open(viewport = DESKTOP, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<Page> {
  const context = await browser.newContext({ viewport, locale });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  if (locale === 'en') await page.addInitScript(`window.localStorage.setItem('sorg.locale', 'en')`);
  return page;
}

async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Nothing wider than the viewport (no horizontal scrolling of the page). */
async function expectNoOverflow(page: Page): Promise<void> {
  // Runs in the page (a string: the test files are compiled without the DOM's types).
  const { scrollWidth, innerWidth } = await page.evaluate<{ scrollWidth: number; innerWidth: number }>(
    `({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })`,
  );
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

beforeAll(async () => {
  server = await startTestServer({ sample: 20 });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the organization workspace', () => {
  it('lands an organization on its own page, where it files a change of domicile', async () => {
    const page = await open();
    await login(page, 'org.demo');
    await page.waitForURL(/\/my-organization$/);
    const account = await server.orm.em
      .getKnex()('account as a')
      .join('organization as o', 'o.id', 'a.organization_id')
      .where('a.username', 'org.demo')
      .first('o.name', 'o.domicile');
    await expect.poll(() => page.getByTestId('workspace-title').textContent()).toContain(account.name);
    expect(await page.getByTestId('workspace-domicile').textContent()).toContain(account.domicile);
    // Only what the role may use is in the menu: no placeholder of the buyers' workspace.
    expect(await page.getByTestId('menu-procurement').count()).toBe(0);
    expect(await page.getByTestId('menu-myOrganization').count()).toBe(1);

    await page.getByTestId('open-file-change').click();
    await page.getByTestId('file-change-dialog').waitFor();
    await page.getByTestId('change-domicile').fill(NEW_DOMICILE);
    await page.getByTestId('change-reason').fill('理事会决议迁址');
    // The diff before filing.
    await expect
      .poll(() => page.getByTestId('change-preview-diff').getByTestId('diff-domicile').textContent())
      .toContain(NEW_DOMICILE);
    await shot(page, 'orgws-01-file-change');
    await page.getByTestId('file-change-save').click();
    await page.getByTestId('workspace-pending').waitFor();
    await expect
      .poll(() =>
        page.getByTestId('workspace-applications').getByTestId('application-status').first().textContent(),
      )
      .toContain('待审核');
    // The record itself is unchanged until an officer approves.
    expect(await page.getByTestId('workspace-domicile').textContent()).toContain(account.domicile);
    await page.context().close();
  });

  it('lets an officer approve it from the worklist, and the organization sees the change', async () => {
    const officer = await open();
    await login(officer, 'officer');
    await officer.waitForURL(/\/dashboard$/);
    await officer.getByTestId('menu-changeApplications').click();
    await officer.waitForURL(/\/change-applications$/);
    const card = officer
      .getByTestId('change-worklist')
      .getByTestId('application-PENDING')
      .filter({ hasText: NEW_DOMICILE });
    await card.getByTestId('open-review').click();
    await officer.getByTestId('review-change-dialog').waitFor();
    expect(
      await officer.getByTestId('review-change-dialog').getByTestId('diff-domicile').textContent(),
    ).toContain(NEW_DOMICILE);
    await officer.getByTestId('review-comment').fill('材料齐全，准予变更。');
    await shot(officer, 'orgws-02-review');
    await officer.getByTestId('review-change-save').click();
    await expect.poll(() => card.count()).toBe(0);
    await officer.context().close();

    const org = await open();
    await login(org, 'org.demo');
    await org.waitForURL(/\/my-organization$/);
    await expect.poll(() => org.getByTestId('workspace-domicile').textContent()).toContain(NEW_DOMICILE);
    const approved = org.getByTestId('application-APPROVED').first();
    expect(await approved.getByTestId('application-comment').textContent()).toContain('准予变更');
    await org.context().close();
  });

  for (const locale of ['zh-CN', 'en'] as const)
    for (const [label, viewport] of [
      ['1440', DESKTOP],
      ['390', PHONE],
    ] as const)
      it(`fits ${label} px in ${locale}`, async () => {
        const page = await open(viewport, locale);
        await login(page, 'org.demo');
        await page.waitForURL(/\/my-organization$/);
        await page.getByTestId('workspace-record').waitFor();
        await page.getByTestId('workspace-applications').getByTestId('application-status').first().waitFor();
        await page.locator('[data-testid="workspace"] .el-loading-mask').waitFor({ state: 'hidden' });
        await page.screenshot({
          path: `test/screenshots/orgws-workspace-${label}-${locale}.png`,
          fullPage: true,
        });
        await expectNoOverflow(page);
        await page.getByTestId('open-contact').click();
        await page.getByTestId('contact-dialog').waitFor();
        // The dialog fades in; the screenshot is of it open, not half drawn.
        await page.waitForTimeout(500);
        await expectNoOverflow(page);
        await shot(page, `orgws-contact-${label}-${locale}`);
        await page.context().close();
      });
});

describe('each role where its work is', () => {
  it('lands a buyer on its workspace and hides from a district officer what it may not do', async () => {
    const buyer = await open();
    await login(buyer, 'buyer.demo');
    await buyer.waitForURL(/\/procurement$/);
    await buyer.getByTestId('buyer-status').waitFor(); // the buyer's own workspace (issue 10), no longer a placeholder
    expect(await buyer.getByTestId('menu-changeApplications').count()).toBe(0);
    await buyer.context().close();

    const district = await open();
    await login(district, 'officer.pudong');
    await district.waitForURL(/\/dashboard$/);
    expect(await district.getByTestId('menu-procurement').count()).toBe(0);
    await district.getByTestId('menu-sponsorUnits').click();
    await district.waitForURL(/\/sponsor-units$/);
    await district.getByTestId('sponsor-count').first().waitFor();
    // A district officer may not transfer a unit's organizations: no button to be refused after the dialog.
    expect(await district.getByTestId('open-transfer').count()).toBe(0);
    expect(await district.getByTestId('row-transfer').count()).toBe(0);
    await district.context().close();
  });
});

describe('a first account with a one-time password', () => {
  it('is issued by an officer, and its user must change the password before anything else', async () => {
    const knex = server.orm.em.getKnex();
    const org = await knex('organization as o')
      .where({ 'o.status': 'ACTIVE', 'o.registration_level': 'MUNICIPAL' })
      .whereNotExists(knex('account as a').whereRaw('a.organization_id = o.id'))
      .orderBy('o.id')
      .first('o.id', 'o.name');
    const id = Buffer.from(`Organization:${org.id}`).toString('base64url');
    const officer = await open();
    await login(officer, 'officer');
    await officer.goto(`${server.url}/organizations/${id}`);
    await officer.getByTestId('org-issue-account').click();
    await officer.getByTestId('issue-account-dialog').waitFor();
    await officer.getByTestId('issue-account-save').click();
    await officer.getByTestId('issued-password').waitFor();
    const username = (await officer.getByTestId('issued-username').textContent())!.trim();
    const password = (await officer.getByTestId('issued-password').textContent())!.trim();
    await shot(officer, 'orgws-03-issued');
    await officer.getByTestId('issue-account-done').click();
    // The organization has an account now: no second first account is offered.
    await officer.reload();
    await officer.getByTestId('org-actions').waitFor();
    expect(await officer.getByTestId('org-issue-account').count()).toBe(0);
    await officer.context().close();

    const user = await open();
    await login(user, username, password);
    await user.waitForURL(/\/account\/password$/);
    await user.getByTestId('password-must-change').waitFor();
    // Anything else leads back to the password page.
    await user.goto(`${server.url}/my-organization`);
    await user.waitForURL(/\/account\/password$/);
    await user.getByTestId('password-current').fill(password);
    await user.getByTestId('password-new').fill('a-new-password-of-mine');
    await user.getByTestId('password-confirm').fill('a-new-password-of-mine');
    await shot(user, 'orgws-04-must-change');
    await user.getByTestId('password-submit').click();
    await user.waitForURL(/\/my-organization$/);
    await expect.poll(() => user.getByTestId('workspace-title').textContent()).toContain(org.name);
    await user.context().close();
  });
});

describe('a change approved for a later date', () => {
  it('is approved as taking effect on its date, and the organization sees it waiting for it', async () => {
    const effectiveOn = shanghaiDateOf(new Date(Date.now() + 5 * 86_400_000));
    const orgToken = await server.login('org.demo');
    const me = await server.gql<{ me: { organization: { id: string; domicile: string } } }>(
      `{ me { organization { id domicile } } }`,
      {},
      { token: orgToken },
    );
    const { id: organizationId, domicile } = me.data!.me.organization;
    const later = '上海市黄浦区外马路 1000 号';
    const filed = await server.gql<{ fileChangeApplication: { userErrors: unknown[] } }>(
      `mutation($input: FileChangeApplicationInput!) { fileChangeApplication(input: $input) { userErrors { code message } } }`,
      { input: { organizationId, changes: { domicile: later }, effectiveOn, reason: '理事会决议择期迁址' } },
      { token: orgToken },
    );
    expect(filed.data!.fileChangeApplication.userErrors).toEqual([]);

    const officer = await open();
    await login(officer, 'officer');
    await officer.getByTestId('menu-changeApplications').click();
    const card = officer
      .getByTestId('change-worklist')
      .getByTestId('application-PENDING')
      .filter({ hasText: later });
    await card.getByTestId('open-review').click();
    await officer.getByTestId('review-change-dialog').waitFor();
    await officer.getByTestId('review-comment').fill('准予变更，于生效日期登记。');
    await officer.getByTestId('review-change-save').click();
    await officer.locator('.el-message', { hasText: `变更将于 ${effectiveOn} 生效` }).waitFor();
    await shot(officer, 'orgws-07-approved-later');
    await officer.context().close();

    for (const locale of ['zh-CN', 'en'] as const) {
      const org = await open(DESKTOP, locale);
      await login(org, 'org.demo');
      await org.waitForURL(/\/my-organization$/);
      const waiting = org.getByTestId('workspace-applications').getByTestId('application-takes-effect');
      await expect
        .poll(() => waiting.textContent())
        .toContain(locale === 'en' ? `Takes effect on ${effectiveOn}` : `将于 ${effectiveOn} 生效`);
      await org.getByTestId('workspace-awaiting').waitFor();
      // Not on the record before its date, and nothing more can be filed until it is.
      expect(await org.getByTestId('workspace-domicile').textContent()).toContain(domicile);
      expect(await org.getByTestId('open-file-change').isDisabled()).toBe(true);
      await shot(org, `orgws-08-takes-effect-${locale}`);
      await org.context().close();
    }
  });
});
