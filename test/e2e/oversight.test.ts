/**
 * The oversight workspaces in a real Chromium against the real server (a
 * sample of the demo city), the "Done when": an organization files
 * its report, sees a live cross-check, submits, gets it returned, corrects it
 * and gets it approved; an officer works the review list, opens an audit case
 * and records a finding with a rectification; a dry-run sweep shows an
 * organization that missed its deadline and the real sweep lists it; the
 * public page shows why it is listed and from when it can leave.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDateOf } from '../../server/common/clock.js';
import { launchBrowser, shot } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let browser: Browser;
let org: Page;
let officer: Page;
let orgName: string;
let orgId: string;
const year = new Date().getUTCFullYear() - 1;
const today = shanghaiDateOf(new Date());

async function login(page: Page, username: string) {
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('demo-pass-2026');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

async function fill(page: Page, field: string, value: string) {
  await page.getByTestId(`report-field-${field}`).fill(value);
}

async function step(page: Page, index: number) {
  await page.getByTestId(`report-step-${index}`).click();
}

async function waitSaved(page: Page) {
  await expect
    .poll(() => page.getByTestId('report-save-status').textContent(), { timeout: 10_000 })
    .toContain('已自动保存');
}

async function trailActions(subjectType: string): Promise<string[]> {
  const rows = await server.orm.em
    .getKnex()('audit_event')
    .where({ subject_type: subjectType })
    .select('action');
  return rows.map((r: { action: string }) => r.action);
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const context = (locale: string) => browser.newContext({ viewport: { width: 1440, height: 900 }, locale });
  const orgContext = await context('zh-CN');
  const officerContext = await context('zh-CN');
  orgContext.setDefaultTimeout(15_000);
  officerContext.setDefaultTimeout(15_000);
  org = await orgContext.newPage();
  officer = await officerContext.newPage();
  const knex = server.orm.em.getKnex();
  const account = await knex('account').where({ username: 'org.demo' }).first();
  const row = await knex('organization').where({ id: account.organization_id }).first();
  orgName = row.name;
  orgId = Buffer.from(`Organization:${row.id}`).toString('base64url');
  await login(org, 'org.demo');
  await login(officer, 'officer');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('oversight in the portal', () => {
  it('an organization files a report with a live cross-check, submits it; it is returned, corrected and approved', async () => {
    await org.goto(`${server.url}/my-reports`);
    await org.getByTestId('report-year').locator('input').fill(String(year));
    await org.getByTestId('report-new').click();
    await expect.poll(() => org.getByTestId('report-form').isVisible()).toBe(true);
    await fill(org, 'generalAssemblies', '1');
    await fill(org, 'boardMeetings', '2');
    await step(org, 1);
    await fill(org, 'incomeTotal', '1200000');
    await fill(org, 'incomeDonations', '800000');
    await fill(org, 'incomeGovernment', '200000');
    await waitSaved(org);
    // The live cross-check: the parts do not add up to the total.
    await expect.poll(() => org.getByTestId('report-warning').first().textContent()).toContain('1200000.00');
    await shot(org, 'oversight-01-cross-check');
    await fill(org, 'incomeTotal', '1000000');
    await fill(org, 'expenseTotal', '900000');
    await fill(org, 'expenseCharitable', '700000');
    await fill(org, 'expenseManagement', '100000');
    await fill(org, 'expenseStaff', '100000');
    await fill(org, 'netAssetsStart', '5000000');
    await fill(org, 'netAssetsEnd', '5100000');
    await step(org, 2);
    await fill(org, 'fullTimeStaff', '6');
    await fill(org, 'volunteers', '40');
    await fill(org, 'activityCount', '12');
    await step(org, 3);
    await org.getByTestId('report-form').locator('.el-radio', { hasText: '否' }).click();
    await fill(org, 'auditFirm', '上海某某会计师事务所');
    await waitSaved(org);
    await expect.poll(() => org.getByTestId('report-warning').count()).toBe(0);
    await org.getByTestId('report-submit').click();
    await expect.poll(() => org.getByTestId(`report-status-${year}`).textContent()).toContain('待审查');

    // The officer works the review list: returns it with a comment.
    await officer.goto(`${server.url}/annual-reports`);
    const row = officer.locator('.el-table__row', { hasText: orgName });
    await row.getByTestId('worklist-review').click();
    await officer.locator('.el-dialog .el-radio', { hasText: '退回修改' }).click();
    await officer.getByTestId('review-comment').fill('请补充理事会会议纪要');
    await officer.getByTestId('review-send').click();
    await expect.poll(() => officer.locator('.el-table__row', { hasText: orgName }).count()).toBe(0);
    await shot(officer, 'oversight-02-worklist');

    // The organization sees the comment, corrects and submits again.
    await org.reload();
    await expect.poll(() => org.getByTestId(`report-status-${year}`).textContent()).toContain('退回修改');
    expect(await org.getByTestId(`report-comment-${year}`).textContent()).toContain('请补充理事会会议纪要');
    await org.getByTestId(`report-edit-${year}`).click();
    await fill(org, 'boardMeetings', '3');
    await waitSaved(org);
    await org.getByTestId('report-submit').click();
    await expect.poll(() => org.getByTestId(`report-status-${year}`).textContent()).toContain('待审查');

    // Approved with the inspection result.
    await officer.reload();
    await officer.locator('.el-table__row', { hasText: orgName }).getByTestId('worklist-review').click();
    await officer.locator('.el-dialog .el-radio', { hasText: '通过' }).first().click();
    await officer.getByTestId('review-send').click();
    await expect.poll(() => officer.locator('.el-table__row', { hasText: orgName }).count()).toBe(0);
    await org.reload();
    await expect.poll(() => org.getByTestId(`report-status-${year}`).textContent()).toContain('已通过');
    await shot(org, 'oversight-03-approved');
    const actions = await trailActions('AnnualReport');
    for (const action of ['saveAnnualReport', 'submitAnnualReport', 'reviewAnnualReport'])
      expect(actions).toContain(action);
  });

  it('an officer opens an audit case and records a finding with a rectification', async () => {
    await officer.goto(`${server.url}/oversight`);
    await officer.getByTestId('case-open').click();
    const select = officer.getByTestId('case-organization');
    await select.click();
    await select.locator('input').fill(orgName.slice(0, 8));
    const option = officer.locator('.el-select-dropdown__item:visible', { hasText: orgName });
    await option.first().click();
    await officer.getByTestId('case-title').fill('年度专项审计');
    await officer.getByTestId('case-scope').fill('财务收支');
    await officer.getByTestId('case-period-from').fill(`${year}-01-01`);
    await officer.getByTestId('case-auditor').fill('市社团局监督科');
    await officer.getByTestId('case-save').click();
    const caseRow = officer.locator('.el-table__row', { hasText: '年度专项审计' }).first();
    await caseRow.getByTestId('case-record-finding').click();
    await officer.getByTestId('finding-description').fill('公益支出凭证不全');
    await officer.getByTestId('finding-amount').fill('12000');
    await officer.getByTestId('finding-requirement').fill('补齐凭证并报送整改报告');
    await officer.getByTestId('finding-save').click();
    await expect.poll(() => caseRow.getByTestId('case-findings').textContent()).toBe('1');
    await caseRow.locator('.el-table__expand-icon').click();
    await expect
      .poll(() => officer.getByTestId('case-rectification').first().textContent())
      .toContain('整改中');
    await shot(officer, 'oversight-04-audit-case');
    const actions = await trailActions('AuditCase');
    expect(actions).toContain('openAuditCase');
    expect(await trailActions('Rectification')).toContain('recordAuditFinding');
  });

  it('a dry-run sweep shows an organization that missed its deadline, and the real sweep lists it', async () => {
    await officer.goto(`${server.url}/sweep`);
    await officer.getByTestId('sweep-as-of').fill(today);
    await officer.getByTestId('sweep-run').click();
    await expect
      .poll(() => officer.getByTestId('sweep-outcome').textContent(), { timeout: 30_000 })
      .toContain('试运行');
    // org.demo has not filed the report of the year before last.
    await expect
      .poll(() => officer.getByTestId('sweep-listed').locator('.el-table__row', { hasText: orgName }).count())
      .toBeGreaterThan(0);
    expect(await officer.getByTestId('sweep-listed').textContent()).toContain(
      `未按期报送 ${year - 1} 年度报告`,
    );
    expect(await server.orm.em.getKnex()('credit_listing').count({ n: '*' }).first()).toMatchObject({
      n: '0',
    });
    await shot(officer, 'oversight-05-dry-run');
    await officer.locator('.el-checkbox', { hasText: '试运行' }).click();
    await officer.getByTestId('sweep-run').click();
    await expect
      .poll(() => officer.getByTestId('sweep-outcome').textContent(), { timeout: 30_000 })
      .toContain('已执行');
    await expect
      .poll(() => officer.getByTestId('sweep-listed').locator('.el-table__row', { hasText: orgName }).count())
      .toBeGreaterThan(0);
    expect(await trailActions('ComplianceSweepRun')).toEqual(['runComplianceSweep']);
  });

  it('the public page shows why it is listed and from when it can leave', async () => {
    const visitor = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await visitor.goto(`${server.url}/organizations/${orgId}`);
    const listings = visitor.getByTestId('disclosure-listings');
    await expect
      .poll(() => listings.getByTestId('listing-why').first().textContent(), { timeout: 15_000 })
      .toContain('未按期报送');
    expect(await listings.textContent()).toContain(today);
    expect(await listings.getByTestId('listing-leave').first().textContent()).toMatch(/移出/);
    expect(await visitor.getByTestId('disclosure-reporting').textContent()).toContain(String(year));
    await shot(visitor, 'oversight-06-public-page');
  });
});
