import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../server/graphql/ids.js';
import { DECOUPLING_REASON } from '../../../server/modules/registry/decoupling.service.js';
import { officer, orgAccount, pudongOfficer, server, useRegistryServer } from '../../fixtures/registry.js';
import { expectUserErrors, USER_ERRORS } from '../../helpers/user-errors.js';

useRegistryServer();

const SEPARATIONS = [
  'INSTITUTIONS',
  'FUNCTIONS',
  'ASSETS_AND_FINANCES',
  'PERSONNEL',
  'PARTY_BUILDING_AND_FOREIGN_AFFAIRS',
];
const DECOUPLING = `decoupling { state completedOn formerSponsorUnit { id } industryDepartment { id } items { separation completedOn evidence } regressions { code message } }`;
const RECORD = `mutation($input: RecordDecouplingSeparationInput!) {
  recordDecouplingSeparation(input: $input) { organization { ${DECOUPLING} } ${USER_ERRORS} }
}`;
const COMPLETE = `mutation($input: CompleteDecouplingInput!) {
  completeDecoupling(input: $input) { organization { sponsorUnit { id } industryDepartment { id } sponsorHistory { validFrom validTo reason sponsorUnit { id } } ${DECOUPLING} } ${USER_ERRORS} }
}`;

interface Decoupling {
  state: string;
  completedOn: string | null;
  formerSponsorUnit: { id: string } | null;
  industryDepartment: { id: string } | null;
  items: { separation: string }[];
  regressions: { code: string; message: string }[];
}

/** An association on its way (or not yet started), still with its sponsor unit. */
async function undecoupledAssociation(): Promise<{
  id: number;
  sponsorUnitId: number;
  districtLevel: boolean;
}> {
  const knex = server.orm.em.getKnex();
  const row = await knex('organization as o')
    .leftJoin('decoupling as d', 'd.organization_id', 'o.id')
    .where({ 'o.is_industry_association': true, 'o.status': 'ACTIVE' })
    .where((q) => q.whereNull('d.id').orWhere('d.state', 'IN_PROGRESS'))
    .whereNotNull('o.sponsor_unit_id')
    .orderBy('o.id')
    .first('o.id', 'o.sponsor_unit_id');
  return { id: row.id, sponsorUnitId: row.sponsor_unit_id, districtLevel: false };
}

describe('decoupling (脱钩)', () => {
  it('takes an association through the five separations; completion removes the sponsor unit, keeping the history', async () => {
    const org = await undecoupledAssociation();
    const id = toGlobalId('Organization', org.id);
    const before = await server.gql<{ organization: { decoupling: Decoupling } }>(
      `query($id: ID!) { organization(id: $id) { ${DECOUPLING} } }`,
      { id },
      { token: officer },
    );
    expect(['NOT_STARTED', 'IN_PROGRESS']).toContain(before.data!.organization.decoupling.state);
    const early = await server.gql<{ completeDecoupling: { userErrors: never[] } }>(
      COMPLETE,
      {
        input: {
          organizationId: id,
          industryDepartmentId: toGlobalId('IndustryDepartment', 1),
          effectiveOn: '2020-06-01',
        },
      },
      { token: officer, locale: 'en' },
    );
    expectUserErrors(early.data!.completeDecoupling, ['SEPARATIONS_INCOMPLETE']);
    for (const [i, separation] of SEPARATIONS.entries()) {
      const res = await server.gql<{
        recordDecouplingSeparation: { organization: { decoupling: Decoupling } };
      }>(
        RECORD,
        {
          input: {
            organizationId: id,
            separation,
            completedOn: `2020-0${i + 1}-15`,
            evidence: `${separation} 证明材料`,
          },
        },
        { token: officer },
      );
      const d = res.data!.recordDecouplingSeparation.organization.decoupling;
      expect(d).toMatchObject({
        state: 'IN_PROGRESS',
        formerSponsorUnit: { id: toGlobalId('SponsorUnit', org.sponsorUnitId) },
      });
      expect(d.items.map((item) => item.separation)).toContain(separation);
    }
    const tooEarly = await server.gql<{ completeDecoupling: { userErrors: never[] } }>(
      COMPLETE,
      {
        input: {
          organizationId: id,
          industryDepartmentId: toGlobalId('IndustryDepartment', 1),
          effectiveOn: '2020-05-01',
        },
      },
      { token: officer },
    );
    expectUserErrors(tooEarly.data!.completeDecoupling, ['INVALID']);
    const done = await server.gql<{
      completeDecoupling: {
        organization: {
          sponsorUnit: null;
          industryDepartment: { id: string };
          sponsorHistory: {
            validFrom: string;
            validTo: string | null;
            reason: string;
            sponsorUnit: { id: string } | null;
          }[];
          decoupling: Decoupling;
        };
      };
    }>(
      COMPLETE,
      {
        input: {
          organizationId: id,
          industryDepartmentId: toGlobalId('IndustryDepartment', 1),
          effectiveOn: '2020-06-01',
        },
      },
      { token: officer },
    );
    const result = done.data!.completeDecoupling.organization;
    expect(result.sponsorUnit).toBeNull();
    expect(result.industryDepartment.id).toBe(toGlobalId('IndustryDepartment', 1));
    expect(result.decoupling).toMatchObject({
      state: 'DECOUPLED',
      completedOn: '2020-06-01',
      regressions: [],
    });
    const [previous, current] = result.sponsorHistory.slice(-2);
    expect(previous).toMatchObject({
      validTo: '2020-05-31',
      sponsorUnit: { id: toGlobalId('SponsorUnit', org.sponsorUnitId) },
    });
    expect(current).toMatchObject({
      validFrom: '2020-06-01',
      validTo: null,
      reason: DECOUPLING_REASON,
      sponsorUnit: null,
    });
    const closed = await server.gql<{ recordDecouplingSeparation: { userErrors: never[] } }>(
      RECORD,
      { input: { organizationId: id, separation: 'FUNCTIONS', completedOn: '2020-07-01', evidence: 'x' } },
      { token: officer },
    );
    expectUserErrors(closed.data!.recordDecouplingSeparation, ['INVALID_TRANSITION']);
    const actions = await server.orm.em
      .getKnex()('audit_event')
      .where({ subject_type: 'Organization', subject_key: String(org.id) })
      .whereNot('action', 'readOrganizationDetails')
      .pluck('action');
    expect(actions).toEqual([
      ...SEPARATIONS.map(() => 'recordDecouplingSeparation'),
      'changeSponsorUnit',
      'completeDecoupling',
    ]);

    // Regressions: a sponsor unit set again, and a serving official named in a later annual report.
    await server.gql(
      `mutation($input: ChangeSponsorUnitInput!) { changeSponsorUnit(input: $input) { ${USER_ERRORS} } }`,
      {
        input: {
          organizationId: id,
          sponsorUnitId: toGlobalId('SponsorUnit', org.sponsorUnitId),
          effectiveOn: '2021-01-01',
          reason: '重新挂靠',
        },
      },
      { token: officer },
    );
    await server.orm.em.getKnex()('annual_report').insert({
      organization_id: org.id,
      year: 2021,
      status: 'SUBMITTED',
      due_on: '2022-05-31',
      submitted_at: new Date(),
      received_on: '2022-03-01',
      responsible_person_changes: '新任副会长张某，现任区发改委干部；秘书长李某，2020年退休的局级公务员。',
    });
    const regressed = await server.gql<{ decouplings: { nodes: { id: string; decoupling: Decoupling }[] } }>(
      `{ decouplings(first: 100, filter: { withRegressions: true }) { nodes { id ${DECOUPLING} } } }`,
      {},
      { token: officer, locale: 'en' },
    );
    const flagged = regressed.data!.decouplings.nodes.find((n) => n.id === id)!;
    expect(flagged.decoupling.regressions.map((r) => r.code).sort()).toEqual([
      'RECENTLY_RETIRED_OFFICIAL',
      'SERVING_OFFICIAL',
      'SPONSOR_UNIT_SET_AGAIN',
    ]);
    expect(flagged.decoupling.regressions.find((r) => r.code === 'SERVING_OFFICIAL')!.message).toMatch(
      /annual report for 2021/,
    );
  });

  it('refuses organizations that are not industry associations, and outside the jurisdiction', async () => {
    const knex = server.orm.em.getKnex();
    const other = await knex('organization')
      .where({ is_industry_association: false, registration_level: 'MUNICIPAL' })
      .first();
    const res = await server.gql<{ recordDecouplingSeparation: { userErrors: never[] } }>(
      RECORD,
      {
        input: {
          organizationId: toGlobalId('Organization', other.id),
          separation: 'FUNCTIONS',
          completedOn: '2020-01-01',
          evidence: '材料',
        },
      },
      { token: officer },
    );
    expectUserErrors(res.data!.recordDecouplingSeparation, ['NOT_AN_INDUSTRY_ASSOCIATION']);
    const org = await undecoupledAssociation();
    const district = await server.gql(
      RECORD,
      {
        input: {
          organizationId: toGlobalId('Organization', org.id),
          separation: 'FUNCTIONS',
          completedOn: '2020-01-01',
          evidence: '材料',
        },
      },
      { token: pudongOfficer },
    );
    expect(district.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asOrg = await server.gql(`{ decouplingProgress { total } }`, {}, { token: orgAccount });
    expect(asOrg.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('reports progress by former sponsor unit', async () => {
    const res = await server.gql<{
      decouplingProgress: {
        total: number;
        decoupled: number;
        inProgress: number;
        notStarted: number;
        bySponsorUnit: { total: number; decoupled: number }[];
      };
    }>(
      `{ decouplingProgress { total decoupled inProgress notStarted withRegressions bySponsorUnit { sponsorUnit { name } total decoupled } } }`,
      {},
      { token: officer },
    );
    const p = res.data!.decouplingProgress;
    expect(p.total).toBe(p.decoupled + p.inProgress + p.notStarted);
    expect(p.bySponsorUnit.reduce((n, b) => n + b.total, 0)).toBe(p.total);
    expect(p.decoupled).toBeGreaterThan(0);
  });
});
