import { describe, expect, it } from 'vitest';
import { shanghaiDateOf } from '../../../server/common/clock.js';
import { addDays, addMonths, addYears } from '../../../server/modules/oversight/calendar.js';
import { DEFAULT_SETTINGS } from '../../../server/modules/oversight/oversight.settings.js';
import { dueYears } from '../../../server/modules/oversight/sweep.plan.js';
import {
  admin,
  demoOrgId,
  globalId,
  keyOf,
  officer,
  orgAccount,
  pudongOfficer,
  server,
  useOversightServer,
} from '../../fixtures/oversight.js';
import { expectUserErrors, USER_ERRORS } from '../../helpers/user-errors.js';

useOversightServer();

const today = shanghaiDateOf(new Date());
const ACTION =
  'organization { id name registrationLevel district { code } } list rule article facts reason on';
const SWEEP = `mutation($input: RunComplianceSweepInput!) { runComplianceSweep(input: $input) {
  listed { ${ACTION} } removed { ${ACTION} } escalated { ${ACTION} } restarted { ${ACTION} } overdueRectifications dryRun
  run { asOf listedCount } ${USER_ERRORS} } }`;

interface Action {
  organization: { id: string; name: string; registrationLevel: string; district: { code: string } };
  list: string;
  rule: string;
  article: string;
  facts: Record<string, unknown>;
  reason: string;
  on: string;
}
interface SweepPayload {
  listed: Action[];
  removed: Action[];
  escalated: Action[];
  restarted: Action[];
  overdueRectifications: number;
  dryRun: boolean;
  run: { asOf: string; listedCount: number } | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
}

async function sweep(
  input: Record<string, unknown>,
  token = officer,
  locale = 'zh-CN',
): Promise<SweepPayload> {
  const res = await server.gql<{ runComplianceSweep: SweepPayload }>(SWEEP, { input }, { token, locale });
  if (!res.data?.runComplianceSweep) throw new Error(JSON.stringify(res.errors));
  return res.data.runComplianceSweep;
}
const summary = (actions: Action[]) => actions.map((a) => `${a.organization.id}:${a.list}:${a.rule}`).sort();
const knex = () => server.orm.em.getKnex();
const count = async (table: string) => Number((await knex()(table).count({ n: '*' }).first())!.n);

/** An active municipal organization with every report filed on time: only what a test does to it lists it. */
async function compliantOrganization(offset: number): Promise<{ id: string; key: number }> {
  const org = await knex()('organization')
    .where({ status: 'ACTIVE', registration_level: 'MUNICIPAL' })
    .where('registered_on', '<', '2015-01-01')
    .whereNotExists((q) => q.select(1).from('penalty').whereRaw('penalty.organization_id = organization.id'))
    .whereNotExists((q) =>
      q.select(1).from('rectification').whereRaw('rectification.organization_id = organization.id'),
    )
    .orderBy('id', 'desc')
    .offset(offset)
    .first();
  await fileEveryReport(org.id);
  return { id: globalId('Organization', org.id), key: org.id };
}

/** Every report from 2015 to this year filed on time and passed. */
async function fileEveryReport(organizationId: number): Promise<void> {
  const reports = [];
  for (let year = 2015; year <= Number(today.slice(0, 4)); year++)
    reports.push({
      organization_id: organizationId,
      year,
      due_on: `${year + 1}-05-31`,
      status: 'APPROVED',
      result: 'PASS',
      received_on: `${year + 1}-03-01`,
      submitted_at: `${year + 1}-03-01T02:00:00Z`,
      reviewed_at: `${year + 1}-03-10T02:00:00Z`,
    });
  await knex()('annual_report').insert(reports).onConflict(['organization_id', 'year']).merge();
}

describe('the compliance sweep', () => {
  let fined: { id: string; key: number };
  let old: { id: string; key: number };
  let late: { id: string; key: number };

  it('shows in a dry run who missed the annual-report deadline, with rule, article and facts, changing nothing', async () => {
    [fined, old, late] = [
      await compliantOrganization(0),
      await compliantOrganization(1),
      await compliantOrganization(2),
    ];
    const before = { listings: await count('credit_listing'), events: await count('audit_event') };
    const dry = await sweep({ asOf: today, dryRun: true }, officer, 'en');
    expect(dry.dryRun).toBe(true);
    expect(dry.run).toBeNull();
    const mine = dry.listed.find((a) => a.organization.id === demoOrgId && a.list === 'ABNORMAL_ACTIVITY')!;
    const lastYear = Number(today.slice(0, 4)) - 1;
    expect(mine).toMatchObject({
      rule: 'ABNORMAL_ANNUAL_REPORT',
      article: '《社会组织信用信息管理办法》第十条第（一）项',
      on: today,
    });
    expect(mine.facts).toMatchObject({ year: lastYear - 1, dueOn: `${lastYear}-05-31` });
    expect(mine.reason).toMatch(/^Annual report for \d{4} not filed by \d{4}-\d{2}-\d{2}$/);
    expect(dry.listed.some((a) => a.organization.id === fined.id)).toBe(false);
    expect(await count('credit_listing')).toBe(before.listings);
    expect(await count('audit_event')).toBe(before.events);
  });

  it('owes a report from organizations registered by the exemption date, and lists two failed years running', async () => {
    // The sweep selects the owed years that are missing or failed in SQL: the boundaries, as reportExempt has them.
    const [latest] = dueYears(today, 1, DEFAULT_SETTINGS);
    const owedBy = `${latest}-${DEFAULT_SETTINGS.reportExemptAfterMonthDay}`;
    const [owes, exempt, failing] = [
      await compliantOrganization(3),
      await compliantOrganization(4),
      await compliantOrganization(5),
    ];
    const registered = await knex()('organization')
      .whereIn('id', [owes.key, exempt.key])
      .select('id', knex().raw('registered_on::text as registered_on'));
    await knex()('organization').where({ id: owes.key }).update({ registered_on: owedBy });
    await knex()('organization')
      .where({ id: exempt.key })
      .update({ registered_on: addDays(owedBy, 1) });
    // A draft never submitted is no report.
    await knex()('annual_report')
      .whereIn('organization_id', [owes.key, exempt.key])
      .where({ year: latest })
      .update({ status: 'DRAFT', received_on: null, submitted_at: null, result: null, reviewed_at: null });
    await knex()('annual_report')
      .where({ organization_id: failing.key })
      .whereIn('year', [latest - 1, latest])
      .update({ result: 'FAIL' });
    try {
      const dry = await sweep({ asOf: today, dryRun: true });
      const of = (org: { id: string }) => dry.listed.filter((a) => a.organization.id === org.id);
      expect(summary(of(owes))).toEqual([`${owes.id}:ABNORMAL_ACTIVITY:ABNORMAL_ANNUAL_REPORT`]);
      expect(of(owes)[0].facts).toMatchObject({ year: latest });
      expect(of(exempt)).toEqual([]);
      expect(summary(of(failing))).toEqual([
        `${failing.id}:ABNORMAL_ACTIVITY:ABNORMAL_REPORT_FAILED`,
        `${failing.id}:SERIOUS_VIOLATION:SERIOUS_TWO_YEARS_REPORTS`,
      ]);
      expect(of(failing).map((a) => a.facts)).toEqual(
        expect.arrayContaining([{ year: latest - 1 }, { years: `${latest - 1}-${latest}` }]),
      );
    } finally {
      for (const r of registered)
        await knex()('organization').where({ id: r.id }).update({ registered_on: r.registered_on });
      for (const org of [owes, exempt, failing]) await fileEveryReport(org.key);
    }
  });

  it('answers what a changed fine threshold would do before it takes effect', async () => {
    const FINE = `mutation($input: ImposePenaltyInput!) { imposePenalty(input: $input) { penalty { id } ${USER_ERRORS} } }`;
    const fine = await server.gql<{ imposePenalty: { penalty: { id: string } } }>(
      FINE,
      {
        input: {
          organizationId: fined.id,
          kind: 'FINE',
          amount: '30000.00',
          legalBasis: '《社会团体登记管理条例》第三十条',
        },
      },
      { token: officer },
    );
    expect(fine.data!.imposePenalty.penalty).toBeTruthy();
    const policy = await sweep({ asOf: today, dryRun: true });
    expect(summary(policy.listed.filter((a) => a.organization.id === fined.id))).toEqual([
      `${fined.id}:ABNORMAL_ACTIVITY:ABNORMAL_PENALTY`,
    ]);
    const whatIf = await sweep({ asOf: today, dryRun: true, thresholds: { largeFineYuan: '20000' } });
    expect(summary(whatIf.listed.filter((a) => a.organization.id === fined.id))).toEqual([
      `${fined.id}:SERIOUS_VIOLATION:SERIOUS_LARGE_FINE`,
    ]);
    const refused = await sweep({ asOf: today, thresholds: { largeFineYuan: '20000' } });
    expectUserErrors(refused, ['INVALID']);
    const bad = await sweep({ asOf: today, dryRun: true, thresholds: { escalationYears: 0 } });
    expectUserErrors(bad, ['INVALID']);
  });

  it('lists in a real run exactly what the dry run showed, once: a second run changes nothing', async () => {
    const dry = await sweep({ asOf: today, dryRun: true });
    const real = await sweep({ asOf: today, dryRun: false });
    expect(real.run).toMatchObject({ asOf: today, listedCount: real.listed.length });
    // The same answer, action by action with its facts and dates, not only who.
    const answer = (r: SweepPayload) =>
      [r.listed, r.removed, r.escalated, r.restarted]
        .map((actions) => actions.map((a) => JSON.stringify(a)).sort())
        .concat([[String(r.overdueRectifications)]]);
    expect(real.listed.length).toBeGreaterThan(0);
    expect(answer(real)).toEqual(answer(dry));
    const listings = await count('credit_listing');
    expect(listings).toBe(real.listed.length);
    const events = await count('audit_event');
    const again = await sweep({ asOf: today, dryRun: false });
    expect([again.listed, again.removed, again.escalated, again.restarted]).toEqual([[], [], [], []]);
    expect(await count('credit_listing')).toBe(listings);
    // The second run is itself on the trail, and changes nothing else.
    expect(await count('audit_event')).toBe(events + 1);

    const listed = new Set(real.listed.map((a) => a.organization.id));
    const filtered = await server.gql<{ organizations: { totalCount: number } }>(
      `{ organizations(filter: { onCreditList: true }) { totalCount } }`,
    );
    expect(filtered.data!.organizations.totalCount).toBe(listed.size);
    const serious = new Set(
      real.listed.filter((a) => a.list === 'SERIOUS_VIOLATION').map((a) => a.organization.id),
    );
    const bySerious = await server.gql<{ organizations: { totalCount: number } }>(
      `{ organizations(filter: { creditLists: [SERIOUS_VIOLATION] }) { totalCount } }`,
    );
    expect(bySerious.data!.organizations.totalCount).toBe(serious.size);
  });

  it('shows the public why an organization is listed and from when it can leave', async () => {
    const res = await server.gql<{ organization: { creditListings: Record<string, unknown>[] } }>(
      `query($id: ID!) { organization(id: $id) { creditListings { list reasonCode article explanation since removableFrom removalCondition removedOn } } }`,
      { id: fined.id },
      { locale: 'en' },
    );
    expect(res.data!.organization.creditListings).toEqual([
      {
        list: 'ABNORMAL_ACTIVITY',
        reasonCode: 'ABNORMAL_PENALTY',
        article: '《社会组织信用信息管理办法》第十条第（五）项',
        explanation: `Fined 30000.00 yuan on ${today}`,
        since: today,
        removableFrom: addMonths(today, 6),
        removalCondition: `Nothing to correct: removed automatically on ${addMonths(today, 6)} (a new cause restarts the clock).`,
        removedOn: null,
      },
    ]);
  });

  it('restarts the clock on a new cause, removes after six months, escalates after two years', async () => {
    const WARN = `mutation($input: ImposePenaltyInput!) { imposePenalty(input: $input) { penalty { id } ${USER_ERRORS} } }`;
    await server.gql(
      WARN,
      { input: { organizationId: fined.id, kind: 'WARNING', legalBasis: '第三十条' } },
      { token: officer },
    );
    const restarted = await sweep({ asOf: today });
    expect(summary(restarted.restarted)).toContain(`${fined.id}:ABNORMAL_ACTIVITY:ABNORMAL_PENALTY`);
    // A warning and a fine within three years: the serious list too.
    expect(summary(restarted.listed)).toEqual([`${fined.id}:SERIOUS_VIOLATION:SERIOUS_REPEATED_PENALTIES`]);
    const later = await sweep({ asOf: addMonths(today, 6), dryRun: true });
    expect(summary(later.removed)).toContain(`${fined.id}:ABNORMAL_ACTIVITY:ABNORMAL_PENALTY`);

    // An abnormal listing two years old: escalated, the abnormal one ended as ESCALATION.
    const since = addDays(addYears(today, -2), -1);
    const [listing] = await knex()('credit_listing')
      .insert({
        organization_id: old.key,
        list: 'ABNORMAL_ACTIVITY',
        reason_code: 'ABNORMAL_RECTIFICATION',
        article: '第十条第（三）项',
        reason: '未按期完成整改',
        since,
        clock_started_on: since,
        source: 'RULE',
        source_rule: 'ABNORMAL_RECTIFICATION',
      })
      .returning('id');
    await knex()('credit_listing_cause').insert({
      listing_id: listing.id,
      cause_key: 'rectification:0',
      reason_code: 'ABNORMAL_RECTIFICATION',
      article: '第十条第（三）项',
      occurred_on: since,
    });
    const escalation = await sweep({ asOf: today });
    expect(summary(escalation.escalated)).toEqual([`${old.id}:SERIOUS_VIOLATION:SERIOUS_ABNORMAL_TWO_YEARS`]);
    const rows = await knex()('credit_listing').where({ organization_id: old.key }).orderBy('id');
    expect(rows.map((r) => [r.list, r.removal_kind])).toEqual([
      ['ABNORMAL_ACTIVITY', 'ESCALATION'],
      ['SERIOUS_VIOLATION', null],
    ]);
    expect(rows[0].escalated_to_id).toBe(rows[1].id);
    expect(rows[1].removable_from).toBe(addYears(today, 2));

    // One trail event per change, with what changed, and the chain still verifies.
    const trailOf = (action: string, key: number) =>
      knex()('audit_event').where({ action, subject_type: 'CreditListing', subject_key: String(key) });
    const [ended] = await trailOf('removeFromCreditList', rows[0].id);
    expect(ended.changes).toMatchObject({
      removedOn: { before: null, after: today },
      removalKind: { before: null, after: 'ESCALATION' },
    });
    const [placed] = await trailOf('placeOnCreditList', rows[1].id);
    expect(placed.changes).toMatchObject({
      list: { before: null, after: 'SERIOUS_VIOLATION' },
      rule: { before: null, after: 'SERIOUS_ABNORMAL_TWO_YEARS' },
    });
    const finedListing = await knex()('credit_listing')
      .where({ organization_id: fined.key, list: 'ABNORMAL_ACTIVITY' })
      .first();
    const [restart] = await trailOf('restartListingClock', finedListing.id);
    expect(restart.changes.rules).toEqual({ before: null, after: ['ABNORMAL_PENALTY'] });
    const verify = await server.gql<{ verifyAuditTrail: { valid: boolean } }>(
      `{ verifyAuditTrail { valid } }`,
      {},
      { token: officer },
    );
    expect(verify.data!.verifyAuditTrail.valid).toBe(true);
  });

  it('lists an overdue rectification and marks it OVERDUE', async () => {
    const org = late;
    const [auditCase] = await knex()('audit_case')
      .insert({
        organization_id: org.key,
        kind: 'SPECIAL_AUDIT',
        title: '专项审计',
        scope: '财务',
        period_from: '2024-01-01',
        auditor: '审计',
        opened_on: '2025-01-01',
      })
      .returning('id');
    const [finding] = await knex()('audit_finding')
      .insert({
        audit_case_id: auditCase.id,
        category: 'OTHER',
        severity: 'MINOR',
        description: '问题',
        found_on: '2025-01-02',
      })
      .returning('id');
    const [rectification] = await knex()('rectification')
      .insert({
        finding_id: finding.id,
        organization_id: org.key,
        requirement: '补充材料',
        ordered_on: '2025-01-02',
        deadline: addDays(today, -1),
      })
      .returning('id');
    const result = await sweep({ asOf: today });
    expect(summary(result.listed)).toEqual([`${org.id}:ABNORMAL_ACTIVITY:ABNORMAL_RECTIFICATION`]);
    expect(result.overdueRectifications).toBe(1);
    const row = await knex()('rectification').where({ id: rectification.id }).first();
    expect([row.status, row.overdue_on]).toEqual(['OVERDUE', today]);
  });

  it('keeps real runs to municipal officers and shows a district officer its own district', async () => {
    const res = await server.gql(SWEEP, { input: { asOf: today } }, { token: pudongOfficer });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const dry = await sweep({ asOf: addYears(today, 1), dryRun: true }, pudongOfficer);
    expect(dry.listed.length + dry.restarted.length).toBeGreaterThan(0);
    for (const a of [...dry.listed, ...dry.restarted])
      expect([a.organization.registrationLevel, a.organization.district.code]).toEqual([
        'DISTRICT',
        '310115',
      ]);
  });
});

describe('removal applications', () => {
  it('lets the organization apply and an officer approve, with reasons', async () => {
    const listings = await server.gql<{ creditListings: { nodes: { id: string; list: string }[] } }>(
      `query($id: ID!) { creditListings(filter: { organizationId: $id, active: true }) { nodes { id list } } }`,
      { id: demoOrgId },
    );
    const abnormal = listings.data!.creditListings.nodes.find((l) => l.list === 'ABNORMAL_ACTIVITY')!;
    const APPLY = `mutation($input: ApplyForCreditListRemovalInput!) { applyForCreditListRemoval(input: $input) { application { id status version } ${USER_ERRORS} } }`;
    const applied = await server.gql<{
      applyForCreditListRemoval: { application: { id: string; version: number } };
    }>(
      APPLY,
      { input: { listingId: abnormal.id, statement: '已补报年度报告', evidence: '报送回执' } },
      { token: orgAccount },
    );
    const application = applied.data!.applyForCreditListRemoval.application;
    const twice = await server.gql<{ applyForCreditListRemoval: SweepPayload }>(
      APPLY,
      { input: { listingId: abnormal.id, statement: '再次申请' } },
      { token: orgAccount },
    );
    expectUserErrors(twice.data!.applyForCreditListRemoval, ['TAKEN']);
    const serious = listings.data!.creditListings.nodes.find((l) => l.list === 'SERIOUS_VIOLATION');
    if (serious) {
      const early = await server.gql<{ applyForCreditListRemoval: SweepPayload }>(
        APPLY,
        { input: { listingId: serious.id, statement: '申请' } },
        { token: orgAccount },
      );
      expectUserErrors(early.data!.applyForCreditListRemoval, ['INVALID']);
    }
    const DECIDE = `mutation($input: DecideCreditListRemovalInput!) { decideCreditListRemoval(input: $input) { application { status decisionReason } ${USER_ERRORS} } }`;
    const decided = await server.gql<{ decideCreditListRemoval: { application: { status: string } } }>(
      DECIDE,
      {
        input: {
          applicationId: application.id,
          approve: true,
          reason: '经核实已改正',
          version: application.version,
        },
      },
      { token: admin },
    );
    expect(decided.data!.decideCreditListRemoval.application.status).toBe('APPROVED');
    const row = await knex()('credit_listing')
      .where({ id: keyOf(abnormal.id) })
      .first();
    expect([row.removal_kind, row.removed_on]).toEqual(['APPLICATION', today]);
  });
});

describe("an officer's listing on a ground the data cannot show", () => {
  it('takes the list and article of a known ground, and refuses it on the other list', async () => {
    // An organization whose abnormal listing an officer ends first (the sweep has listed most of the sample).
    const current = await knex()('credit_listing')
      .where({ list: 'ABNORMAL_ACTIVITY' })
      .whereNull('removed_on')
      .first();
    const removed = await server.gql<{ removeFromCreditList: SweepPayload }>(
      `mutation($input: RemoveFromCreditListInput!) { removeFromCreditList(input: $input) { ${USER_ERRORS} } }`,
      {
        input: {
          listingId: globalId('CreditListing', current.id),
          version: current.version,
          reason: '登记管理机关更正',
        },
      },
      { token: officer },
    );
    expect(removed.data!.removeFromCreditList.userErrors).toEqual([]);
    const free = { id: current.organization_id as number };
    const target = { id: globalId('Organization', free.id) };
    const PLACE = `mutation($input: PlaceOnCreditListInput!) { placeOnCreditList(input: $input) { listing { article list reasonCode } ${USER_ERRORS} } }`;
    const wrong = await server.gql<{ placeOnCreditList: SweepPayload }>(
      PLACE,
      {
        input: {
          organizationId: target.id,
          list: 'SERIOUS_VIOLATION',
          reasonCode: 'ABNORMAL_ADDRESS_UNREACHABLE',
          reason: '两次邮寄专用信函无人签收',
        },
      },
      { token: officer },
    );
    expectUserErrors(wrong.data!.placeOnCreditList, ['INVALID']);
    const placed = await server.gql<{
      placeOnCreditList: { listing: Record<string, string>; userErrors: unknown[] };
    }>(
      PLACE,
      {
        input: {
          organizationId: target.id,
          list: 'ABNORMAL_ACTIVITY',
          reasonCode: 'ABNORMAL_ADDRESS_UNREACHABLE',
          reason: '两次邮寄专用信函无人签收',
        },
      },
      { token: officer },
    );
    expect(placed.data!.placeOnCreditList.userErrors).toEqual([]);
    expect(placed.data!.placeOnCreditList.listing).toEqual({
      article: '《社会组织信用信息管理办法》第十条第（六）项',
      list: 'ABNORMAL_ACTIVITY',
      reasonCode: 'ABNORMAL_ADDRESS_UNREACHABLE',
    });
  });
});

describe('the scheduled sweep', () => {
  it('runs through the job queue once per day, on the trail', async () => {
    const ENQUEUE = `mutation($input: EnqueueComplianceSweepInput!) { enqueueComplianceSweep(input: $input) { jobId ${USER_ERRORS} } }`;
    const first = await server.gql<{ enqueueComplianceSweep: { jobId: string } }>(
      ENQUEUE,
      { input: { asOf: today } },
      { token: officer },
    );
    expect(first.data!.enqueueComplianceSweep.jobId).toBeTruthy();
    expect(await server.jobs.drain()).toBe(1);
    await server.gql(ENQUEUE, { input: { asOf: today } }, { token: officer });
    expect(await server.jobs.drain()).toBe(1);
    const runs = await knex()('compliance_sweep_run').where({ schedule_key: `daily:${today}` });
    expect(runs).toHaveLength(1);
    expect(runs[0].status).toBe('SUCCEEDED');
    const events = await knex()('audit_event').where({
      action: 'runComplianceSweep',
      subject_key: String(runs[0].id),
    });
    expect(events).toHaveLength(1);
  });
});
