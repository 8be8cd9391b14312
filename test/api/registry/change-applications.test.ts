import { describe, expect, it } from 'vitest';
import { OrganizationType } from '../../../server/modules/registry/enums.js';
import {
  freshCreditCode,
  officer,
  pudongOfficer,
  REGISTER,
  registrationInput,
  server,
  useRegistryServer,
} from '../../fixtures/registry.js';
import { expectUserErrors, USER_ERRORS, type UserErrorShape } from '../../helpers/user-errors.js';

useRegistryServer();

const NEW_PASSWORD = 'a-brand-new-password-2026';

const ISSUE = `mutation($input: IssueOrganizationAccountInput!) {
  issueOrganizationAccount(input: $input) { oneTimePassword account { username role mustChangePassword organization { id } } ${USER_ERRORS} }
}`;
const FILE = `mutation($input: FileChangeApplicationInput!) {
  fileChangeApplication(input: $input) {
    application { id status version effectiveOn reason filedAt filedBy { displayName role } changes { field before after } }
    ${USER_ERRORS}
  }
}`;
const REVIEW = `mutation($input: ReviewChangeApplicationInput!) {
  reviewChangeApplication(input: $input) {
    application { id status comment decidedAt decidedBy { displayName } changes { field before after } }
    organization { id domicile version }
    ${USER_ERRORS}
  }
}`;
const WITHDRAW = `mutation($input: WithdrawChangeApplicationInput!) {
  withdrawChangeApplication(input: $input) { application { status } ${USER_ERRORS} }
}`;

interface Application {
  id: string;
  status: string;
  version: number;
  changes: { field: string; before: string | null; after: string | null }[];
}
type Payload<K extends string, T> = Record<K, T & { userErrors: UserErrorShape[] }>;

/** A new organization (Pudong district-level, or municipal) with its first account, password changed. */
async function organizationWithAccount(level: 'DISTRICT' | 'MUNICIPAL' = 'DISTRICT') {
  const district = level === 'DISTRICT' ? '310115' : '310101';
  const registered = await server.gql<Payload<'registerOrganization', { organization: { id: string } }>>(
    REGISTER,
    {
      input: registrationInput({
        registrationLevel: level,
        districtCode: district,
        creditCode: freshCreditCode(
          OrganizationType.SOCIAL_GROUP,
          level === 'DISTRICT' ? district : undefined,
        ),
      }),
    },
    { token: level === 'DISTRICT' ? pudongOfficer : officer },
  );
  const orgId = registered.data!.registerOrganization.organization.id;
  const issued = await server.gql<
    Payload<'issueOrganizationAccount', { oneTimePassword: string; account: { username: string } }>
  >(ISSUE, { input: { organizationId: orgId } }, { token: level === 'DISTRICT' ? pudongOfficer : officer });
  const { oneTimePassword, account } = issued.data!.issueOrganizationAccount;
  const first = await server.login(account.username, oneTimePassword);
  const changed = await server.gql<Payload<'changePassword', object>>(
    `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ${USER_ERRORS} } }`,
    { input: { currentPassword: oneTimePassword, newPassword: NEW_PASSWORD } },
    { token: first },
  );
  expectUserErrors(changed.data!.changePassword, []);
  return { orgId, token: first, username: account.username };
}

async function file(token: string, input: Record<string, unknown>, locale?: string) {
  const res = await server.gql<Payload<'fileChangeApplication', { application: Application | null }>>(
    FILE,
    { input: { effectiveOn: '2026-01-15', reason: '理事会决议变更住所', ...input } },
    { token, locale },
  );
  return res.data!.fileChangeApplication;
}

async function review(token: string, input: Record<string, unknown>) {
  const res = await server.gql<
    Payload<
      'reviewChangeApplication',
      { application: Application | null; organization: { domicile: string; version: number } | null }
    >
  >(REVIEW, { input }, { token });
  if (res.errors) return { errors: res.errors.map((e) => e.extensions?.code) };
  return res.data!.reviewChangeApplication;
}

async function record(orgId: string, token = officer) {
  const res = await server.gql<{
    organization: {
      name: string;
      domicile: string;
      version: number;
      sponsorUnit: { name: string } | null;
      sponsorHistory: { validFrom: string; sponsorUnit: { name: string } | null }[];
    };
  }>(
    `query($id: ID!) { organization(id: $id) { name domicile version sponsorUnit { name } sponsorHistory { validFrom sponsorUnit { name } } } }`,
    { id: orgId },
    { token },
  );
  return res.data!.organization;
}

const keyOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

describe('issuing an organization its first account', () => {
  it('answers a one-time password once; the account may do nothing else until it changes it', async () => {
    const registered = await server.gql<Payload<'registerOrganization', { organization: { id: string } }>>(
      REGISTER,
      {
        input: registrationInput({
          registrationLevel: 'DISTRICT',
          districtCode: '310115',
          creditCode: freshCreditCode(OrganizationType.SOCIAL_GROUP, '310115'),
        }),
      },
      { token: pudongOfficer },
    );
    const orgId = registered.data!.registerOrganization.organization.id;
    const issued = await server.gql<
      Payload<
        'issueOrganizationAccount',
        {
          oneTimePassword: string;
          account: {
            username: string;
            role: string;
            mustChangePassword: boolean;
            organization: { id: string };
          };
        }
      >
    >(ISSUE, { input: { organizationId: orgId } }, { token: pudongOfficer });
    const payload = issued.data!.issueOrganizationAccount;
    expectUserErrors(payload, []);
    expect(payload.account).toMatchObject({
      role: 'ORGANIZATION',
      mustChangePassword: true,
      organization: { id: orgId },
    });
    expect(payload.account.username).toMatch(/^org\.51310115/);
    expect(payload.oneTimePassword.length).toBeGreaterThanOrEqual(12);
    // A second first account is refused; admins add more with createAccount.
    const again = await server.gql<Payload<'issueOrganizationAccount', object>>(
      ISSUE,
      { input: { organizationId: orgId, username: 'another.one' } },
      { token: officer },
    );
    expectUserErrors(again.data!.issueOrganizationAccount, ['TAKEN']);

    const token = await server.login(payload.account.username, payload.oneTimePassword);
    const me = await server.gql<{ me: { mustChangePassword: boolean } }>(
      `{ me { mustChangePassword } }`,
      {},
      { token },
    );
    expect(me.data!.me.mustChangePassword).toBe(true);
    const blocked = await server.gql(`{ changeApplications(first: 1) { totalCount } }`, {}, { token });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const blockedMutation = await server.gql(
      `mutation($id: ID!) { updateContactDetails(input: { organizationId: $id, phone: "021-62345678" }) { userErrors { code } } }`,
      { id: orgId },
      { token },
    );
    expect(blockedMutation.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await server.gql<Payload<'changePassword', { account: { mustChangePassword: boolean } }>>(
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { account { mustChangePassword } ${USER_ERRORS} } }`,
      { input: { currentPassword: payload.oneTimePassword, newPassword: NEW_PASSWORD } },
      { token },
    );
    expect(changed.data!.changePassword.account.mustChangePassword).toBe(false);
    const open = await server.gql<{ changeApplications: { totalCount: number } }>(
      `{ changeApplications(first: 1) { totalCount } }`,
      {},
      { token },
    );
    expect(open.errors).toBeUndefined();
    expect(open.data!.changeApplications.totalCount).toBe(0);
    // The one-time password is gone.
    await expect(server.login(payload.account.username, payload.oneTimePassword)).rejects.toThrow();
  });

  it('is for the officers over the organization only', async () => {
    const { orgId } = await organizationWithAccount('MUNICIPAL');
    const res = await server.gql(
      ISSUE,
      { input: { organizationId: orgId, username: 'x.y' } },
      { token: pudongOfficer },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a change application (变更登记)', () => {
  it('is filed by the organization, approved by its officer and applied in one go, with the trail', async () => {
    const { orgId, token } = await organizationWithAccount();
    const before = await record(orgId);
    const filed = await file(token, {
      organizationId: orgId,
      changes: { domicile: '上海市浦东新区世纪大道100号', legalRepresentative: '张三' },
    });
    expectUserErrors(filed, []);
    // Only what differs from the record is kept (the legal representative is the same).
    expect(filed.application).toMatchObject({
      status: 'PENDING',
      changes: [{ field: 'domicile', before: before.domicile, after: '上海市浦东新区世纪大道100号' }],
    });
    expect(await record(orgId)).toEqual(before);
    const second = await file(token, {
      organizationId: orgId,
      changes: { domicile: '上海市浦东新区别处1号' },
    });
    expectUserErrors(second, ['TAKEN']);

    const listed = await server.gql<{ changeApplications: { totalCount: number; nodes: { id: string }[] } }>(
      `query($id: ID!) { changeApplications(first: 10, filter: { statuses: [PENDING], organizationId: $id }) { totalCount nodes { id } } }`,
      { id: orgId },
      { token: pudongOfficer },
    );
    expect(listed.data!.changeApplications.nodes.map((n) => n.id)).toEqual([filed.application!.id]);

    const approved = await review(pudongOfficer, {
      applicationId: filed.application!.id,
      decision: 'APPROVE',
      comment: '材料齐全，准予变更。',
    });
    expect(approved).toMatchObject({
      userErrors: [],
      application: {
        status: 'APPROVED',
        comment: '材料齐全，准予变更。',
        decidedBy: { displayName: '浦东新区社团局' },
      },
      organization: { domicile: '上海市浦东新区世纪大道100号', version: before.version + 1 },
    });
    const knex = server.orm.em.getKnex();
    const events = await knex('audit_event')
      .whereIn('action', ['fileChangeApplication', 'reviewChangeApplication', 'updateOrganization'])
      .where((q) =>
        q
          .where({ subject_type: 'ChangeApplication', subject_key: keyOf(filed.application!.id) })
          .orWhere({ subject_type: 'Organization', subject_key: keyOf(orgId) }),
      )
      .orderBy('id');
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'fileChangeApplication',
      'reviewChangeApplication',
      'updateOrganization',
    ]);
    // The change event names the application and its effective date (extra facts are "after" values).
    const change = events[2] as { changes: Record<string, { before: unknown; after: unknown }> };
    expect(change.changes.domicile).toEqual({
      before: before.domicile,
      after: '上海市浦东新区世纪大道100号',
    });
    expect(change.changes.changeApplicationId.after).toBe(filed.application!.id);
    expect(change.changes.effectiveOn.after).toBe('2026-01-15');
    // A decided application stays decided.
    const again = await review(officer, {
      applicationId: filed.application!.id,
      decision: 'REJECT',
      comment: '再审',
    });
    expectUserErrors(again as { userErrors: UserErrorShape[] }, ['INVALID_TRANSITION']);
  });

  it('is rejected only with a comment, and the organization sees it', async () => {
    const { orgId, token } = await organizationWithAccount();
    const before = await record(orgId);
    const filed = await file(token, { organizationId: orgId, changes: { businessScope: '新的业务范围' } });
    const bare = await review(pudongOfficer, { applicationId: filed.application!.id, decision: 'REJECT' });
    expectUserErrors(bare as { userErrors: UserErrorShape[] }, ['REQUIRED']);
    const rejected = await review(pudongOfficer, {
      applicationId: filed.application!.id,
      decision: 'REJECT',
      comment: '缺少会员大会决议。',
    });
    expect(rejected).toMatchObject({ userErrors: [], application: { status: 'REJECTED' } });
    expect(await record(orgId)).toEqual(before);
    const own = await server.gql<{ changeApplications: { nodes: { status: string; comment: string }[] } }>(
      `{ changeApplications(first: 5) { nodes { status comment } } }`,
      {},
      { token },
    );
    expect(own.data!.changeApplications.nodes).toEqual([
      { status: 'REJECTED', comment: '缺少会员大会决议。' },
    ]);
  });

  it('may be withdrawn by the organization while it waits, then no one can decide it', async () => {
    const { orgId, token } = await organizationWithAccount();
    const filed = await file(token, {
      organizationId: orgId,
      changes: { englishName: 'A New English Name' },
    });
    const byOfficer = await server.gql(
      WITHDRAW,
      { input: { applicationId: filed.application!.id } },
      { token: pudongOfficer },
    );
    expect(byOfficer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const withdrawn = await server.gql<
      Payload<'withdrawChangeApplication', { application: { status: string } }>
    >(
      WITHDRAW,
      { input: { applicationId: filed.application!.id, version: filed.application!.version } },
      { token },
    );
    expect(withdrawn.data!.withdrawChangeApplication).toEqual({
      application: { status: 'WITHDRAWN' },
      userErrors: [],
    });
    const late = await review(pudongOfficer, { applicationId: filed.application!.id, decision: 'APPROVE' });
    expectUserErrors(late as { userErrors: UserErrorShape[] }, ['INVALID_TRANSITION']);
    // A new one may be filed now.
    expectUserErrors(
      await file(token, { organizationId: orgId, changes: { domicile: '上海市浦东新区张江路1号' } }),
      [],
    );
  });

  it('lets exactly one of two officers deciding at once win', async () => {
    const { orgId, token } = await organizationWithAccount();
    const before = await record(orgId);
    const filed = await file(token, {
      organizationId: orgId,
      changes: { domicile: '上海市浦东新区竞速路8号' },
    });
    const input = { applicationId: filed.application!.id, version: filed.application!.version };
    const results = await Promise.all([
      review(pudongOfficer, { ...input, decision: 'APPROVE' }),
      review(officer, { ...input, decision: 'REJECT', comment: '同时处理' }),
    ]);
    const codes = results.map((r) => (r as { userErrors: UserErrorShape[] }).userErrors.map((e) => e.code));
    expect(codes.filter((c) => c.length === 0)).toHaveLength(1);
    expect(codes.flat().every((c) => c === 'STALE_VERSION' || c === 'INVALID_TRANSITION')).toBe(true);
    const after = await record(orgId);
    const won = results.find((r) => (r as { userErrors: unknown[] }).userErrors.length === 0) as {
      application: { status: string };
    };
    expect(after.version).toBe(won.application.status === 'APPROVED' ? before.version + 1 : before.version);
  });

  it('is decided only by an officer of the right jurisdiction, and listed by jurisdiction', async () => {
    const { orgId, token } = await organizationWithAccount('MUNICIPAL');
    const filed = await file(token, { organizationId: orgId, changes: { domicile: '上海市黄浦区外滩1号' } });
    const refused = await review(pudongOfficer, {
      applicationId: filed.application!.id,
      decision: 'APPROVE',
    });
    expect(refused).toEqual({ errors: ['FORBIDDEN'] });
    const pudongList = await server.gql<{ changeApplications: { nodes: { id: string }[] } }>(
      `{ changeApplications(first: 100) { nodes { id } } }`,
      {},
      { token: pudongOfficer },
    );
    expect(pudongList.data!.changeApplications.nodes.map((n) => n.id)).not.toContain(filed.application!.id);
    const node = await server.gql<{ node: { id: string } | null }>(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: filed.application!.id },
      { token: pudongOfficer },
    );
    expect(node.data!.node).toBeNull();
    // Another organization's account may not file for it.
    const other = await organizationWithAccount();
    const foreign = await server.gql(
      FILE,
      {
        input: { organizationId: orgId, changes: { domicile: 'x' }, effectiveOn: '2026-01-01', reason: 'x' },
      },
      { token: other.token },
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('checks its items with the register’s own rules, in the caller’s language', async () => {
    const { orgId, token } = await organizationWithAccount();
    const nothing = await file(token, { organizationId: orgId, changes: {} });
    expectUserErrors(nothing, ['REQUIRED']);
    const bad = await file(
      token,
      {
        organizationId: orgId,
        changes: { domicile: '长'.repeat(201), name: '' },
        effectiveOn: '1900-01-01',
        reason: '',
      },
      'en',
    );
    const errors = expectUserErrors(bad, ['TOO_LONG', 'REQUIRED', 'INVALID', 'REQUIRED']);
    expect(errors.map((e) => e.field?.join('.')).sort()).toEqual(
      ['input.changes.domicile', 'input.changes.name', 'input.effectiveOn', 'input.reason'].sort(),
    );
    expect(errors.find((e) => e.code === 'TOO_LONG')!.message).toMatch(/Domicile must be at most 200/);
    const existing = await record((await organizationWithAccount()).orgId);
    const lookAlike = await file(token, { organizationId: orgId, changes: { name: existing.name } });
    expect(expectUserErrors(lookAlike, ['TAKEN'])[0].field).toEqual(['input', 'changes', 'name']);
  });

  it('changes the sponsor unit through the sponsor-change rule', async () => {
    const { orgId, token } = await organizationWithAccount();
    const units = await server.gql<{ sponsorUnits: { nodes: { id: string; name: string }[] } }>(
      `{ sponsorUnits(first: 5, filter: { active: true }) { nodes { id name } } }`,
    );
    const before = await record(orgId);
    const unit = units.data!.sponsorUnits.nodes.find((u) => u.name !== before.sponsorUnit?.name)!;
    const filed = await file(token, {
      organizationId: orgId,
      changes: { sponsorUnitId: unit.id },
      effectiveOn: '2025-03-01',
    });
    expect(filed.application!.changes).toEqual([
      { field: 'sponsorUnit', before: before.sponsorUnit?.name ?? null, after: unit.name },
    ]);
    const approved = await review(pudongOfficer, {
      applicationId: filed.application!.id,
      decision: 'APPROVE',
    });
    expectUserErrors(approved as { userErrors: UserErrorShape[] }, []);
    const after = await record(orgId);
    expect(after.sponsorUnit).toEqual({ name: unit.name });
    expect(after.sponsorHistory.at(-1)).toEqual({
      validFrom: '2025-03-01',
      sponsorUnit: { name: unit.name },
    });
  });
});

describe('contact details', () => {
  const UPDATE = `mutation($input: UpdateContactDetailsInput!) { updateContactDetails(input: $input) { organization { contactPhone contactEmail website } ${USER_ERRORS} } }`;

  it('are kept by the organization itself, checked, public and on the trail', async () => {
    const { orgId, token } = await organizationWithAccount();
    const bad = await server.gql<Payload<'updateContactDetails', object>>(
      UPDATE,
      {
        input: {
          organizationId: orgId,
          phone: '12345',
          email: 'not-an-email',
          website: 'javascript:alert(1)',
        },
      },
      { token, locale: 'en' },
    );
    const errors = expectUserErrors(bad.data!.updateContactDetails, ['INVALID', 'INVALID', 'INVALID']);
    expect(errors.map((e) => e.field![1]).sort()).toEqual(['email', 'phone', 'website']);
    const good = await server.gql<Payload<'updateContactDetails', { organization: object }>>(
      UPDATE,
      {
        input: {
          organizationId: orgId,
          phone: '021-6234 5678 转 801',
          email: 'office@example.org',
          website: 'https://www.example.org/',
        },
      },
      { token },
    );
    expect(good.data!.updateContactDetails).toEqual({
      organization: {
        contactPhone: '021-6234 5678 转 801',
        contactEmail: 'office@example.org',
        website: 'https://www.example.org/',
      },
      userErrors: [],
    });
    const anonymous = await server.gql<{ organization: { contactPhone: string; website: string } }>(
      `query($id: ID!) { organization(id: $id) { contactPhone website } }`,
      { id: orgId },
    );
    expect(anonymous.data!.organization).toEqual({
      contactPhone: '021-6234 5678 转 801',
      website: 'https://www.example.org/',
    });
    const cleared = await server.gql<
      Payload<'updateContactDetails', { organization: { website: string | null } }>
    >(UPDATE, { input: { organizationId: orgId, website: '' } }, { token });
    expect(cleared.data!.updateContactDetails.organization).toMatchObject({
      website: null,
      contactPhone: '021-6234 5678 转 801',
    });
    const events = await server.orm.em
      .getKnex()('audit_event')
      .where({ action: 'updateContactDetails', subject_key: keyOf(orgId) })
      .orderBy('id');
    expect(events).toHaveLength(2);
    expect(events[0].changes.contactEmail).toEqual({ before: null, after: 'office@example.org' });
  });
});
