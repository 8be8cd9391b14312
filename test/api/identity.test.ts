import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ sample: 200 });
});
afterAll(() => server?.close());

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token account { username role jurisdiction { code } organization { type } department } userErrors { field message code } } }`;
const ME = `{ me { username role displayName } }`;

describe('login, sessions and roles', () => {
  it('logs every demo account in with its role and scope', async () => {
    const expected = {
      admin: { role: 'ADMIN', jurisdiction: null, organization: null, department: null },
      officer: { role: 'REGISTRATION_OFFICER', jurisdiction: null, organization: null, department: null },
      'officer.pudong': {
        role: 'REGISTRATION_OFFICER',
        jurisdiction: { code: '310115' },
        organization: null,
        department: null,
      },
      'org.demo': {
        role: 'ORGANIZATION',
        jurisdiction: null,
        organization: { type: 'FOUNDATION' },
        department: null,
      },
      'buyer.demo': { role: 'BUYER', jurisdiction: null, organization: null, department: '上海市民政局' },
    };
    for (const [username, shape] of Object.entries(expected)) {
      const res = await server.gql<{ login: { token: string; account: Record<string, unknown> } }>(LOGIN, {
        input: { username, password: DEMO_PASSWORD },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.login.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      expect(res.data!.login.account).toEqual({ username, ...shape });
    }
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrongPassword = await server.gql<{ login: { token: null; userErrors: unknown[] } }>(LOGIN, {
      input: { username: 'officer', password: 'not-the-password' },
    });
    const unknownUser = await server.gql<{ login: { token: null; userErrors: unknown[] } }>(LOGIN, {
      input: { username: 'nobody.here', password: 'not-the-password' },
    });
    expect(wrongPassword.data!.login.token).toBeNull();
    expect(wrongPassword.data!.login.userErrors).toEqual([
      { field: ['input', 'password'], message: '用户名或密码错误。', code: 'INVALID_CREDENTIALS' },
    ]);
    expect(unknownUser.data!.login.userErrors).toEqual(wrongPassword.data!.login.userErrors);
  });

  it('stores only an argon2id hash of the password and a SHA-256 of the token', async () => {
    const token = await server.login('officer');
    const account = await server.orm.em.getKnex()('account').where({ username: 'officer' }).first();
    expect(account.password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await server.orm.em.getKnex()('session').select('token_hash');
    expect(
      sessions.every(
        (s: { token_hash: string }) => /^[0-9a-f]{64}$/.test(s.token_hash) && s.token_hash !== token,
      ),
    ).toBe(true);
  });

  it('knows the caller by bearer token and forgets it after logout', async () => {
    const token = await server.login('officer.pudong');
    expect((await server.gql<{ me: { username: string } }>(ME, {}, { token })).data!.me.username).toBe(
      'officer.pudong',
    );
    const out = await server.gql<{ logout: { userErrors: [] } }>(
      `mutation { logout(input: {}) { userErrors { code } } }`,
      {},
      { token },
    );
    expect(out.data!.logout.userErrors).toEqual([]);
    expect((await server.gql<{ me: null }>(ME, {}, { token })).data!.me).toBeNull();
    expect((await server.gql(ME)).data).toEqual({ me: null });
  });

  it('gives the portal an httpOnly SameSite cookie that reaches the same account', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { username: 'admin', password: DEMO_PASSWORD } },
      }),
    });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/sorg_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await server.gql<{ me: { username: string } }>(
      ME,
      {},
      { headers: { cookie: cookie.split(';')[0] } },
    );
    expect(me.data!.me.username).toBe('admin');
  });

  it('refuses a cookie-authenticated GET that could be a cross-site request (CSRF prevention)', async () => {
    const token = await server.login('admin');
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(ME)}`, {
      headers: { cookie: `sorg_session=${token}` },
    });
    expect(res.status).toBe(400);
  });

  it('ends sessions that are idle too long or past their absolute limit', async () => {
    const idle = await server.login('officer');
    const old = await server.login('officer');
    const knex = server.orm.em.getKnex();
    const sessions = await knex('session').orderBy('id', 'desc').limit(2).select('id');
    await knex('session')
      .where({ id: sessions[1].id })
      .update({ last_seen_at: knex.raw(`now() - interval '1 day'`) });
    await knex('session')
      .where({ id: sessions[0].id })
      .update({ expires_at: knex.raw(`now() - interval '1 second'`) });
    expect((await server.gql<{ me: null }>(ME, {}, { token: idle })).data!.me).toBeNull();
    expect((await server.gql<{ me: null }>(ME, {}, { token: old })).data!.me).toBeNull();
  });
});
