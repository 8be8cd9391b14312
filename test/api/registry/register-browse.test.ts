import { describe, expect, it } from 'vitest';
import { buyer, officer, server, useRegistryServer } from '../../fixtures/registry.js';
import type { GraphQLResponse } from '../../helpers/server.js';
import { pinyinSortKey } from '../../../server/common/pinyin.js';

useRegistryServer();

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
    // Pinyin order (拼音排序, issue 9): by the names' pinyin, homophones by the names' code points.
    const names = seen.map((o) => o.name);
    const key = (name: string) => Buffer.from(`${pinyinSortKey(name)}\u0000${name}`);
    expect(names).toEqual([...names].sort((a, b) => Buffer.compare(key(a), key(b))));
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
        nodes: { name: string; englishName: string | null; creditCode: string }[];
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
      expect(`${o.name}|${(o.englishName ?? '').toLowerCase()}|${o.creditCode.toLowerCase()}`).toContain(
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
      organizations: { totalCount: number; nodes: { englishName: string | null }[] };
    }>(`{ organizations(first: 20, filter: { search: "foundation" }) { totalCount nodes { englishName } } }`);
    expect(english.data!.organizations.totalCount).toBeGreaterThan(0);
    for (const o of english.data!.organizations.nodes)
      expect(o.englishName!.toLowerCase()).toContain('foundation');

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
    type Internal = { organizations: { nodes: { sponsorHistory: { validFrom: string }[] | null }[] } };
    const internal = await server.gql<Internal>(
      `{ organizations(first: 1) { nodes { name sponsorHistory { validFrom } } } }`,
    );
    expect(internal.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(internal.data!.organizations.nodes[0].sponsorHistory).toBeNull();
    const loggedIn = await server.gql<Internal>(
      `{ organizations(first: 1) { nodes { legalRepresentative sponsorHistory { validFrom } } } }`,
      {},
      { token: officer },
    );
    expect(loggedIn.errors).toBeUndefined();
    expect(loggedIn.data!.organizations.nodes[0].sponsorHistory!.length).toBeGreaterThan(0);
    const forBuyer = await server.gql<{
      organizations: { nodes: { viewerCanSeeDetails: boolean; sponsorHistory: unknown }[] };
    }>(
      `{ organizations(first: 1) { nodes { viewerCanSeeDetails sponsorHistory { validFrom } } } }`,
      {},
      { token: buyer },
    );
    expect(forBuyer.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(forBuyer.data!.organizations.nodes[0]).toEqual({
      viewerCanSeeDetails: false,
      sponsorHistory: null,
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
