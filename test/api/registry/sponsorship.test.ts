import { describe, expect, it } from 'vitest';
import { decodeId } from '../../../server/graphql/ids.js';
import {
  officer,
  pudongOfficer,
  REGISTER,
  registrationInput,
  server,
  useRegistryServer,
} from '../../fixtures/registry.js';
import { expectUserErrors, USER_ERRORS } from '../../helpers/user-errors.js';

useRegistryServer();

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
      .where({ valid_to: '2025-12-31', sponsor_unit_id: decodeId(from.id, 'SponsorUnit') })
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
