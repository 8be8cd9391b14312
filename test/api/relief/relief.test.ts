import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../server/graphql/ids.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { expectUserErrors, USER_ERRORS } from '../../helpers/user-errors.js';

// The whole demo city: the 2019 figures are the city's, not a sample's.
let server: TestServer;
let officer: string;
let pudong: string;
let org: string;
beforeAll(async () => {
  server = await startTestServer({ sample: 1 });
  [officer, pudong, org] = await Promise.all(
    ['officer', 'officer.pudong', 'org.demo'].map((u) => server.login(u)),
  );
}, 300_000);
afterAll(() => server?.close());

interface Bucket {
  key: string;
  name: string | null;
  parentKey: string | null;
  organizationCount: number;
  projectCount: number;
  totalInvestment: string;
}
const STATISTICS = `query($year: Int, $districtCodes: [String!]) {
  reliefStatistics(year: $year, districtCodes: $districtCodes) {
    year organizationCount projectCount totalInvestment
    byProvince { key name organizationCount projectCount totalInvestment }
    byRegion { key name parentKey projectCount totalInvestment }
    byCategory { key projectCount totalInvestment }
    byPolicyPeriod { key projectCount totalInvestment }
    byYear { key projectCount organizationCount totalInvestment }
  }
}`;
interface Statistics {
  reliefStatistics: {
    organizationCount: number;
    projectCount: number;
    totalInvestment: string;
    byProvince: Bucket[];
    byRegion: Bucket[];
    byCategory: Bucket[];
    byPolicyPeriod: Bucket[];
    byYear: Bucket[];
  };
}

const sumOf = (buckets: Bucket[]) =>
  buckets.reduce((s, b) => s + BigInt(b.totalInvestment.replace('.', '')), 0n).toString();

describe('relief statistics', () => {
  it('reproduce the source figures for 2019: 191 organizations, 675 projects, 1,034,000,000.00 yuan', async () => {
    const res = await server.gql<Statistics>(STATISTICS, { year: 2019 }, { token: officer });
    const s = res.data!.reliefStatistics;
    expect([s.organizationCount, s.projectCount, s.totalInvestment]).toEqual([191, 675, '1034000000.00']);
    for (const breakdown of [s.byProvince, s.byRegion, s.byCategory, s.byPolicyPeriod]) {
      expect(breakdown.reduce((n, b) => n + b.projectCount, 0)).toBe(675);
      expect(sumOf(breakdown)).toBe('103400000000');
    }
    expect(s.byPolicyPeriod.map((b) => b.key)).toEqual(['POVERTY_ALLEVIATION']);
    expect(s.byProvince.find((b) => b.key === '530000')!.name).toBe('云南省');
    expect(s.byRegion.find((b) => b.key === '653100')).toMatchObject({
      name: '喀什地区',
      parentKey: '650000',
    });
    expect(s.byYear.map((b) => b.key)).toEqual(['2016', '2017', '2018', '2019']);
    expect(s.byYear.find((b) => b.key === '2019')).toMatchObject({
      projectCount: 675,
      organizationCount: 191,
    });
  });

  it('count what a district officer’s district registered, and filter by district', async () => {
    const mine = await server.gql<Statistics>(STATISTICS, { year: 2019 }, { token: pudong });
    const filtered = await server.gql<Statistics>(
      STATISTICS,
      { year: 2019, districtCodes: ['310115'] },
      { token: officer },
    );
    expect(mine.data!.reliefStatistics.projectCount).toBeLessThan(675);
    expect(filtered.data!.reliefStatistics.projectCount).toBeLessThan(675);
    expect(filtered.data!.reliefStatistics.projectCount).toBeGreaterThanOrEqual(
      mine.data!.reliefStatistics.projectCount,
    );
    const anonymous = await server.gql(STATISTICS, { year: 2019 });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('relief projects', () => {
  const REGISTER = `mutation($input: RegisterReliefProjectInput!) {
    registerReliefProject(input: $input) { reliefProject { id version year policyPeriod status title region { province prefecture county } beneficiaries { people households } } ${USER_ERRORS} }
  }`;
  const UPDATE = `mutation($input: UpdateReliefProjectInput!) {
    updateReliefProject(input: $input) { reliefProject { version status investedAmount } progressUpdate { reportedOn investedAmount note } ${USER_ERRORS} }
  }`;
  const LINK = `mutation($input: LinkReliefDuplicateInput!) { linkReliefDuplicate(input: $input) { reliefProject { duplicateOfId } ${USER_ERRORS} } }`;
  const input = (overrides: Record<string, unknown> = {}) => ({
    title: '巴楚县红枣种植产业扶贫项目',
    countyCode: '653130',
    category: 'INDUSTRY',
    committedAmount: '500000.00',
    investedAmount: '200000.00',
    beneficiaryPeople: 320,
    beneficiaryHouseholds: 90,
    startsOn: '2021-04-01',
    endsOn: '2022-12-31',
    partners: '巴楚县农业农村局',
    ...overrides,
  });

  it('an organization registers one, tagged by policy period; progress updates are kept and traced', async () => {
    const res = await server.gql<{
      registerReliefProject: {
        reliefProject: {
          id: string;
          version: number;
          year: number;
          policyPeriod: string;
          region: { province: string };
        };
      };
    }>(REGISTER, { input: input() }, { token: org });
    const project = res.data!.registerReliefProject.reliefProject;
    expect(project).toMatchObject({
      year: 2021,
      policyPeriod: 'RURAL_REVITALIZATION',
      region: { province: '新疆维吾尔自治区' },
    });
    const updated = await server.gql<{
      updateReliefProject: {
        reliefProject: { status: string; investedAmount: string };
        progressUpdate: { note: string };
      };
    }>(
      UPDATE,
      {
        input: {
          projectId: project.id,
          version: project.version,
          status: 'ACTIVE',
          investedAmount: '350000.00',
          note: '第二批资金到位',
        },
      },
      { token: org },
    );
    expect(updated.data!.updateReliefProject).toMatchObject({
      reliefProject: { status: 'ACTIVE', investedAmount: '350000.00' },
      progressUpdate: { note: '第二批资金到位' },
    });
    const stale = await server.gql<{ updateReliefProject: { userErrors: never[] } }>(
      UPDATE,
      { input: { projectId: project.id, version: project.version, note: 'x' } },
      { token: org },
    );
    expectUserErrors(stale.data!.updateReliefProject, ['STALE_VERSION']);
    const history = await server.gql<{ reliefProject: { progressUpdates: { investedAmount: string }[] } }>(
      `query($id: ID!) { reliefProject(id: $id) { progressUpdates { investedAmount } } }`,
      { id: project.id },
      { token: org },
    );
    expect(history.data!.reliefProject.progressUpdates).toEqual([{ investedAmount: '350000.00' }]);
    const actions = await server.orm.em
      .getKnex()('audit_event')
      .where({ subject_type: 'ReliefProject' })
      .pluck('action');
    expect(actions).toEqual(['registerReliefProject', 'updateReliefProject']);
  });

  it('refuses a county outside the paired-assistance regions and bad figures, in the user’s language', async () => {
    const res = await server.gql<{ registerReliefProject: { userErrors: never[] } }>(
      REGISTER,
      {
        input: input({
          countyCode: '310115',
          beneficiaryPeople: -1,
          investedAmount: '-5.00',
          endsOn: '2020-01-01',
        }),
      },
      { token: org, locale: 'en' },
    );
    const errors = expectUserErrors(res.data!.registerReliefProject, [
      'UNKNOWN_REGION',
      'INVALID',
      'INVALID',
      'INVALID',
    ]);
    expect(errors[0].message).toMatch(/paired-assistance/);
  });

  it('officers see possible duplicates and link one, and the statistics then count it once', async () => {
    const candidates = await server.gql<{
      reliefDuplicateCandidates: {
        project: { id: string; title: string };
        other: { id: string; title: string };
        similarity: number;
      }[];
    }>(
      `{ reliefDuplicateCandidates(year: 2018, first: 10) { project { id title } other { id title } similarity } }`,
      {},
      { token: officer },
    );
    const pairs = candidates.data!.reliefDuplicateCandidates;
    expect(pairs.length).toBeGreaterThanOrEqual(4);
    const before = await server.gql<Statistics>(STATISTICS, { year: 2018 }, { token: officer });
    const linked = await server.gql<{ linkReliefDuplicate: { reliefProject: { duplicateOfId: string } } }>(
      LINK,
      { input: { projectId: pairs[0].other.id, duplicateOfId: pairs[0].project.id } },
      { token: officer },
    );
    expect(linked.data!.linkReliefDuplicate.reliefProject.duplicateOfId).toBe(pairs[0].project.id);
    const after = await server.gql<Statistics>(STATISTICS, { year: 2018 }, { token: officer });
    expect(after.data!.reliefStatistics.projectCount).toBe(before.data!.reliefStatistics.projectCount - 1);
    const chain = await server.gql<{ linkReliefDuplicate: { userErrors: never[] } }>(
      LINK,
      { input: { projectId: pairs[0].project.id, duplicateOfId: pairs[0].other.id } },
      { token: officer },
    );
    expectUserErrors(chain.data!.linkReliefDuplicate, ['NOT_A_DUPLICATE']);
    const byOrg = await server.gql(
      LINK,
      { input: { projectId: pairs[1].other.id, duplicateOfId: pairs[1].project.id } },
      { token: org },
    );
    expect(byOrg.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lists projects with filters, and an organization sees only its own', async () => {
    const list = await server.gql<{ reliefProjects: { totalCount: number } }>(
      `{ reliefProjects(first: 5, filter: { years: [2019], provinceCodes: ["530000"], linkedAsDuplicate: false }) { totalCount nodes { title organization { name } } } }`,
      {},
      { token: officer },
    );
    expect(list.data!.reliefProjects.totalCount).toBeGreaterThan(0);
    const own = await server.gql<{ reliefProjects: { nodes: { organization: { id: string } }[] } }>(
      `{ reliefProjects(first: 100) { nodes { organization { id } } } }`,
      {},
      { token: org },
    );
    const orgId = (await server.orm.em.getKnex()('account').where({ username: 'org.demo' }).first())
      .organization_id;
    expect(new Set(own.data!.reliefProjects.nodes.map((n) => n.organization.id))).toEqual(
      new Set([toGlobalId('Organization', orgId)]),
    );
  });
});

describe('decoupling progress on the whole city', () => {
  it('matches the register: 300 of the 400 industry associations are decoupled', async () => {
    const res = await server.gql<{ decouplingProgress: { total: number; decoupled: number } }>(
      `{ decouplingProgress { total decoupled } }`,
      {},
      { token: officer },
    );
    expect(res.data!.decouplingProgress).toEqual({ total: 400, decoupled: 300 });
  });
});
