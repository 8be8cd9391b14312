import { describe, expect, it } from 'vitest';
import { officer, REGISTER, registrationInput, server, useRegistryServer } from '../../fixtures/registry.js';
import { subjectColumns } from '../../helpers/trail.js';
import { expectUserErrors, USER_ERRORS, type UserErrorShape } from '../../helpers/user-errors.js';

useRegistryServer();

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const CHANGE = `mutation($input: ChangeSponsorUnitInput!) { changeSponsorUnit(input: $input) { organization { sponsorUnit { id } } ${USER_ERRORS} } }`;
const CORRECT = `mutation($input: CorrectSponsorshipPeriodInput!) { correctSponsorshipPeriod(input: $input) { organization { sponsorUnit { id } sponsorHistory { validFrom validTo sponsorUnit { id } } } ${USER_ERRORS} } }`;
type Answer = { organization: unknown; userErrors: UserErrorShape[] };

async function setUp() {
  const units = await server.gql<{ sponsorUnits: { nodes: { id: string }[] } }>(
    `{ sponsorUnits(first: 3, filter: { active: true }) { nodes { id } } }`,
  );
  const [first, second, third] = units.data!.sponsorUnits.nodes.map((u) => u.id);
  const reg = await server.gql<{ registerOrganization: { organization: { id: string } } }>(
    REGISTER,
    { input: registrationInput({ sponsorUnitId: first, registeredOn: day(-400) }) },
    { token: officer },
  );
  return { org: reg.data!.registerOrganization.organization.id, units: [first!, second!, third!] };
}

const change = async (input: Record<string, unknown>) =>
  (await server.gql<{ changeSponsorUnit: Answer }>(CHANGE, { input }, { token: officer })).data!
    .changeSponsorUnit;

describe('effective dates of sponsor changes', () => {
  it('refuses a far-future effective date, for a change and for a transfer, and changes nothing', async () => {
    const { org, units } = await setUp();
    const far = await change({
      organizationId: org,
      sponsorUnitId: units[1],
      effectiveOn: '9999-12-31',
      reason: '误填',
    });
    expect(expectUserErrors(far, ['INVALID'])[0]).toMatchObject({ field: ['input', 'effectiveOn'] });
    const beyond = await change({
      organizationId: org,
      sponsorUnitId: units[1],
      effectiveOn: day(200),
      reason: '误填',
    });
    expect(expectUserErrors(beyond, ['INVALID'])[0].message).toMatch(/生效日期不能晚于/);
    const transfer = await server.gql<{ transferSponsorUnit: Answer }>(
      `mutation($input: TransferSponsorUnitInput!) { transferSponsorUnit(input: $input) { ${USER_ERRORS} } }`,
      {
        input: {
          fromSponsorUnitId: units[0],
          toSponsorUnitId: units[2],
          effectiveOn: day(365),
          reason: '误填',
        },
      },
      { token: officer },
    );
    expectUserErrors(transfer.data!.transferSponsorUnit, ['INVALID']);
    const still = await server.gql<{ organization: { sponsorUnit: { id: string } } }>(
      `query($id: ID!) { organization(id: $id) { sponsorUnit { id } } }`,
      { id: org },
      { token: officer },
    );
    expect(still.data!.organization.sponsorUnit.id).toBe(units[0]);
  });

  it('lets an officer correct a mistaken period, traced with its reason, after which changes go on', async () => {
    const { org, units } = await setUp();
    // A date a month ahead was typed where last week was meant: the history is stuck after it.
    expect(
      (await change({ organizationId: org, sponsorUnitId: units[1], effectiveOn: day(30), reason: '调整' }))
        .userErrors,
    ).toEqual([]);
    const stuck = await change({
      organizationId: org,
      sponsorUnitId: units[2],
      effectiveOn: day(1),
      reason: '再调整',
    });
    expectUserErrors(stuck, ['INVALID']);
    const corrected = await server.gql<{
      correctSponsorshipPeriod: {
        organization: { sponsorHistory: { validFrom: string; validTo: string | null }[] };
        userErrors: [];
      };
    }>(
      CORRECT,
      {
        input: {
          organizationId: org,
          sponsorUnitId: units[1],
          validFrom: day(-7),
          reason: '生效日期录入错误',
        },
      },
      { token: officer },
    );
    expect(corrected.data!.correctSponsorshipPeriod.userErrors).toEqual([]);
    const history = corrected.data!.correctSponsorshipPeriod.organization.sponsorHistory;
    const sorted = [...history].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    expect(sorted.map((p) => [p.validFrom, p.validTo])).toEqual([
      [day(-400), day(-8)],
      [day(-7), null],
    ]);
    const events = await server.orm.em
      .getKnex()('audit_event')
      .where({ ...subjectColumns(org), action: 'correctSponsorshipPeriod' })
      .select('*');
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0])).toContain('生效日期录入错误');
    expect(
      (await change({ organizationId: org, sponsorUnitId: units[2], effectiveOn: day(1), reason: '再调整' }))
        .userErrors,
    ).toEqual([]);
    // The first period begins at registration and keeps that day.
    const fresh = await setUp();
    const first = await server.gql<{ correctSponsorshipPeriod: Answer }>(
      CORRECT,
      {
        input: {
          organizationId: fresh.org,
          sponsorUnitId: fresh.units[1],
          validFrom: day(-10),
          reason: '错',
        },
      },
      { token: officer },
    );
    expectUserErrors(first.data!.correctSponsorshipPeriod, ['INVALID']);
  });
});

describe('reads of sponsorship periods', () => {
  it('are on the trail whichever way they are reached, also through nodes(ids)', async () => {
    const { org } = await setUp();
    const periods = await server.orm.em
      .getKnex()('sponsorship_period')
      .where({ organization_id: Number(subjectColumns(org).subject_key) })
      .select('id');
    const ids = periods.map((p: { id: number }) =>
      Buffer.from(`SponsorshipPeriod:${p.id}`).toString('base64url'),
    );
    const before = await server.orm.em
      .getKnex()('audit_event')
      .where({ ...subjectColumns(org), action: 'readOrganizationDetails' })
      .count({ n: '*' });
    const read = await server.gql<{ nodes: ({ validFrom: string } | null)[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on SponsorshipPeriod { validFrom reason } } }`,
      { ids },
      { token: officer },
    );
    expect(read.data!.nodes.every((n) => n?.validFrom)).toBe(true);
    const after = await server.orm.em
      .getKnex()('audit_event')
      .where({ ...subjectColumns(org), action: 'readOrganizationDetails' })
      .count({ n: '*' });
    expect(Number(after[0]!.n)).toBe(Number(before[0]!.n) + 1);
  });
});
