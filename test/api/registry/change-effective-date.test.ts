/**
 * Issue 9: a change application approved for a later effective date takes
 * effect on that date (Shanghai's), not at the decision: it stays APPROVED
 * with no `appliedAt` until the daily job (`registry-apply-changes`, on the
 * job queue) puts it on the record through the register's rules, in a
 * transaction of its own, with its trail events. The server's clock is
 * fixed and moved on by the test, as days pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER, registrationInput } from '../../fixtures/registry.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { expectUserErrors, USER_ERRORS, type UserErrorShape } from '../../helpers/user-errors.js';

/** The server's clock: a fixed instant the test moves (FIXED_NOW, read at every request and job). */
const clock = new Date('2026-12-04T10:00:00+08:00');
let server: TestServer;
let officer: string;

type Payload<K extends string, T> = Record<K, T & { userErrors: UserErrorShape[] }>;
interface Application {
  id: string;
  status: string;
  effectiveOn: string;
  appliedAt: string | null;
}

const APPLICATION = 'id status effectiveOn appliedAt';
const FILE = `mutation($input: FileChangeApplicationInput!) {
  fileChangeApplication(input: $input) { application { ${APPLICATION} } ${USER_ERRORS} }
}`;
const REVIEW = `mutation($input: ReviewChangeApplicationInput!) {
  reviewChangeApplication(input: $input) { application { ${APPLICATION} } organization { name domicile } ${USER_ERRORS} }
}`;

const keyOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];
const knex = () => server.orm.em.getKnex();

beforeAll(async () => {
  server = await startTestServer({ sample: 200, config: { fixedNow: clock } });
  officer = await server.login('officer');
});
afterAll(() => server?.close());

/** A new municipal organization and its account (password changed), as the organization logs in. */
async function organizationWithAccount() {
  const registered = await server.gql<Payload<'registerOrganization', { organization: { id: string } }>>(
    REGISTER,
    { input: registrationInput() },
    { token: officer },
  );
  const orgId = registered.data!.registerOrganization.organization.id;
  const issued = await server.gql<
    Payload<'issueOrganizationAccount', { oneTimePassword: string; account: { username: string } }>
  >(
    `mutation($input: IssueOrganizationAccountInput!) { issueOrganizationAccount(input: $input) { oneTimePassword account { username } ${USER_ERRORS} } }`,
    { input: { organizationId: orgId } },
    { token: officer },
  );
  const { oneTimePassword } = issued.data!.issueOrganizationAccount;
  const token = await server.login(issued.data!.issueOrganizationAccount.account.username, oneTimePassword);
  await server.gql(
    `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ${USER_ERRORS} } }`,
    { input: { currentPassword: oneTimePassword, newPassword: 'a-brand-new-password-2026' } },
    { token },
  );
  return { orgId, token };
}

async function file(token: string, input: Record<string, unknown>, locale?: string) {
  const res = await server.gql<Payload<'fileChangeApplication', { application: Application | null }>>(
    FILE,
    { input: { reason: '理事会决议', ...input } },
    { token, locale },
  );
  return res.data!.fileChangeApplication;
}

async function approve(applicationId: string) {
  const res = await server.gql<
    Payload<
      'reviewChangeApplication',
      { application: Application; organization: { name: string; domicile: string } }
    >
  >(REVIEW, { input: { applicationId, decision: 'APPROVE', comment: '准予变更' } }, { token: officer });
  expect(res.errors).toBeUndefined();
  return res.data!.reviewChangeApplication;
}

async function organization(id: string) {
  const res = await server.gql<{ organization: { name: string; domicile: string } }>(
    `query($id: ID!) { organization(id: $id) { name domicile } }`,
    { id },
    { token: officer },
  );
  return res.data!.organization;
}

async function application(id: string): Promise<Application> {
  const res = await server.gql<{ node: Application }>(
    `query($id: ID!) { node(id: $id) { ... on ChangeApplication { ${APPLICATION} } } }`,
    { id },
    { token: officer },
  );
  return res.data!.node;
}

/** Enqueues the daily job now, as its schedule does, runs it, and answers its output. */
async function runDailyJob(): Promise<{ asOf: string; applied: number[]; refused: { id: number }[] }> {
  const job = server.jobs.job('registry-apply-changes')!;
  expect(job.schedule?.cron).toBeTruthy();
  const id = (await server.jobs.send(server.orm.em.fork(), job, {}))!;
  expect(await server.jobs.drain()).toBe(1);
  const status = await server.jobs.status(server.orm.em.fork(), job, id);
  expect(status?.state).toBe('completed');
  return status!.output as { asOf: string; applied: number[]; refused: { id: number }[] };
}

describe('a change approved for a later date', () => {
  it('waits for its date, then the daily job puts it on the record with its trail events', async () => {
    const { orgId, token } = await organizationWithAccount();
    const before = await organization(orgId);
    const filed = await file(token, {
      organizationId: orgId,
      changes: { domicile: '上海市黄浦区中山东一路18号' },
      effectiveOn: '2026-12-10',
    });
    expectUserErrors(filed, []);
    const id = filed.application!.id;

    const decided = await approve(id);
    expectUserErrors(decided, []);
    expect(decided.application).toMatchObject({
      status: 'APPROVED',
      effectiveOn: '2026-12-10',
      appliedAt: null,
    });
    // Not on the record before its date.
    expect(decided.organization.domicile).toBe(before.domicile);
    expect((await organization(orgId)).domicile).toBe(before.domicile);
    const [review] = await knex()('audit_event')
      .where({ action: 'reviewChangeApplication', subject_key: keyOf(id) })
      .select('changes');
    expect(review.changes.takesEffectOn).toEqual({ before: null, after: '2026-12-10' });

    // Meanwhile the organization files nothing more: the next change is compared with the new record.
    const again = await file(
      token,
      { organizationId: orgId, changes: { legalRepresentative: '李四' }, effectiveOn: '2026-12-04' },
      'en',
    );
    expect(expectUserErrors(again, ['TAKEN'])[0].message).toMatch(/yet to take effect/);

    // 23:59 on the day before, in Shanghai: still waiting.
    clock.setTime(Date.parse('2026-12-09T23:59:00+08:00'));
    expect((await runDailyJob()).applied).toEqual([]);
    expect((await application(id)).appliedAt).toBeNull();

    // 00:05 on the date in Shanghai, still the 9th in UTC: it takes effect.
    clock.setTime(Date.parse('2026-12-10T00:05:00+08:00'));
    const run = await runDailyJob();
    expect(run.asOf).toBe('2026-12-10');
    expect(run.applied).toEqual([Number(keyOf(id))]);
    expect((await organization(orgId)).domicile).toBe('上海市黄浦区中山东一路18号');
    const applied = await application(id);
    expect(applied.status).toBe('APPROVED');
    expect(Date.parse(applied.appliedAt!)).toBe(clock.getTime());

    const events = await knex()('audit_event')
      .whereIn('action', ['applyChangeApplication', 'updateOrganization'])
      .whereIn('subject_key', [keyOf(id), keyOf(orgId)])
      .orderBy('id')
      .select('action', 'subject_type', 'changes', 'actor_key');
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'applyChangeApplication',
      'updateOrganization',
    ]);
    expect(events[1].changes.domicile).toEqual({
      before: before.domicile,
      after: '上海市黄浦区中山东一路18号',
    });
    expect(events[1].changes.changeApplicationId.after).toBe(id);
    expect(events[1].changes.effectiveOn.after).toBe('2026-12-10');

    // Running again changes nothing; a new application may be filed now.
    expect((await runDailyJob()).applied).toEqual([]);
    expectUserErrors(
      await file(token, {
        organizationId: orgId,
        changes: { legalRepresentative: '李四' },
        effectiveOn: '2026-12-10',
      }),
      [],
    );
  });

  it('is applied now when its date has come, and left waiting, named, when a rule refuses it on its date', async () => {
    clock.setTime(Date.parse('2026-12-10T09:00:00+08:00'));
    const today = await organizationWithAccount();
    const now = await file(today.token, {
      organizationId: today.orgId,
      changes: { domicile: '上海市静安区南京西路1号' },
      effectiveOn: '2026-12-10',
    });
    const decided = await approve(now.application!.id);
    expect(decided.application.appliedAt).not.toBeNull();
    expect(decided.organization.domicile).toBe('上海市静安区南京西路1号');

    // A new name approved for the 20th; another organization registers under it meanwhile.
    const later = await organizationWithAccount();
    const wanted = `上海市生效日期测试${Date.now() % 100_000}协会`;
    const filed = await file(later.token, {
      organizationId: later.orgId,
      changes: { name: wanted },
      effectiveOn: '2026-12-20',
    });
    await approve(filed.application!.id);
    const taken = await server.gql<Payload<'registerOrganization', object>>(
      REGISTER,
      { input: registrationInput({ name: wanted }) },
      { token: officer },
    );
    expectUserErrors(taken.data!.registerOrganization, []);

    clock.setTime(Date.parse('2026-12-20T00:05:00+08:00'));
    const run = await runDailyJob();
    expect(run.applied).toEqual([]);
    expect(run.refused.map((r) => r.id)).toEqual([Number(keyOf(filed.application!.id))]);
    expect((await application(filed.application!.id)).appliedAt).toBeNull();
    expect((await organization(later.orgId)).name).not.toBe(wanted);
  });
});
