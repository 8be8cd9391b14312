import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyOf } from '../../server/graphql/node.js';
import { checkCreditCode } from '../../server/modules/registry/credit-code.js';
import { OrganizationType } from '../../server/modules/registry/enums.js';
import { expectUserErrors, freshCreditCode, registrationInput, USER_ERRORS } from '../helpers/fixtures.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../helpers/server.js';

let server: TestServer;
let officer: string;
let pudongOfficer: string;
let buyer: string;
let orgAccount: string;

beforeAll(async () => {
  server = await startTestServer({ sample: 40 });
  [officer, pudongOfficer, buyer, orgAccount] = await Promise.all(
    ['officer', 'officer.pudong', 'buyer.demo', 'org.demo'].map((u) => server.login(u)),
  );
});
afterAll(() => server?.close());

const REGISTER = `mutation($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { organization { id creditCode name version sponsorHistory { validFrom validTo reason sponsorUnit { name } } } ${USER_ERRORS} }
}`;

interface OrgNode {
  id: string;
  name: string;
  creditCode: string;
  registeredOn: string;
  type: string;
  status: string;
  district: { code: string };
}

async function listAll(filter: Record<string, unknown>, orderBy?: Record<string, unknown>, pageSize = 50) {
  const seen: OrgNode[] = [];
  let after: string | null = null;
  let total = 0;
  for (let guard = 0; guard < 100; guard++) {
    const res: GraphQLResponse<{
      organizations: {
        totalCount: number;
        nodes: OrgNode[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }> = await server.gql(
      `query($first: Int, $after: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {
        organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
          totalCount nodes { id name creditCode registeredOn type status district { code } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      { first: pageSize, after, filter, orderBy },
    );
    expect(res.errors).toBeUndefined();
    total = res.data!.organizations.totalCount;
    seen.push(...res.data!.organizations.nodes);
    if (!res.data!.organizations.pageInfo.hasNextPage) break;
    after = res.data!.organizations.pageInfo.endCursor;
  }
  return { seen, total };
}

describe('organizations: the public register', () => {
  it('pages through every match with keyset cursors, in order, without repeats', async () => {
    const { seen, total } = await listAll(
      { statuses: ['ACTIVE', 'SUSPENDED'] },
      { field: 'NAME', direction: 'ASC' },
      100,
    );
    expect(total).toBeGreaterThan(300);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((o) => o.id)).size).toBe(total);
    const names = seen.map((o) => o.name);
    expect(names).toEqual([...names].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1)));
  });

  it('orders by registration date descending and by credit code', async () => {
    const byDate = await listAll({ types: ['FOUNDATION'] }, { field: 'REGISTERED_ON', direction: 'DESC' }, 7);
    const dates = byDate.seen.map((o) => o.registeredOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const byCode = await listAll(
      { registrationLevel: 'MUNICIPAL' },
      { field: 'CREDIT_CODE', direction: 'ASC' },
      33,
    );
    const codes = byCode.seen.map((o) => o.creditCode);
    expect(codes).toEqual([...codes].sort());
  });

  it('applies every filter and counts only matches', async () => {
    const { seen, total } = await listAll({
      types: ['SOCIAL_GROUP'],
      districtCodes: ['310115'],
      statuses: ['ACTIVE'],
    });
    expect(total).toBe(seen.length);
    expect(total).toBeGreaterThan(0);
    for (const o of seen) {
      expect(o).toMatchObject({ type: 'SOCIAL_GROUP', status: 'ACTIVE', district: { code: '310115' } });
    }
    const rated = await server.gql<{
      organizations: { nodes: { rating: { grade: number; label: string } | null }[] };
    }>(`{ organizations(first: 100, filter: { minRating: 4 }) { nodes { rating { grade label } } } }`);
    expect(rated.data!.organizations.nodes.length).toBeGreaterThan(0);
    for (const o of rated.data!.organizations.nodes) expect(o.rating!.grade).toBeGreaterThanOrEqual(4);
    const brands = await server.gql<{ organizations: { nodes: { isBrand: boolean }[] } }>(
      `{ organizations(first: 100, filter: { isBrand: true }) { nodes { isBrand } } }`,
    );
    for (const o of brands.data!.organizations.nodes) expect(o.isBrand).toBe(true);
    const associations = await server.gql<{
      organizations: { totalCount: number; nodes: { isIndustryAssociation: boolean; type: string }[] };
    }>(
      `{ organizations(first: 100, filter: { isIndustryAssociation: true }) { totalCount nodes { isIndustryAssociation type } } }`,
    );
    expect(associations.data!.organizations.totalCount).toBeGreaterThan(0);
    for (const o of associations.data!.organizations.nodes)
      expect(o).toEqual({ isIndustryAssociation: true, type: 'SOCIAL_GROUP' });
  });

  it('filters by sponsor unit', async () => {
    const units = await server.gql<{ sponsorUnits: { nodes: { id: string; organizationCount: number }[] } }>(
      `{ sponsorUnits(first: 100, filter: { active: true }) { nodes { id organizationCount } } }`,
    );
    const unit = units.data!.sponsorUnits.nodes.find((u) => u.organizationCount > 0)!;
    const res = await server.gql<{
      organizations: { totalCount: number; nodes: { sponsorUnit: { id: string } }[] };
    }>(
      `query($id: ID!) { organizations(first: 100, filter: { sponsorUnitId: $id, statuses: [ACTIVE, SUSPENDED] }) { totalCount nodes { sponsorUnit { id } } } }`,
      { id: unit.id },
    );
    expect(res.data!.organizations.totalCount).toBe(unit.organizationCount);
    for (const o of res.data!.organizations.nodes) expect(o.sponsorUnit.id).toBe(unit.id);
  });

  it('refuses more than 100 a page and bad cursors, with a clear message', async () => {
    const tooMany = await server.gql(`{ organizations(first: 101) { totalCount } }`, {}, { locale: 'en' });
    expect(tooMany.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].message).toMatch(/0 to 100/);
    const badCursor = await server.gql(`{ organizations(first: 5, after: "nonsense") { totalCount } }`);
    expect(badCursor.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(badCursor.errors![0].message).toMatch(/游标/);
  });

  it('searches Chinese names by two or more characters, English names and codes, exact and prefix first', async () => {
    const sample = (await listAll({}, undefined, 100)).seen;
    const target = sample[17];
    const twoChars = [...target.name].slice(3, 5).join('');
    const res = await server.gql<{
      organizations: {
        totalCount: number;
        nodes: { name: string; englishName: string; creditCode: string }[];
      };
    }>(
      `query($s: String) { organizations(first: 100, filter: { search: $s }) { totalCount nodes { name englishName creditCode } } }`,
      { s: twoChars },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.organizations.totalCount).toBeGreaterThanOrEqual(
      sample.filter((o) => o.name.includes(twoChars)).length,
    );
    expect(res.data!.organizations.nodes.map((o) => o.name)).toContain(target.name);
    for (const o of res.data!.organizations.nodes) {
      expect(`${o.name}|${o.englishName.toLowerCase()}|${o.creditCode.toLowerCase()}`).toContain(
        twoChars.toLowerCase(),
      );
    }

    const exact = await server.gql<{ organizations: { nodes: { name: string }[] } }>(
      `query($s: String) { organizations(first: 5, filter: { search: $s }) { nodes { name } } }`,
      { s: target.name },
    );
    expect(exact.data!.organizations.nodes[0].name).toBe(target.name);

    const byCode = await server.gql<{ organizations: { nodes: { creditCode: string }[] } }>(
      `query($s: String) { organizations(first: 5, filter: { search: $s }) { nodes { creditCode } } }`,
      { s: target.creditCode.slice(0, 12).toLowerCase() },
    );
    expect(byCode.data!.organizations.nodes[0].creditCode).toBe(target.creditCode);

    const english = await server.gql<{
      organizations: { totalCount: number; nodes: { englishName: string }[] };
    }>(`{ organizations(first: 20, filter: { search: "foundation" }) { totalCount nodes { englishName } } }`);
    expect(english.data!.organizations.totalCount).toBeGreaterThan(0);
    for (const o of english.data!.organizations.nodes)
      expect(o.englishName.toLowerCase()).toContain('foundation');

    const tooShort = await server.gql(`{ organizations(first: 5, filter: { search: "浦" }) { totalCount } }`);
    expect(tooShort.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('counts search matches exactly as a substring scan would', async () => {
    for (const term of ['协会', '服务中心', '基金会', '浦东新区']) {
      const res = await server.gql<{ organizations: { totalCount: number } }>(
        `query($s: String) { organizations(first: 1, filter: { search: $s }) { totalCount } }`,
        { s: term },
      );
      const expected = await server.orm.em
        .getKnex()('organization')
        .count({ n: '*' })
        .whereRaw('strpos(name, ?) > 0 or strpos(lower(english_name), ?) > 0', [term, term])
        .first();
      expect(res.data!.organizations.totalCount, term).toBe(Number(expected!.n));
      expect(Number(expected!.n), `${term} should occur in the sample`).toBeGreaterThan(0);
    }
  });

  it('shows anonymous callers the public register only', async () => {
    const res = await server.gql<{ organizations: { nodes: { name: string }[] } }>(
      `{ organizations(first: 3) { nodes { name creditCode type status district { name } sponsorUnit { name } rating { label } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.organizations.nodes).toHaveLength(3);
    const internal = await server.gql<{ organizations: { nodes: { legalRepresentative: string | null }[] } }>(
      `{ organizations(first: 1) { nodes { name legalRepresentative } } }`,
    );
    expect(internal.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(internal.data!.organizations.nodes[0].legalRepresentative).toBeNull();
    const loggedIn = await server.gql<{ organizations: { nodes: { legalRepresentative: string | null }[] } }>(
      `{ organizations(first: 1) { nodes { legalRepresentative sponsorHistory { validFrom } } } }`,
      {},
      { token: officer },
    );
    expect(loggedIn.errors).toBeUndefined();
    expect(loggedIn.data!.organizations.nodes[0].legalRepresentative).toBeTruthy();
    const forBuyer = await server.gql<{
      organizations: { nodes: { viewerCanSeeDetails: boolean; legalRepresentative: string | null }[] };
    }>(
      `{ organizations(first: 1) { nodes { viewerCanSeeDetails legalRepresentative } } }`,
      {},
      { token: buyer },
    );
    expect(forBuyer.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(forBuyer.data!.organizations.nodes[0]).toEqual({
      viewerCanSeeDetails: false,
      legalRepresentative: null,
    });
  });

  it('finds an organization by id, credit code and node', async () => {
    const first = (await listAll({ types: ['FOUNDATION'] }, undefined, 5)).seen[0];
    const res = await server.gql<{
      organization: { name: string };
      organizationByCreditCode: { id: string };
      node: { name: string };
      nodes: ({ id: string } | null)[];
    }>(
      `query($id: ID!, $code: String!) {
        organization(id: $id) { name }
        organizationByCreditCode(creditCode: $code) { id }
        node(id: $id) { ... on Organization { name } }
        nodes(ids: [$id, "bm9wZTox"]) { id }
      }`,
      { id: first.id, code: first.creditCode.toLowerCase() },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.organization.name).toBe(first.name);
    expect(res.data!.organizationByCreditCode.id).toBe(first.id);
    expect(res.data!.node.name).toBe(first.name);
    expect(res.data!.nodes).toEqual([{ id: first.id }, null]);
  });
});

describe('registryStatistics', () => {
  it("gives a district officer its district's registrations and the city to a municipal one", async () => {
    const STATS = `{ registryStatistics { total byStatus { key count } byDistrict { key count } } }`;
    const city = await server.gql<{ registryStatistics: { total: number } }>(STATS, {}, { token: officer });
    const pudong = await server.gql<{
      registryStatistics: { total: number; byDistrict: { key: string; count: number }[] };
    }>(STATS, {}, { token: pudongOfficer });
    const expected = await server.orm.em
      .getKnex()('organization')
      .where({ registration_level: 'DISTRICT', district_code: '310115' })
      .whereIn('status', ['ACTIVE', 'SUSPENDED'])
      .count({ n: '*' })
      .first();
    expect(pudong.data!.registryStatistics.total).toBe(Number(expected!.n));
    expect(pudong.data!.registryStatistics.byDistrict.map((d) => d.key)).toEqual(['310115']);
    expect(city.data!.registryStatistics.total).toBeGreaterThan(pudong.data!.registryStatistics.total);
    const labels = await server.gql<{
      registryStatistics: { byType: { key: string; label: string }[]; byDistrict: { label: string }[] };
    }>(
      `{ registryStatistics { byType { key label } byDistrict { label } } }`,
      {},
      { token: pudongOfficer, locale: 'en' },
    );
    expect(labels.data!.registryStatistics.byType.find((b) => b.key === 'FOUNDATION')!.label).toBe(
      'foundation',
    );
    expect(labels.data!.registryStatistics.byDistrict).toEqual([{ label: 'Pudong' }]);
  });
});

describe('registerOrganization', () => {
  it('registers with a valid code, opens the first sponsorship period and records the trail', async () => {
    const units = await server.gql<{ sponsorUnits: { nodes: { id: string; name: string }[] } }>(
      `{ sponsorUnits(first: 1, filter: { active: true }) { nodes { id name } } }`,
    );
    const unit = units.data!.sponsorUnits.nodes[0];
    const input = registrationInput({ sponsorUnitId: unit.id });
    expect(checkCreditCode(input.creditCode, OrganizationType.SOCIAL_GROUP)).toBeNull();
    const res = await server.gql<{
      registerOrganization: {
        organization: { id: string; version: number; sponsorHistory: unknown[] };
        userErrors: [];
      };
    }>(REGISTER, { input }, { token: officer });
    expect(res.errors).toBeUndefined();
    expect(res.data!.registerOrganization.userErrors).toEqual([]);
    const org = res.data!.registerOrganization.organization;
    expect(org.sponsorHistory).toEqual([
      { validFrom: '2019-06-01', validTo: null, reason: '成立登记', sponsorUnit: { name: unit.name } },
    ]);
    const trail = await server.gql<{
      auditTrail: {
        nodes: { action: string; actorName: string; changes: Record<string, { after: unknown }> }[];
      };
    }>(
      `query($id: ID!) { auditTrail(first: 5, filter: { subjectId: $id, action: "registerOrganization" }) { nodes { action actorName changes } } }`,
      { id: org.id },
      { token: officer },
    );
    expect(trail.data!.auditTrail.nodes).toHaveLength(1);
    expect(trail.data!.auditTrail.nodes[0]).toMatchObject({
      action: 'registerOrganization',
      actorName: 'officer',
    });
    expect(trail.data!.auditTrail.nodes[0].changes.creditCode.after).toBe(input.creditCode);
  });

  it('names the failed credit-code check in the language asked for, and writes nothing', async () => {
    const before = await server.orm.em.getKnex()('organization').count({ n: '*' }).first();
    const valid = freshCreditCode();
    const cases: [string, RegExp, RegExp][] = [
      [valid.slice(0, 17), /18 位/, /18 characters/],
      [`${valid.slice(0, 17)}${valid[17] === '0' ? '1' : '0'}`, /第 18 位校验码/, /Position 18/],
      ['91350203M0001QAY9B', /登记管理部门/, /authority/],
      [freshCreditCode(OrganizationType.FOUNDATION), /机构类别/, /category/],
    ];
    for (const [code, zh, en] of cases) {
      const zhRes = await server.gql<{ registerOrganization: { organization: null; userErrors: [] } }>(
        REGISTER,
        { input: registrationInput({ creditCode: code }) },
        { token: officer },
      );
      const [zhError] = expectUserErrors(zhRes.data!.registerOrganization, ['INVALID_CREDIT_CODE']);
      expect(zhError.field).toEqual(['input', 'creditCode']);
      expect(zhError.message).toMatch(zh);
      expect(zhRes.data!.registerOrganization.organization).toBeNull();
      const enRes = await server.gql<{ registerOrganization: { userErrors: [] } }>(
        REGISTER,
        { input: registrationInput({ creditCode: code }) },
        { token: officer, locale: 'en-US,en;q=0.9' },
      );
      expect(expectUserErrors(enRes.data!.registerOrganization, ['INVALID_CREDIT_CODE'])[0].message).toMatch(
        en,
      );
    }
    const orgCodeBroken = (() => {
      const c = freshCreditCode();
      const wrong17 = c[16] === '0' ? '1' : '0';
      return c.slice(0, 16) + wrong17 + c[17];
    })();
    const res = await server.gql<{ registerOrganization: { userErrors: [] } }>(
      REGISTER,
      { input: registrationInput({ creditCode: orgCodeBroken }) },
      { token: officer },
    );
    expect(expectUserErrors(res.data!.registerOrganization, ['INVALID_CREDIT_CODE'])[0].message).toMatch(
      /第 1[78] 位/,
    );
    const after = await server.orm.em.getKnex()('organization').count({ n: '*' }).first();
    expect(after!.n).toBe(before!.n);
  });

  it('records a code with a failing check character only through a written exception the trail keeps', async () => {
    const valid = freshCreditCode();
    const broken = `${valid.slice(0, 17)}${valid[17] === '0' ? '1' : '0'}`;
    const refused = await server.gql<{ registerOrganization: { userErrors: [] } }>(
      REGISTER,
      { input: registrationInput({ creditCode: broken }) },
      { token: officer },
    );
    expectUserErrors(refused.data!.registerOrganization, ['INVALID_CREDIT_CODE']);
    const reason = '历史登记证书所载代码，经核实无误';
    const accepted = await server.gql<{
      registerOrganization: { organization: { id: string; creditCode: string }; userErrors: [] };
    }>(
      REGISTER,
      { input: registrationInput({ creditCode: broken, creditCodeExceptionReason: reason }) },
      { token: officer },
    );
    expect(accepted.data!.registerOrganization.userErrors).toEqual([]);
    expect(accepted.data!.registerOrganization.organization.creditCode).toBe(broken);
    const event = await server.orm.em
      .getKnex()('audit_event')
      .where({ subject_id: accepted.data!.registerOrganization.organization.id })
      .first();
    expect(event.changes.creditCodeExceptionReason).toEqual({ before: null, after: reason });
    // The exception waives only the check characters, never the structure.
    const wrongCategory = await server.gql<{ registerOrganization: { userErrors: [] } }>(
      REGISTER,
      {
        input: registrationInput({
          creditCode: freshCreditCode(OrganizationType.FOUNDATION),
          creditCodeExceptionReason: reason,
        }),
      },
      { token: officer },
    );
    expectUserErrors(wrongCategory.data!.registerOrganization, ['INVALID_CREDIT_CODE']);
  });

  it('refuses a day that does not exist and money with three decimals, in the language asked for', async () => {
    const zh = await server.gql(
      REGISTER,
      { input: registrationInput({ registeredOn: '2019-02-30' }) },
      { token: officer },
    );
    expect(zh.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: ['input', 'registeredOn'] },
    });
    expect(zh.errors![0].message).toMatch(/日期应为有效的日历日期/);
    const en = await server.gql(
      REGISTER,
      { input: registrationInput({ registeredCapital: '10.125' }) },
      { token: officer, locale: 'en' },
    );
    expect(en.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: ['input', 'registeredCapital'] },
    });
    expect(en.errors![0].message).toMatch(/at most two decimals/);
  });

  it('reports every missing or bad field at once', async () => {
    const res = await server.gql<{ registerOrganization: { userErrors: [] } }>(
      REGISTER,
      {
        input: registrationInput({
          name: '  ',
          legalRepresentative: '',
          registeredCapital: '-5.00',
          districtCode: '999999',
          registeredOn: '2999-01-01',
          sponsorUnitId: 'U3BvbnNvclVuaXQ6OTk5OTk5',
        }),
      },
      { token: officer },
    );
    const errors = expectUserErrors(res.data!.registerOrganization, [
      'REQUIRED',
      'REQUIRED',
      'INVALID',
      'NOT_FOUND',
      'INVALID',
      'NOT_FOUND',
    ]);
    expect(errors.map((e) => e.field![1]).sort()).toEqual(
      [
        'name',
        'legalRepresentative',
        'registeredCapital',
        'districtCode',
        'registeredOn',
        'sponsorUnitId',
      ].sort(),
    );
  });

  it('refuses a taken credit code or name, and an abolished sponsor unit', async () => {
    const input = registrationInput();
    await server.gql(REGISTER, { input }, { token: officer });
    const again = await server.gql<{ registerOrganization: { userErrors: [] } }>(
      REGISTER,
      { input },
      { token: officer },
    );
    expectUserErrors(again.data!.registerOrganization, ['TAKEN', 'TAKEN']);
    const inactive = await server.gql<{ sponsorUnits: { nodes: { id: string }[] } }>(
      `{ sponsorUnits(first: 1, filter: { active: false }) { nodes { id } } }`,
    );
    const res = await server.gql<{ registerOrganization: { userErrors: [] } }>(
      REGISTER,
      { input: registrationInput({ sponsorUnitId: inactive.data!.sponsorUnits.nodes[0].id }) },
      { token: officer },
    );
    expectUserErrors(res.data!.registerOrganization, ['INACTIVE_SPONSOR_UNIT']);
  });

  it('lets officers register, refuses other roles and anonymous callers', async () => {
    const forBuyer = await server.gql(REGISTER, { input: registrationInput() }, { token: buyer });
    expect(forBuyer.errors![0].extensions!.code).toBe('FORBIDDEN');
    const forOrg = await server.gql(REGISTER, { input: registrationInput() }, { token: orgAccount });
    expect(forOrg.errors![0].extensions!.code).toBe('FORBIDDEN');
    const anonymous = await server.gql(REGISTER, { input: registrationInput() });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(anonymous.errors![0].message).toBe('请先登录。');
  });

  it("keeps a district officer to its own district's registrations", async () => {
    const pudong = registrationInput({
      registrationLevel: 'DISTRICT',
      districtCode: '310115',
      creditCode: freshCreditCode(OrganizationType.SOCIAL_GROUP, '310115'),
    });
    const ok = await server.gql<{ registerOrganization: { userErrors: [] } }>(
      REGISTER,
      { input: pudong },
      { token: pudongOfficer },
    );
    expect(ok.data!.registerOrganization.userErrors).toEqual([]);
    const xuhui = registrationInput({
      registrationLevel: 'DISTRICT',
      districtCode: '310104',
      creditCode: freshCreditCode(OrganizationType.SOCIAL_GROUP, '310104'),
    });
    const refused = await server.gql(REGISTER, { input: xuhui }, { token: pudongOfficer });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const municipal = await server.gql(REGISTER, { input: registrationInput() }, { token: pudongOfficer });
    expect(municipal.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('changing a record', () => {
  async function newOrganization() {
    const res = await server.gql<{ registerOrganization: { organization: { id: string; version: number } } }>(
      REGISTER,
      { input: registrationInput() },
      { token: officer },
    );
    return res.data!.registerOrganization.organization;
  }

  const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { version domicile } ${USER_ERRORS} } }`;

  it('updates with the current version and refuses a stale one', async () => {
    const org = await newOrganization();
    const first = await server.gql<{
      updateOrganization: { organization: { version: number; domicile: string } };
    }>(
      UPDATE,
      { input: { id: org.id, version: org.version, domicile: '上海市黄浦区新地址1号' } },
      { token: officer },
    );
    expect(first.data!.updateOrganization.organization).toEqual({
      version: org.version + 1,
      domicile: '上海市黄浦区新地址1号',
    });
    const stale = await server.gql<{ updateOrganization: { organization: null; userErrors: [] } }>(
      UPDATE,
      { input: { id: org.id, version: org.version, domicile: '上海市黄浦区旧地址2号' } },
      { token: officer },
    );
    expectUserErrors(stale.data!.updateOrganization, ['STALE_VERSION']);
  });

  it('lets exactly one of two simultaneous updates of the same version win', async () => {
    const org = await newOrganization();
    const results = await Promise.all(
      ['甲', '乙'].map((mark) =>
        server.gql<{
          updateOrganization: { organization: { domicile: string } | null; userErrors: { code: string }[] };
        }>(
          UPDATE,
          { input: { id: org.id, version: org.version, domicile: `上海市黄浦区${mark}路1号` } },
          { token: officer },
        ),
      ),
    );
    const winners = results.filter((r) => r.data!.updateOrganization.userErrors.length === 0);
    const losers = results.filter((r) => r.data!.updateOrganization.userErrors[0]?.code === 'STALE_VERSION');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const stored = await server.gql<{ organization: { domicile: string; version: number } }>(
      `query($id: ID!) { organization(id: $id) { domicile version } }`,
      { id: org.id },
      { token: officer },
    );
    expect(stored.data!.organization).toEqual({
      domicile: winners[0].data!.updateOrganization.organization!.domicile,
      version: org.version + 1,
    });
  });

  it('allows only the status transitions of the register', async () => {
    const org = await newOrganization();
    const CHANGE = `mutation($input: ChangeOrganizationStatusInput!) { changeOrganizationStatus(input: $input) { organization { status } ${USER_ERRORS} } }`;
    const change = (status: string) =>
      server.gql<{ changeOrganizationStatus: { organization: { status: string } | null; userErrors: [] } }>(
        CHANGE,
        { input: { organizationId: org.id, status, reason: '测试' } },
        { token: officer },
      );
    expect((await change('SUSPENDED')).data!.changeOrganizationStatus.organization!.status).toBe('SUSPENDED');
    expect((await change('ACTIVE')).data!.changeOrganizationStatus.organization!.status).toBe('ACTIVE');
    expect((await change('DEREGISTERED')).data!.changeOrganizationStatus.organization!.status).toBe(
      'DEREGISTERED',
    );
    expectUserErrors((await change('ACTIVE')).data!.changeOrganizationStatus, ['INVALID_TRANSITION']);
  });
});

describe('sponsor units', () => {
  const CHANGE = `mutation($input: ChangeSponsorUnitInput!) {
    changeSponsorUnit(input: $input) { organization { sponsorUnit { id } sponsorHistory { validFrom validTo reason sponsorUnit { id } } } ${USER_ERRORS} }
  }`;
  const TRANSFER = `mutation($input: TransferSponsorUnitInput!) {
    transferSponsorUnit(input: $input) { transferredCount fromSponsorUnit { organizationCount } toSponsorUnit { id organizationCount } ${USER_ERRORS} }
  }`;

  async function units(active: boolean) {
    const res = await server.gql<{
      sponsorUnits: { nodes: { id: string; name: string; organizationCount: number }[] };
    }>(
      `query($active: Boolean) { sponsorUnits(first: 100, filter: { active: $active }) { nodes { id name organizationCount } } }`,
      { active },
    );
    return res.data!.sponsorUnits.nodes;
  }

  it('records a change and a decoupling as closed and new periods', async () => {
    const [a, b] = await units(true);
    const reg = await server.gql<{ registerOrganization: { organization: { id: string } } }>(
      REGISTER,
      { input: registrationInput({ sponsorUnitId: a.id, isIndustryAssociation: true }) },
      { token: officer },
    );
    const id = reg.data!.registerOrganization.organization.id;
    const moved = await server.gql<{
      changeSponsorUnit: {
        organization: {
          sponsorHistory: { validFrom: string; validTo: string | null; sponsorUnit: { id: string } | null }[];
        };
      };
    }>(
      CHANGE,
      {
        input: {
          organizationId: id,
          sponsorUnitId: b.id,
          effectiveOn: '2020-01-01',
          reason: '业务主管单位变更',
        },
      },
      { token: officer },
    );
    expect(
      moved.data!.changeSponsorUnit.organization.sponsorHistory.map((p) => [
        p.validFrom,
        p.validTo,
        p.sponsorUnit?.id,
      ]),
    ).toEqual([
      ['2019-06-01', '2019-12-31', a.id],
      ['2020-01-01', null, b.id],
    ]);
    const decoupled = await server.gql<{
      changeSponsorUnit: {
        organization: { sponsorUnit: null; sponsorHistory: { sponsorUnit: null; reason: string }[] };
      };
    }>(
      CHANGE,
      {
        input: {
          organizationId: id,
          sponsorUnitId: null,
          effectiveOn: '2021-03-01',
          reason: '行业协会商会与行政机关脱钩',
        },
      },
      { token: officer },
    );
    const org = decoupled.data!.changeSponsorUnit.organization;
    expect(org.sponsorUnit).toBeNull();
    expect(org.sponsorHistory.at(-1)).toEqual({
      validFrom: '2021-03-01',
      validTo: null,
      reason: '行业协会商会与行政机关脱钩',
      sponsorUnit: null,
    });
    const tooEarly = await server.gql<{ changeSponsorUnit: { userErrors: [] } }>(
      CHANGE,
      { input: { organizationId: id, sponsorUnitId: a.id, effectiveOn: '2021-03-01', reason: '再次变更' } },
      { token: officer },
    );
    expectUserErrors(tooEarly.data!.changeSponsorUnit, ['INVALID']);
  });

  it('transfers every organization of a unit in one transaction', async () => {
    const active = await units(true);
    const from = active
      .filter((u) => u.organizationCount > 1)
      .sort((x, y) => y.organizationCount - x.organizationCount)[0];
    const to = active.find((u) => u.id !== from.id)!;
    const res = await server.gql<{
      transferSponsorUnit: {
        transferredCount: number;
        fromSponsorUnit: { organizationCount: number };
        toSponsorUnit: { organizationCount: number };
        userErrors: [];
      };
    }>(
      TRANSFER,
      {
        input: {
          fromSponsorUnitId: from.id,
          toSponsorUnitId: to.id,
          effectiveOn: '2026-01-01',
          reason: '机构改革业务主管单位调整',
        },
      },
      { token: officer },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.transferSponsorUnit.userErrors).toEqual([]);
    expect(res.data!.transferSponsorUnit.transferredCount).toBe(from.organizationCount);
    expect(res.data!.transferSponsorUnit.fromSponsorUnit.organizationCount).toBe(0);
    expect(res.data!.transferSponsorUnit.toSponsorUnit.organizationCount).toBe(
      to.organizationCount + from.organizationCount,
    );
    const knex = server.orm.em.getKnex();
    const closed = await knex('sponsorship_period')
      .where({ valid_to: '2025-12-31', sponsor_unit_id: keyOf(from.id, 'SponsorUnit') })
      .count({ n: '*' })
      .first();
    expect(Number(closed!.n)).toBe(from.organizationCount);
    const moved = await knex('sponsorship_period')
      .where({ valid_from: '2026-01-01', reason: '机构改革业务主管单位调整' })
      .count({ n: '*' })
      .first();
    expect(Number(moved!.n)).toBe(from.organizationCount);
    const events = await knex('audit_event')
      .where({ action: 'transferSponsorUnit' })
      .count({ n: '*' })
      .first();
    expect(Number(events!.n)).toBe(from.organizationCount);

    const again = await server.gql<{ transferSponsorUnit: { userErrors: [] } }>(
      TRANSFER,
      {
        input: {
          fromSponsorUnitId: from.id,
          toSponsorUnitId: to.id,
          effectiveOn: '2026-02-01',
          reason: '再次转移',
        },
      },
      { token: officer },
    );
    expectUserErrors(again.data!.transferSponsorUnit, ['NOTHING_TO_TRANSFER']);
  });

  it('refuses a transfer to an abolished unit and changes nothing', async () => {
    const from = (await units(true)).find((u) => u.organizationCount > 0)!;
    const inactive = (await units(false))[0];
    const periodsBefore = await server.orm.em.getKnex()('sponsorship_period').count({ n: '*' }).first();
    const res = await server.gql<{ transferSponsorUnit: { userErrors: [] } }>(
      TRANSFER,
      {
        input: {
          fromSponsorUnitId: from.id,
          toSponsorUnitId: inactive.id,
          effectiveOn: '2026-01-01',
          reason: '测试',
        },
      },
      { token: officer, locale: 'en' },
    );
    const [error] = expectUserErrors(res.data!.transferSponsorUnit, ['INACTIVE_SPONSOR_UNIT']);
    expect(error.message).toMatch(/abolished/);
    const periodsAfter = await server.orm.em.getKnex()('sponsorship_period').count({ n: '*' }).first();
    expect(periodsAfter!.n).toBe(periodsBefore!.n);
    expect((await units(true)).find((u) => u.id === from.id)!.organizationCount).toBe(from.organizationCount);
  });

  it('keeps transfers to municipal officers', async () => {
    const [from, to] = await units(true);
    const res = await server.gql(
      TRANSFER,
      {
        input: {
          fromSponsorUnitId: from.id,
          toSponsorUnitId: to.id,
          effectiveOn: '2026-01-01',
          reason: '测试',
        },
      },
      { token: pudongOfficer },
    );
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
