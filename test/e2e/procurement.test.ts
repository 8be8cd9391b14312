/**
 * Service purchase (issue 10) in a real Chromium against the real server (a sample of the
 * demo city with the demo accounts), the browser flows: a buyer posts a need and sees
 * the ranked suppliers with their reasons; an organization finds the need in its inbox (sent
 * through the job queue) and submits a proposal; an organization registered too recently is
 * told why it is not eligible and from when it will be; the buyer scores and awards, and opens
 * its department's red flags. Every
 * page is shot at 1440×900 and 390×844, in Chinese and English, with no horizontal overflow.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let browser: Browser;
let buyer: Page;
let org: Page;
let young: Page;
let needTitle: string;
let needUrl: string;
/** The minimum years since registration the need asks for, and the young organization's key. */
let minYears: number;
let youngOrg: { id: number; name: string; eligibleFrom: string };

const knex = () => server.orm.em.getKnex();
const globalId = (type: string, key: number) => Buffer.from(`${type}:${key}`).toString('base64url');

async function login(page: Page, username: string, password = 'demo-pass-2026') {
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

async function noOverflow(page: Page) {
  // A string, since this file is typed without the DOM's names.
  const [scroll, inner] = await page.evaluate<[number, number]>(
    '[document.documentElement.scrollWidth, window.innerWidth]',
  );
  expect(scroll, 'no horizontal overflow').toBeLessThanOrEqual(inner);
}

/** The page at 1440×900 and 390×844, in Chinese and then in English (back to Chinese after). */
async function shots(page: Page, name: string, ready: () => Promise<unknown>) {
  for (const locale of ['zh-CN', 'en']) {
    if (locale === 'en') {
      await page.evaluate("localStorage.setItem('sorg.locale', 'en')");
      await page.reload();
    }
    await ready();
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ]) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      await noOverflow(page);
      await shot(page, `procurement-${name}-${width}-${locale}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }
  await page.evaluate("localStorage.setItem('sorg.locale', 'zh-CN')");
  await page.reload();
  await ready();
}

/** Chooses an option of a select (kept if already chosen); a multiple one is closed again by a second click. */
async function pick(page: Page, testid: string, option: string, multiple = false) {
  await page.getByTestId(testid).click();
  const item = page.locator('.el-select-dropdown__item:visible', { hasText: option }).first();
  if (!multiple || !(await item.getAttribute('class'))?.includes('is-selected')) await item.click();
  if (multiple) {
    await page.getByTestId(testid).click();
    await page.locator('.el-select-dropdown__item:visible').first().waitFor({ state: 'hidden' });
  }
}

beforeAll(async () => {
  server = await startTestServer({ sample: 40 });
  browser = await launchBrowser();
  const page = async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    context.setDefaultTimeout(15_000);
    return context.newPage();
  };
  [buyer, org, young] = await Promise.all([page(), page(), page()]);

  // The need asks for one year more than the newest active organization (without a credit
  // listing or an account) has been registered, and no more than org.demo has.
  const yearsOf = 'extract(year from age(current_date, o.registered_on))::int';
  const demo = await knex()('account as a')
    .join('organization as o', 'o.id', 'a.organization_id')
    .where('a.username', 'org.demo')
    .first(knex().raw(`${yearsOf} as years`));
  const candidate = await knex()('organization as o')
    .where('o.status', 'ACTIVE')
    .whereNotExists(knex()('credit_listing as c').whereRaw('c.organization_id = o.id'))
    .whereNotExists(knex()('account as a').whereRaw('a.organization_id = o.id'))
    .orderBy('o.registered_on', 'desc')
    .orderBy('o.id')
    .first(
      'o.id',
      'o.name',
      knex().raw(`${yearsOf} + 1 as "minYears"`),
      knex().raw(
        `to_char(o.registered_on + make_interval(years => ${yearsOf} + 1), 'YYYY-MM-DD') as "eligibleFrom"`,
      ),
    );
  expect(candidate).toBeTruthy();
  youngOrg = candidate;
  minYears = candidate.minYears;
  expect(demo.years).toBeGreaterThanOrEqual(minYears);
  const admin = await server.login('admin');
  const created = await server.gql<{ createAccount: { userErrors: unknown[] } }>(
    `mutation($input: CreateAccountInput!) { createAccount(input: $input) { userErrors { code message } } }`,
    {
      input: {
        username: 'supplier.young',
        role: 'ORGANIZATION',
        organizationId: globalId('Organization', youngOrg.id),
        password: 'supplier-pass-2026',
        displayName: '新设机构',
      },
    },
    { token: admin },
  );
  expect(created.data?.createAccount.userErrors).toEqual([]);
  await Promise.all([
    login(buyer, 'buyer.demo'),
    login(org, 'org.demo'),
    login(young, 'supplier.young', 'supplier-pass-2026'),
  ]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('service purchase in the portal', () => {
  it('an organization keeps its catalogue and subscribes to elderly care', async () => {
    await org.goto(`${server.url}/supplier?tab=profile`);
    await org.getByTestId('profile-save').waitFor();
    expect(await org.getByTestId('profile-track-record').textContent()).toMatch(/合同 \d+ 份/);
    await org.getByTestId('profile-capacity').locator('input').fill('800');
    await org.getByTestId('profile-staff-SOCIAL_WORKER').locator('input').fill('8');
    await org.getByTestId('profile-save').click();
    await expect.poll(() => org.locator('.el-message--success').count()).toBeGreaterThan(0);
    await shots(org, 'supplier-profile', () => org.getByTestId('profile-save').waitFor());

    await org.getByTestId('supplier-tabs').getByText('订阅').click();
    await pick(org, 'subscription-categories', '养老服务', true);
    await org.getByTestId('subscription-save').click();
    await expect.poll(() => org.locator('.el-message--success', { hasText: '订阅已保存' }).count()).toBe(1);
    const row = await knex()('need_subscription as s')
      .join('account as a', 'a.organization_id', 's.organization_id')
      .where('a.username', 'org.demo')
      .first('s.categories');
    expect(row.categories).toContain('ELDERLY_CARE');
  });

  it('a buyer posts a need and sees the ranked list with reasons', async () => {
    needTitle = `社区长者助餐服务 ${Date.now() % 100000}`;
    await buyer.goto(`${server.url}/procurement`);
    await buyer.getByTestId('buyer-needs-table').waitFor();
    await shots(buyer, 'buyer-workspace', () => buyer.getByTestId('buyer-needs-table').waitFor());
    await buyer.getByTestId('need-new').click();
    await buyer.getByTestId('need-title').fill(needTitle);
    await buyer.getByTestId('need-description').fill('为高龄独居老人提供助餐、送餐和探访服务。');
    await pick(buyer, 'need-category', '养老服务');
    await buyer.getByTestId('need-budget').fill('600000');
    await buyer.getByTestId('need-start').locator('input').fill('2027-01-01');
    await buyer.getByTestId('need-start').locator('input').press('Enter');
    await buyer.getByTestId('need-end').locator('input').fill('2027-12-31');
    await buyer.getByTestId('need-end').locator('input').press('Enter');
    await buyer.getByTestId('need-min-years').locator('input').fill(String(minYears));
    await buyer.getByTestId('need-title').click();
    // A price weight under the statutory minimum is refused in the buyer's language.
    await buyer.getByTestId('need-weight-PRICE').locator('input').fill('5');
    await buyer.getByTestId('need-weight-SERVICE_PLAN').locator('input').fill('65');
    await buyer.getByTestId('need-title').click();
    await expect.poll(() => buyer.getByTestId('need-weight-sum').textContent()).toContain('100%');
    await shot(buyer, 'procurement-need-form-1440-zh-CN');
    await buyer.getByTestId('need-form-save').click();
    await expect
      .poll(() => buyer.getByTestId('need-form-dialog').textContent())
      .toMatch(/价格分权重须在 10%/);
    await buyer.getByTestId('need-weight-PRICE').locator('input').fill('30');
    await buyer.getByTestId('need-weight-SERVICE_PLAN').locator('input').fill('40');
    await buyer.getByTestId('need-title').click();
    await buyer.setViewportSize({ width: 390, height: 844 });
    await noOverflow(buyer);
    await shot(buyer, 'procurement-need-form-390-zh-CN');
    await buyer.setViewportSize({ width: 1440, height: 900 });
    await buyer.getByTestId('need-form-save').click();
    await buyer.waitForURL(/\/procurement\/needs\//);
    needUrl = buyer.url();
    await expect.poll(() => buyer.getByTestId('need-page-status').textContent()).toContain('草稿');

    await buyer.getByTestId('need-publish').click();
    await buyer.locator('.el-message-box .el-button--primary').click();
    await expect.poll(() => buyer.getByTestId('need-page-status').textContent()).toContain('公告中');
    await shots(buyer, 'need', () => buyer.getByTestId('need-details').waitFor());

    await buyer.locator('.el-tabs__item', { hasText: '匹配结果' }).click();
    await buyer.getByTestId('match-row').first().waitFor();
    const first = buyer.getByTestId('match-row').first();
    expect(await first.textContent()).toContain('#1');
    // each factor with its points and plain-language detail, and the weights shown
    expect(await first.getByTestId('match-reasons').locator('li').count()).toBe(7);
    expect(await first.getByTestId('reason-CATEGORY_FIT').textContent()).toMatch(/类别契合\s*[\d.]+ \/ 25/);
    expect(await buyer.getByTestId('match-method').textContent()).toContain('机会均衡');
    const scores = await buyer.getByTestId('match-score').allTextContents();
    expect(scores.map(Number)).toEqual([...scores.map(Number)].sort((a, b) => b - a));
    // why not: the young organization, with the rule that blocks it and from when
    const whyNot = buyer.getByTestId('why-not-organization');
    await whyNot.click();
    await whyNot.locator('input').fill(youngOrg.name.slice(0, 8));
    await buyer.locator('.el-select-dropdown__item:visible', { hasText: youngOrg.name }).first().click();
    await expect
      .poll(() => buyer.getByTestId('why-not-result').getByTestId('blocker-MIN_YEARS').textContent())
      .toContain(youngOrg.eligibleFrom);
    await buyer.getByTestId('matches-include-ineligible').click();
    await buyer.getByTestId('match-row').first().waitFor();
    await shots(buyer, 'matches', () => buyer.getByTestId('match-row').first().waitFor());
  });

  it('an organization sees the need in its inbox and submits a proposal', async () => {
    await server.jobs.drain();
    await org.goto(`${server.url}/supplier`);
    await expect.poll(() => org.getByTestId('inbox-badge').textContent()).toMatch(/[1-9]/);
    await org.getByTestId('inbox-bell').click();
    const note = org.getByTestId('inbox-table').locator('.el-table__row', { hasText: needTitle });
    await note.waitFor();
    expect(await note.getByTestId('inbox-kind').textContent()).toContain('有适合您的新需求');
    await shots(org, 'inbox', () =>
      org.getByTestId('inbox-table').locator('.el-table__row').first().waitFor(),
    );
    await org
      .getByTestId('inbox-table')
      .locator('.el-table__row', { hasText: needTitle })
      .getByTestId('inbox-open')
      .click();
    await org.waitForURL(/\/procurement\/needs\//);
    // opening it marks it read, and the badge says what is left unread
    const inbox = () =>
      knex()('procurement_notification as n')
        .join('account as a', 'a.organization_id', 'n.organization_id')
        .where('a.username', 'org.demo');
    await expect
      .poll(
        async () =>
          (
            await inbox()
              .join('service_need as s', 's.id', 'n.need_id')
              .where('s.title', needTitle)
              .first('n.read_at')
          )?.read_at,
      )
      .not.toBeNull();
    const unread = async () => Number((await inbox().whereNull('n.read_at').count({ n: '*' }).first())?.n);
    // the bell is in the workspace's header (a need's page is public, with the public header)
    await org.goto(`${server.url}/supplier`);
    await expect
      .poll(async () => Number(await org.getByTestId('inbox-badge').textContent()))
      .toBe(await unread());
    await org.goBack();

    await org.locator('.el-tabs__item', { hasText: '资格与响应' }).click();
    await org.getByTestId('readiness-eligible').waitFor();
    await org.getByTestId('proposal-submit').click();
    await org.getByTestId('proposal-price-input').fill('700000');
    await org.getByTestId('proposal-plan').fill('每日两餐配送，每周一次上门探访。');
    await org.getByTestId('proposal-team').fill('持证社工 8 名，配餐员 12 名。');
    await org.getByTestId('proposal-form-save').click();
    // above the budget: refused, nothing submitted
    await expect.poll(() => org.getByTestId('proposal-form-dialog').textContent()).toMatch(/预算/);
    await org.getByTestId('proposal-price-input').fill('560000');
    await org.getByTestId('proposal-form-save').click();
    await expect.poll(() => org.getByTestId('own-proposal-status').first().textContent()).toContain('已提交');
    await shots(org, 'readiness-eligible', () => org.getByTestId('own-proposal').first().waitFor());
  });

  it('an ineligible organization is told why and from when', async () => {
    // It fills in its catalogue first, so only the date stands in its way.
    await young.goto(`${server.url}/supplier?tab=profile`);
    await young.getByTestId('profile-save').waitFor();
    await pick(young, 'profile-categories', '养老服务', true);
    await pick(young, 'profile-districts', '浦东新区', true);
    await young.getByTestId('profile-description').fill('新设立的社区养老服务机构。');
    await young.getByTestId('profile-capacity').locator('input').fill('300');
    await young.getByTestId('profile-save').click();
    await expect.poll(() => young.locator('.el-message--success').count()).toBeGreaterThan(0);

    await young.goto(needUrl);
    await young.locator('.el-tabs__item', { hasText: '资格与响应' }).click();
    await young.getByTestId('readiness-ineligible').waitFor();
    const blocker = young.getByTestId('blocker-MIN_YEARS');
    expect(await blocker.textContent()).toContain(youngOrg.eligibleFrom);
    const blockers = await young.getByTestId('match-blockers').locator('li').count();
    if (blockers === 1)
      expect(await young.getByTestId('readiness-from').textContent()).toContain(youngOrg.eligibleFrom);
    expect(await young.getByTestId('proposal-submit').count()).toBe(0);
    await shots(young, 'readiness-ineligible', () => young.getByTestId('readiness-ineligible').waitFor());

    // and the fitting needs say the same
    await young.goto(`${server.url}/supplier`);
    await young.getByTestId('fitting-include-ineligible').click();
    const row = young.getByTestId('fitting-row').filter({ hasText: needTitle });
    // The needs it is eligible for come first; the rest are a "show more" or two away.
    await young.getByTestId('fitting-row').first().waitFor();
    while ((await row.count()) === 0 && (await young.getByTestId('fitting-more').count()) > 0) {
      await young.getByTestId('fitting-more').click();
      await young.waitForLoadState('networkidle');
    }
    await row.waitFor();
    expect(await row.getByTestId('blocker-MIN_YEARS').textContent()).toContain(youngOrg.eligibleFrom);
    await shots(young, 'fitting', () => young.getByTestId('fitting-row').first().waitFor());
  });

  it('the buyer closes, scores and awards; the award is on the public board', async () => {
    await buyer.goto(needUrl);
    await buyer.getByTestId('need-close').click();
    await buyer.locator('.el-message-box .el-button--primary').click();
    await expect.poll(() => buyer.getByTestId('need-page-status').textContent()).toContain('已截止');
    await buyer.locator('.el-tabs__item', { hasText: '方案比较' }).click();
    const card = buyer.getByTestId('proposal-card').first();
    await card.waitFor();
    expect(await card.getByTestId('proposal-price').textContent()).toBe('560,000.00');
    expect(await card.getByTestId('proposal-match').textContent()).toMatch(/\d+\.\d \(#\d+\)/);
    await card.getByTestId('proposal-score').click();
    await buyer.getByTestId('score-SERVICE_PLAN').locator('input').fill('35');
    await buyer.getByTestId('score-CAPACITY').locator('input').fill('18');
    await buyer.getByTestId('score-TEAM').locator('input').fill('9');
    await buyer.getByTestId('score-save').click();
    // one proposal: price score 30 (lowest price), plus 35 + 18 + 9
    await expect.poll(() => card.getByTestId('proposal-total').textContent()).toContain('92.00');
    await shots(buyer, 'proposals', () => buyer.getByTestId('proposal-card').first().waitFor());

    await card.getByTestId('proposal-award').click();
    expect(await buyer.locator('.el-message-box').textContent()).toContain('560,000.00');
    await buyer.locator('.el-message-box .el-button--primary').click();
    await expect.poll(() => card.getByTestId('proposal-status').textContent()).toContain('中标');
    await buyer.reload();
    await expect.poll(() => buyer.getByTestId('need-page-status').textContent()).toContain('已授予');
    const contracts = await knex()('service_contract as c')
      .join('service_need as n', 'n.id', 'c.need_id')
      .where('n.title', needTitle)
      .select('c.amount');
    expect(contracts.map((c: { amount: string }) => Number(c.amount))).toEqual([560000]);

    const visitor = await (
      await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
    ).newPage();
    await visitor.goto(`${server.url}/notices`);
    await visitor.getByTestId('board-table').locator('.el-table__row').first().waitFor();
    await visitor.getByTestId('board-kind').getByText('授予结果').click();
    await expect
      .poll(() =>
        visitor.getByTestId('board-table').locator('.el-table__row', { hasText: needTitle }).count(),
      )
      .toBe(1);
    await shots(visitor, 'board', () =>
      visitor.getByTestId('board-table').locator('.el-table__row').first().waitFor(),
    );
  });

  it('the buyer opens its own department’s red flags in its workspace', async () => {
    await buyer.goto(`${server.url}/procurement`);
    await buyer.getByTestId('buyer-tab-flags').click();
    await buyer.waitForURL(/tab=flags/);
    expect(await buyer.getByTestId('red-flags-disclaimer').textContent()).toContain('不是指控');
    // the awarded need drew a single proposal: a flag of this department, linked to the need
    const row = buyer.getByTestId('red-flags-table').locator('.el-table__row', { hasText: needTitle });
    await row.waitFor();
    expect(await row.getByTestId('red-flag-kind').textContent()).toContain('单一响应');
    // no buyer to choose: the server gives this department's flags only
    expect(await buyer.getByTestId('red-flags-department').count()).toBe(0);
    const own = await knex()('account').where({ username: 'buyer.demo' }).first('department');
    const href = await buyer.getByTestId('red-flags-export').getAttribute('href');
    const xlsx = await buyer.request.get(`${server.url}${href}`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    expect(own.department).toBe('上海市民政局');
    await shots(buyer, 'buyer-red-flags', () =>
      buyer.getByTestId('red-flags-table').locator('.el-table__row').first().waitFor(),
    );
  });

  it('officers see the red flags with their filters and the disclaimer', async () => {
    const officer = await (
      await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
    ).newPage();
    await login(officer, 'officer');
    await officer.goto(`${server.url}/red-flags`);
    expect(await officer.getByTestId('red-flags-disclaimer').textContent()).toContain('不是指控');
    await officer.getByTestId('red-flags-table').locator('.el-table__row').first().waitFor();
    await pick(officer, 'red-flags-kinds', '单一响应', true);
    await expect
      .poll(async () => [...new Set(await officer.getByTestId('red-flag-kind').allTextContents())])
      .toEqual(['单一响应']);
    // the XLSX export follows the filters
    const href = await officer.getByTestId('red-flags-export').getAttribute('href');
    expect(href).toContain('kinds=SINGLE_PROPOSAL');
    const xlsx = await officer.request.get(`${server.url}${href}`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    await shots(officer, 'red-flags', () => officer.getByTestId('red-flags-disclaimer').waitFor());
  });
});
