import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectUserErrors, USER_ERRORS } from '../helpers/user-errors.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startTestServer({ sample: 100 });
  admin = await server.login('admin');
});
afterAll(() => server?.close());

const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id username role version jurisdiction { code } department organization { name } } ${USER_ERRORS} } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token ${USER_ERRORS} } }`;
const ME = `{ me { username } }`;

interface AccountShape {
  id: string;
  username: string;
  version: number;
}

async function createAccount(input: Record<string, unknown>) {
  const res = await server.gql<{ createAccount: { account: AccountShape | null; userErrors: [] } }>(
    CREATE,
    { input: { password: 'a-long-password-1', ...input } },
    { token: admin },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createAccount;
}

async function tryLogin(username: string, password: string, headers: Record<string, string> = {}) {
  const res = await server.gql<{
    login: { token: string | null; userErrors: { code: string; message: string }[] };
  }>(LOGIN, { input: { username, password } }, { headers });
  return res.data!.login as {
    token: string | null;
    userErrors: { field: string[] | null; code: string; message: string }[];
  };
}

describe('account management', () => {
  it('creates accounts with the scope their role needs, and lists them', async () => {
    const buyer = await createAccount({
      username: 'buyer.health',
      role: 'BUYER',
      department: '上海市卫生健康委员会',
    });
    expect(buyer.userErrors).toEqual([]);
    expect(buyer.account).toMatchObject({
      username: 'buyer.health',
      role: 'BUYER',
      department: '上海市卫生健康委员会',
    });
    const officer = await createAccount({
      username: 'officer.minhang',
      role: 'REGISTRATION_OFFICER',
      jurisdictionCode: '310112',
    });
    expect(officer.account).toMatchObject({ jurisdiction: { code: '310112' } });

    expectUserErrors(await createAccount({ username: 'buyer.x', role: 'BUYER' }), ['REQUIRED']);
    expectUserErrors(await createAccount({ username: 'org.x', role: 'ORGANIZATION' }), ['NOT_FOUND']);
    expectUserErrors(
      await createAccount({ username: 'off.x', role: 'REGISTRATION_OFFICER', jurisdictionCode: '999999' }),
      ['NOT_FOUND'],
    );
    expectUserErrors(await createAccount({ username: 'Bad Name', role: 'ADMIN' }), ['INVALID']);
    expectUserErrors(await createAccount({ username: 'weak.one', role: 'ADMIN', password: 'short' }), [
      'WEAK_PASSWORD',
    ]);
    expectUserErrors(await createAccount({ username: 'buyer.health', role: 'BUYER', department: '重复' }), [
      'TAKEN',
    ]);

    const list = await server.gql<{ accounts: { totalCount: number; nodes: { username: string }[] } }>(
      `{ accounts(first: 50, filter: { role: BUYER }) { totalCount nodes { username } } }`,
      {},
      { token: admin },
    );
    expect(list.data!.accounts.nodes.map((a) => a.username).sort()).toEqual(['buyer.demo', 'buyer.health']);
  });

  it('ends every session of a disabled account and refuses its logins until enabled', async () => {
    const { account } = await createAccount({
      username: 'to.disable',
      role: 'BUYER',
      department: '上海市体育局',
    });
    const token = (await tryLogin('to.disable', 'a-long-password-1')).token!;
    expect((await server.gql<{ me: { username: string } }>(ME, {}, { token })).data!.me.username).toBe(
      'to.disable',
    );
    const disabled = await server.gql<{ disableAccount: { account: { active: boolean } } }>(
      `mutation($id: ID!) { disableAccount(input: { accountId: $id }) { account { active } ${USER_ERRORS} } }`,
      { id: account!.id },
      { token: admin },
    );
    expect(disabled.data!.disableAccount.account.active).toBe(false);
    expect((await server.gql(ME, {}, { token })).data).toEqual({ me: null });
    expectUserErrors(await tryLogin('to.disable', 'a-long-password-1'), ['INVALID_CREDENTIALS']);
    await server.gql(
      `mutation($id: ID!) { enableAccount(input: { accountId: $id }) { ${USER_ERRORS} } }`,
      { id: account!.id },
      { token: admin },
    );
    expect((await tryLogin('to.disable', 'a-long-password-1')).token).toBeTruthy();
  });

  it('does not let an admin disable itself', async () => {
    const me = await server.gql<{ me: { id: string } }>(`{ me { id } }`, {}, { token: admin });
    const res = await server.gql<{ disableAccount: { userErrors: [] } }>(
      `mutation($id: ID!) { disableAccount(input: { accountId: $id }) { ${USER_ERRORS} } }`,
      { id: me.data!.me.id },
      { token: admin },
    );
    expectUserErrors(res.data!.disableAccount, ['INVALID']);
  });

  it('resets a password: old sessions end, the new password works once, to be changed at login', async () => {
    const { account } = await createAccount({
      username: 'forgetful',
      role: 'BUYER',
      department: '上海市教育委员会',
    });
    const token = (await tryLogin('forgetful', 'a-long-password-1')).token!;
    const res = await server.gql<{
      resetPassword: { account: { mustChangePassword: boolean }; userErrors: [] };
    }>(
      `mutation($id: ID!) { resetPassword(input: { accountId: $id, newPassword: "brand-new-password-2" }) { account { mustChangePassword } ${USER_ERRORS} } }`,
      { id: account!.id },
      { token: admin },
    );
    expect(res.data!.resetPassword.userErrors).toEqual([]);
    expect(res.data!.resetPassword.account.mustChangePassword).toBe(true);
    expect((await server.gql(ME, {}, { token })).data).toEqual({ me: null });
    const reset = (await tryLogin('forgetful', 'brand-new-password-2')).token!;
    expect(reset).toBeTruthy();

    // Like an officer's one-time password: nothing but changing it until it is changed.
    const me = await server.gql<{ me: { mustChangePassword: boolean } }>(
      `{ me { mustChangePassword } }`,
      {},
      { token: reset },
    );
    expect(me.data!.me.mustChangePassword).toBe(true);
    // A buyer's own query (the needs' matches); the one-time password is checked before anything else.
    const MATCHES = `{ supplierMatches(needId: "U2VydmljZU5lZWQ6MA") { score } }`;
    const blocked = await server.gql(MATCHES, {}, { token: reset });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await server.gql<{
      changePassword: { account: { mustChangePassword: boolean }; userErrors: [] };
    }>(
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { account { mustChangePassword } ${USER_ERRORS} } }`,
      { input: { currentPassword: 'brand-new-password-2', newPassword: 'chosen-by-me-password-4' } },
      { token: reset },
    );
    expect(changed.data!.changePassword.userErrors).toEqual([]);
    expect(changed.data!.changePassword.account.mustChangePassword).toBe(false);
    const open = await server.gql(MATCHES, {}, { token: reset });
    expect(open.errors?.[0]?.extensions?.code).not.toBe('PASSWORD_CHANGE_REQUIRED');

    // The trail records the flag with the reset, never the password.
    const [event] = (await server.orm.em
      .getKnex()('audit_event')
      .where({ action: 'resetPassword' })
      .orderBy('id', 'desc')
      .limit(1)
      .select('changes')) as { changes: unknown }[];
    expect(JSON.stringify(event.changes)).toMatch(/mustChangePassword/);
  });

  it('changes its own password: other sessions end, this one stays', async () => {
    await createAccount({ username: 'careful', role: 'BUYER', department: '上海市财政局' });
    const here = (await tryLogin('careful', 'a-long-password-1')).token!;
    const elsewhere = (await tryLogin('careful', 'a-long-password-1')).token!;
    const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ${USER_ERRORS} } }`;
    const wrong = await server.gql<{ changePassword: { userErrors: [] } }>(
      CHANGE,
      { input: { currentPassword: 'not-it-at-all', newPassword: 'another-password-3' } },
      { token: here },
    );
    expectUserErrors(wrong.data!.changePassword, ['INVALID_CREDENTIALS']);
    const weak = await server.gql<{ changePassword: { userErrors: [] } }>(
      CHANGE,
      { input: { currentPassword: 'a-long-password-1', newPassword: 'short' } },
      { token: here, locale: 'en' },
    );
    expect(expectUserErrors(weak.data!.changePassword, ['WEAK_PASSWORD'])[0].message).toMatch(
      /12 characters/,
    );
    const ok = await server.gql<{ changePassword: { userErrors: [] } }>(
      CHANGE,
      { input: { currentPassword: 'a-long-password-1', newPassword: 'another-password-3' } },
      { token: here },
    );
    expect(ok.data!.changePassword.userErrors).toEqual([]);
    expect((await server.gql<{ me: { username: string } }>(ME, {}, { token: here })).data!.me.username).toBe(
      'careful',
    );
    expect((await server.gql(ME, {}, { token: elsewhere })).data).toEqual({ me: null });
    expectUserErrors(await tryLogin('careful', 'a-long-password-1'), ['INVALID_CREDENTIALS']);
  });

  it('records every account change in the trail, never the password', async () => {
    const rows = await server.orm.em
      .getKnex()('audit_event')
      .whereIn('action', [
        'createAccount',
        'disableAccount',
        'enableAccount',
        'resetPassword',
        'changePassword',
      ])
      .select('action', 'changes');
    expect(new Set(rows.map((r: { action: string }) => r.action))).toEqual(
      new Set(['createAccount', 'disableAccount', 'enableAccount', 'resetPassword', 'changePassword']),
    );
    expect(JSON.stringify(rows)).not.toMatch(/a-long-password|brand-new-password|another-password|argon2/);
  });
});
