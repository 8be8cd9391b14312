import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectUserErrors, USER_ERRORS } from '../../helpers/user-errors.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startTestServer({ sample: 50 });
  admin = await server.login('admin');
});
afterAll(() => server?.close());

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token ${USER_ERRORS} } }`;
type LoginAnswer = {
  token: string | null;
  userErrors: { field: string[] | null; code: string; message: string }[];
};

async function tryLogin(username: string, password: string, address = '192.0.2.1'): Promise<LoginAnswer> {
  const res = await server.gql<{ login: LoginAnswer }>(
    LOGIN,
    { input: { username, password } },
    { headers: { 'x-forwarded-for': address } },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.login;
}

async function createAccount(username: string): Promise<void> {
  const res = await server.gql<{ createAccount: { userErrors: [] } }>(
    `mutation($input: CreateAccountInput!) { createAccount(input: $input) { ${USER_ERRORS} } }`,
    { input: { username, password: 'a-long-password-1', role: 'BUYER', department: '上海市民政局' } },
    { token: admin },
  );
  expect(res.data!.createAccount.userErrors).toEqual([]);
}

/** As if the budgets' windows had passed. */
async function windowsPass(): Promise<void> {
  await server.orm.em.getKnex().raw(`update limits.rate_limit set expire = 1`);
}

describe('login throttling', () => {
  it('slows an account down from one address after repeated failures, even for the right password, until the wait is over', async () => {
    await createAccount('target');
    for (let i = 0; i < 5; i++)
      expectUserErrors(await tryLogin('target', `guess-${i}-wrong`, '198.51.100.7'), ['INVALID_CREDENTIALS']);
    const blocked = await tryLogin('target', 'a-long-password-1', '198.51.100.7');
    const [error] = expectUserErrors(blocked, ['TOO_MANY_ATTEMPTS']);
    expect(error.message).toMatch(/请 \d+ 秒后再试/);
    expect(blocked.token).toBeNull();
    // An unknown user is throttled the same way (no hint that it does not exist).
    for (let i = 0; i < 5; i++) await tryLogin('ghost.user', `guess-${i}-wrong`, '198.51.100.7');
    expectUserErrors(await tryLogin('ghost.user', 'anything-at-all', '198.51.100.7'), ['TOO_MANY_ATTEMPTS']);
    // Once the wait has passed, the right password works and clears the count.
    await windowsPass();
    expect((await tryLogin('target', 'a-long-password-1', '198.51.100.7')).token).toBeTruthy();
    expectUserErrors(await tryLogin('target', 'wrong-again-1', '198.51.100.7'), ['INVALID_CREDENTIALS']);
  });

  it('counts guesses sent in parallel one by one: 40 at once check at most 5, and the right password after them is refused', async () => {
    await createAccount('raced');
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        server.gql<{ login: LoginAnswer }>(
          LOGIN,
          { input: { username: 'raced', password: `parallel-guess-${i}` } },
          { headers: { 'x-forwarded-for': '198.51.100.40' } },
        ),
      ),
    );
    // Each is checked, throttled, or (beyond the client's queue of turns) refused before anything runs.
    const got = answers.map((a) => a.data?.login.userErrors[0]?.code ?? a.errors?.[0]?.extensions?.code);
    expect(got.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(
      got.filter((c) => c !== 'INVALID_CREDENTIALS' && c !== 'TOO_MANY_ATTEMPTS' && c !== 'RATE_LIMITED'),
    ).toEqual([]);
    expectUserErrors(await tryLogin('raced', 'a-long-password-1', '198.51.100.40'), ['TOO_MANY_ATTEMPTS']);
  });

  it('does not let a stranger lock a user out: failures from elsewhere leave the user’s own address alone', async () => {
    await createAccount('victim');
    for (let i = 0; i < 12; i++)
      await tryLogin('victim', `stranger-guess-${i}`, `203.0.113.${100 + (i % 2)}`);
    expectUserErrors(await tryLogin('victim', 'stranger-guess-x', '203.0.113.100'), ['TOO_MANY_ATTEMPTS']);
    expect((await tryLogin('victim', 'a-long-password-1', '192.0.2.55')).token).toBeTruthy();
  });

  it('slows down one address trying many accounts', async () => {
    for (let i = 0; i < 20; i++) await tryLogin(`sprayed.${i}`, 'password-guess', '203.0.113.9');
    expectUserErrors(await tryLogin('admin', DEMO_PASSWORD, '203.0.113.9'), ['TOO_MANY_ATTEMPTS']);
    expect((await tryLogin('admin', DEMO_PASSWORD, '203.0.113.10')).token).toBeTruthy();
  });

  it('throttles the current-password check of a password change the same way', async () => {
    await createAccount('stolen.session');
    const token = (await tryLogin('stolen.session', 'a-long-password-1', '192.0.2.77')).token!;
    const change = (currentPassword: string) =>
      server.gql<{ changePassword: { userErrors: { code: string; field: string[] }[] } }>(
        `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ${USER_ERRORS} } }`,
        { input: { currentPassword, newPassword: 'stolen-and-changed-9' } },
        { token, headers: { 'x-forwarded-for': '192.0.2.77' } },
      );
    const tries = await Promise.all(Array.from({ length: 12 }, (_, i) => change(`brute-force-${i}`)));
    const got = tries.map((t) => t.data!.changePassword.userErrors[0]!.code);
    expect(got.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(got.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(7);
    const right = await change('a-long-password-1');
    expect(right.data!.changePassword.userErrors[0]).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      field: ['input', 'currentPassword'],
    });
  });
});
