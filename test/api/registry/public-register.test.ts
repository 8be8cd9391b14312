import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { pinyinInitials, pinyinSortKey } from '../../../server/common/pinyin.js';
import { officer, REGISTER, registrationInput, server, useRegistryServer } from '../../fixtures/registry.js';

useRegistryServer();

/**
 * The public register (issue 9): the fields the national platform publishes,
 * pinyin search and order, the sponsor-unit picker's ranking, and the bulk
 * data downloads with their licence, date and filters.
 */

interface Listed {
  id: string;
  name: string;
  status: string;
}

async function search(term: string, first = 20) {
  const res = await server.gql<{ organizations: { totalCount: number; nodes: Listed[] } }>(
    `query($s: String, $first: Int) { organizations(first: $first, filter: { search: $s }) { totalCount nodes { id name status } } }`,
    { s: term, first },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.organizations;
}

async function register(name: string): Promise<string> {
  const res = await server.gql<{
    registerOrganization: { organization: { id: string } | null; userErrors: unknown[] };
  }>(REGISTER, { input: registrationInput({ name }) }, { token: officer });
  expect(res.data!.registerOrganization.userErrors).toEqual([]);
  return res.data!.registerOrganization.organization!.id;
}

const download = (path: string, locale = 'zh-CN') =>
  fetch(`${server.url}${path}`, { headers: { 'accept-language': locale } });

describe('the public fields', () => {
  it('shows anonymous visitors what the national platform publishes, and keeps internal fields internal', async () => {
    const closed = await server.orm.em
      .getKnex()('organization')
      .where({ status: 'DEREGISTERED', registration_level: 'DISTRICT' })
      .first();
    const id = Buffer.from(`Organization:${closed.id}`).toString('base64url');
    const res = await server.gql<{ organization: Record<string, unknown> }>(
      `query($id: ID!) { organization(id: $id) { name creditCode type status registrationAuthority registeredOn
         deregisteredOn revokedOn legalRepresentative domicile businessScope registeredCapital sponsorUnit { name } } }`,
      { id },
    );
    expect(res.errors).toBeUndefined();
    const org = res.data!.organization;
    expect(org).toMatchObject({
      name: closed.name,
      status: 'DEREGISTERED',
      legalRepresentative: closed.legal_representative,
      domicile: closed.domicile,
      businessScope: closed.business_scope,
      registeredCapital: closed.registered_capital,
      revokedOn: null,
    });
    expect(org.registrationAuthority).toMatch(/民政局$/);
    expect(org.deregisteredOn! >= org.registeredOn!).toBe(true);
    const english = await server.gql<{ organization: { registrationAuthority: string } }>(
      `query($id: ID!) { organization(id: $id) { registrationAuthority } }`,
      { id },
      { locale: 'en' },
    );
    expect(english.data!.organization.registrationAuthority).toMatch(/District Civil Affairs Bureau$/);

    const internal = await server.gql(
      `query($id: ID!) { organization(id: $id) { industryDepartment { name } sponsorHistory { reason } } }`,
      { id },
    );
    expect(internal.errors!.map((e) => e.extensions!.code)).toContain('UNAUTHENTICATED');
  });

  it('dates a deregistration when an officer records it, and keeps it findable by status', async () => {
    const id = await register('上海市公开登记测试注销协会');
    const changed = await server.gql<{
      changeOrganizationStatus: { organization: { status: string; deregisteredOn: string | null } };
    }>(
      `mutation($id: ID!) { changeOrganizationStatus(input: { organizationId: $id, status: DEREGISTERED, reason: "测试注销" }) { organization { status deregisteredOn } userErrors { message } } }`,
      { id },
      { token: officer },
    );
    expect(changed.data!.changeOrganizationStatus.organization.status).toBe('DEREGISTERED');
    expect(changed.data!.changeOrganizationStatus.organization.deregisteredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const found = await server.gql<{ organizations: { nodes: { id: string }[] } }>(
      `{ organizations(first: 5, filter: { search: "公开登记测试注销", statuses: [DEREGISTERED] }) { nodes { id } } }`,
    );
    expect(found.data!.organizations.nodes.map((o) => o.id)).toEqual([id]);
  });
});

describe('pinyin', () => {
  it('finds names by their pinyin, their initials and an abbreviation\'s initials ("shfl")', async () => {
    const id = await register('上海市妇女联合会');
    for (const term of ['shfl', 'shsfnlhh', 'funvlianhe', 'SHANGHAISHIFUNV']) {
      const found = await search(term, 100);
      expect(
        found.nodes.map((o) => o.id),
        term,
      ).toContain(id);
    }
    // The whole initials rank first; an abbreviation's rows are the last kind of match.
    expect((await search('shsfnlhh')).nodes[0].id).toBe(id);
    // Renamed, it is found by the new name's pinyin only.
    const renamed = await server.gql<{ updateOrganization: { userErrors: unknown[] } }>(
      `mutation($id: ID!) { updateOrganization(input: { id: $id, version: 1, name: "上海市拼音改名测试会" }) { userErrors { message } } }`,
      { id },
      { token: officer },
    );
    expect(renamed.data!.updateOrganization.userErrors).toEqual([]);
    expect((await search('shsfnlhh')).nodes.map((o) => o.id)).not.toContain(id);
    expect((await search('pinyingaiming')).nodes.map((o) => o.id)).toContain(id);
  });

  it('keeps the stored keys as pinyin-pro makes them, and Chinese searches unchanged', async () => {
    const rows: { name: string; name_pinyin: string; name_initials: string }[] = await server.orm.em
      .getKnex()('organization')
      .select('name', 'name_pinyin', 'name_initials')
      .limit(200);
    for (const row of rows) {
      expect(row.name_pinyin).toBe(pinyinSortKey(row.name));
      expect(row.name_initials).toBe(pinyinInitials(row.name));
    }
    const chinese = await search('协会', 100);
    for (const o of chinese.nodes) expect(o.name).toContain('协会');
  });

  it('orders names by pinyin, descending too, with stable cursors', async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page++) {
      const res: {
        data?: {
          organizations: { nodes: { name: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
        };
      } = await server.gql(
        `query($after: String) { organizations(first: 25, after: $after, orderBy: { field: NAME, direction: DESC }) { nodes { name } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      names.push(...res.data!.organizations.nodes.map((o) => o.name));
      after = res.data!.organizations.pageInfo.endCursor;
    }
    expect(new Set(names).size).toBe(100);
    const key = (name: string) => Buffer.from(`${pinyinSortKey(name)}\u0000${name}`);
    expect(names).toEqual([...names].sort((a, b) => Buffer.compare(key(b), key(a))));
  });
});

describe('the sponsor-unit picker', () => {
  it('ranks exact and prefix matches first: 民政 finds 上海市民政局 first', async () => {
    const res = await server.gql<{ sponsorUnits: { nodes: { name: string }[] } }>(
      `{ sponsorUnits(first: 10, filter: { search: "民政" }) { nodes { name } } }`,
    );
    const names = res.data!.sponsorUnits.nodes.map((u) => u.name);
    expect(names[0]).toBe('上海市民政局');
    expect(names.every((n) => n.includes('民政'))).toBe(true);
    const exact = await server.gql<{ sponsorUnits: { nodes: { name: string }[] } }>(
      `{ sponsorUnits(first: 3, filter: { search: "上海市民政局" }) { nodes { name } } }`,
    );
    expect(exact.data!.sponsorUnits.nodes[0].name).toBe('上海市民政局');
  });
});

describe('bulk data: /exports/register.csv and .xlsx', () => {
  it('streams the whole public register as CSV with its licence and date, public fields only', async () => {
    const res = await download('/exports/register.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="shanghai-social-organizations-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect(res.headers.get('link')).toContain('creativecommons.org/licenses/by/4.0');
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const lines = text.trimEnd().split('\n');
    const comments = lines.filter((l) => l.startsWith('# '));
    expect(comments.join('\n')).toContain('CC BY 4.0');
    expect(comments.join('\n')).toMatch(/数据日期: \d{4}-\d{2}-\d{2}/);
    const header = lines[comments.length];
    expect(header).toContain('统一社会信用代码');
    expect(header).toContain('法定代表人');
    expect(header).not.toMatch(/行业管理部门|原因|身份证/);
    const total = Number((await server.orm.em.getKnex()('organization').count({ n: '*' }).first())!.n);
    // One line per organization (business scopes hold no line breaks in the demo data).
    expect(lines.length - comments.length - 1).toBe(total);
  });

  it('applies the organizations filter and order, in English', async () => {
    const res = await download(
      '/exports/register.csv?statuses=DEREGISTERED,REVOKED&districtCodes=310115&order=REGISTERED_ON_DESC',
      'en',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filtered-\d{4}-\d{2}-\d{2}\.csv/);
    const lines = (await res.text()).trimEnd().split('\n');
    const rows = lines.filter((l) => !l.startsWith('# ') && !l.startsWith('\uFEFF#')).slice(1);
    const expected = await server.orm.em
      .getKnex()('organization')
      .whereIn('status', ['DEREGISTERED', 'REVOKED'])
      .where('district_code', '310115')
      .count({ n: '*' })
      .first();
    expect(rows.length).toBe(Number(expected!.n));
    expect(lines.find((l) => l.startsWith('Credit code'))).toContain('Deregistered on');
    for (const row of rows) expect(row).toMatch(/,(deregistered|revoked),/);
  });

  it("refuses bad parameters with a clear 400 in the caller's language, before reading anything", async () => {
    const cases: [string, RegExp][] = [
      ['statuses=ACTIVE,CLOSED', /statuses/],
      ['types=;drop table organization', /types/],
      ['districtCodes=31011', /districtCodes/],
      ['minRating=9', /minRating/],
      ['order=NAME_SIDEWAYS', /order/],
    ];
    for (const [query, named] of cases) {
      const zh = await download(`/exports/register.xlsx?${query}`);
      expect(zh.status, query).toBe(400);
      const body = (await zh.json()) as { error: string; message: string };
      expect(body.error).toBe('BAD_USER_INPUT');
      expect(body.message).toMatch(named);
      expect(body.message).toMatch(/无效/);
    }
    const en = await download('/exports/register.csv?search=x', 'en');
    expect(en.status).toBe(400);
    expect(((await en.json()) as { message: string }).message).toMatch(/search term needs 2 to 60/);
  });

  it('opens as XLSX with an About sheet naming the licence, and the register sheet', async () => {
    const res = await download('/exports/register.xlsx?types=FOUNDATION');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const [about, register] = workbook.worksheets;
    expect(about.name).toBe('说明');
    const aboutText = about.getSheetValues().flat().join(' ');
    expect(aboutText).toContain('CC BY 4.0');
    expect(register.name).toBe('登记信息');
    const foundations = await server.orm.em
      .getKnex()('organization')
      .where('type', 'FOUNDATION')
      .count({ n: '*' })
      .first();
    expect(register.rowCount - 1).toBe(Number(foundations!.n));
    expect(register.getRow(2).getCell(4).value).toBe('基金会');
  });

  it('writes formula-like text as text', async () => {
    await register('=上海市公式注入测试协会');
    const csv = await (await download('/exports/register.csv?search=公式注入测试')).text();
    expect(csv).toContain(",'=上海市公式注入测试协会,");
  });
});
