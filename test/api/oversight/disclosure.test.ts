import { describe, expect, it } from 'vitest';
import { demoOrgId, globalId, officer, server, useOversightServer } from '../../fixtures/oversight.js';
import { USER_ERRORS } from '../../helpers/user-errors.js';

useOversightServer();

const PUBLIC_PAGE = `query($id: ID!) { organization(id: $id) {
  name status rating { label validUntil expired }
  reportingHistory(years: 10) { year dueOn receivedOn filingStatus status result }
  penalties { kind amount legalBasis decidedOn }
  creditListings { list since explanation removedOn }
  changeRecords { field before after changedOn }
} }`;

describe('the public organization page', () => {
  it("shows each year's reporting status and inspection result, as the publicity platform does", async () => {
    const res = await server.gql<{ organization: { reportingHistory: Record<string, unknown>[] } }>(
      PUBLIC_PAGE,
      { id: demoOrgId },
    );
    const history = res.data!.organization.reportingHistory;
    const lastYear = new Date().getUTCFullYear() - 1;
    expect(history[0]).toMatchObject({
      year: lastYear,
      filingStatus: 'OVERDUE',
      receivedOn: null,
      status: null,
    });
    const filed = history.filter((y) => y.receivedOn !== null);
    expect(filed.length).toBeGreaterThan(0);
    for (const y of filed) expect(['ON_TIME', 'LATE']).toContain(y.filingStatus);
    expect(filed.some((y) => y.result !== null)).toBe(true);
    const internal = await server.gql(
      `query($id: ID!) { organization(id: $id) { annualReports { reviewComment } } }`,
      { id: demoOrgId },
    );
    expect(internal.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps deregistered and revoked organizations searchable, with their change records', async () => {
    const revoked = await server.gql<{ organizations: { nodes: { id: string; status: string }[] } }>(
      `{ organizations(first: 5, filter: { statuses: [REVOKED, DEREGISTERED] }) { nodes { id status } } }`,
    );
    expect(revoked.data!.organizations.nodes.length).toBeGreaterThan(0);
    const knex = server.orm.em.getKnex();
    const org = await knex('organization')
      .where({ status: 'ACTIVE', registration_level: 'MUNICIPAL' })
      .orderBy('id')
      .offset(5)
      .first();
    const id = globalId('Organization', org.id);
    const changed = await server.gql<{ changeOrganizationStatus: { userErrors: unknown[] } }>(
      `mutation($id: ID!) { changeOrganizationStatus(input: { organizationId: $id, status: DEREGISTERED, reason: "自行解散，注销登记" }) { ${USER_ERRORS} } }`,
      { id },
      { token: officer },
    );
    expect(changed.data!.changeOrganizationStatus.userErrors).toEqual([]);
    const page = await server.gql<{
      organization: { status: string; changeRecords: Record<string, unknown>[] };
    }>(PUBLIC_PAGE, { id });
    expect(page.data!.organization.status).toBe('DEREGISTERED');
    expect(page.data!.organization.changeRecords).toEqual([
      {
        field: 'status',
        before: { value: 'ACTIVE' },
        after: { value: 'DEREGISTERED' },
        changedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    ]);
  });

  it('shows an expired grade as expired and explains evaluation eligibility to officers', async () => {
    const knex = server.orm.em.getKnex();
    const rated = await knex('organization').whereNotNull('rating_grade').orderBy('id').first();
    const res = await server.gql<{ organization: { rating: { validUntil: string; expired: boolean } } }>(
      PUBLIC_PAGE,
      {
        id: globalId('Organization', rated.id),
      },
    );
    // Demo grades were awarded by 2019 and are valid five years.
    expect(res.data!.organization.rating.expired).toBe(
      res.data!.organization.rating.validUntil < new Date().toISOString().slice(0, 10),
    );
    const eligibility = await server.gql<{
      organization: { evaluationEligibility: { eligible: boolean; reasons: string[] } };
    }>(
      `query($id: ID!) { organization(id: $id) { evaluationEligibility { eligible reasons } } }`,
      { id: demoOrgId },
      { token: officer, locale: 'en' },
    );
    expect(eligibility.data!.organization.evaluationEligibility).toMatchObject({ eligible: false });
    expect(eligibility.data!.organization.evaluationEligibility.reasons).toContain(
      'No annual inspection last year',
    );
  });

  it('shows the self-inspection campaign, problems found against resolved', async () => {
    const res = await server.gql<{
      selfInspectionCampaigns: {
        name: string;
        problemsFound: number;
        problemsResolved: number;
        organizations: number;
      }[];
    }>(`{ selfInspectionCampaigns { name problemsFound problemsResolved organizations byCategory } }`);
    const [campaign] = res.data!.selfInspectionCampaigns;
    const knex = server.orm.em.getKnex();
    const found = Number((await knex('campaign_problem').count({ n: '*' }).first())!.n);
    const resolved = Number(
      (await knex('campaign_problem').whereNotNull('resolved_on').count({ n: '*' }).first())!.n,
    );
    expect(campaign).toMatchObject({ problemsFound: found, problemsResolved: resolved });
    expect(campaign.name).toContain('自查自纠');
  });
});
