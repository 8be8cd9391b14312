import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

/** Small budgets, so a handful of queries spend them. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    sample: 30,
    config: { costBudget: { anonymousPoints: 400, accountPoints: 400, windowSeconds: 3_600 } },
  });
});
afterAll(() => server?.close());

// 20 rows of one field plus a count priced as a page of 100: about 120 points.
const LIST = `{ organizations(first: 20) { totalCount nodes { name } } }`;
const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

describe('query cost budgets', () => {
  it('charges each query its cost per address, says what is left, and refuses with RATE_LIMITED once spent', async () => {
    const first = await server.gql(LIST, {}, from('198.51.100.20'));
    expect(first.errors).toBeUndefined();
    expect(first.headers.get('x-ratelimit-limit')).toBe('400');
    const left = Number(first.headers.get('x-ratelimit-remaining'));
    expect(left).toBeLessThan(400 - 100);
    let last = first;
    for (let i = 0; i < 5 && last.status === 200; i++)
      last = await server.gql(LIST, {}, from('198.51.100.20'));
    expect(last.status).toBe(429);
    expect(last.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(last.errors?.[0]?.message).toMatch(/查询额度已用完.*请 \d+ 秒后再试/);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last.data).toBeUndefined();
    // Another client keeps its own budget.
    expect((await server.gql(LIST, {}, from('198.51.100.21'))).status).toBe(200);
  });

  it('counts an account over all its sessions and addresses, apart from anonymous callers', async () => {
    const token = await server.login('officer');
    const other = await server.login('officer');
    let status = 200;
    for (let i = 0; i < 8 && status === 200; i++)
      status = (await server.gql(LIST, {}, { token: i % 2 ? token : other, ...from(`192.0.2.${i}`) })).status;
    expect(status).toBe(429);
    const en = await server.gql(LIST, {}, { token, locale: 'en' });
    expect(en.errors?.[0]?.message).toMatch(/query budget of 400 points is spent/);
    expect((await server.gql(LIST, {}, from('198.51.100.30'))).status).toBe(200);
  });

  it('charges HTTP routes (exports) from the same budget', async () => {
    const token = await server.login('admin');
    const exportOnce = () =>
      fetch(`${server.url}/exports/audit-trail.csv`, { headers: { authorization: `Bearer ${token}` } });
    let res = await exportOnce();
    expect(res.headers.get('x-ratelimit-limit')).toBe('400');
    for (let i = 0; i < 10 && res.status === 200; i++) {
      await res.text();
      res = await exportOnce();
    }
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ error: 'RATE_LIMITED' });
  });
});

describe('client addresses behind a proxy', () => {
  it('takes the address the trusted proxy saw, not one the client wrote', async () => {
    const token = await server.login('admin');
    await server.gql(
      `mutation { login(input: { username: "admin", password: "wrong-password-1" }) { token } }`,
      {},
      { headers: { 'x-forwarded-for': '6.6.6.6, 198.51.100.99' } },
    );
    const rows = await server.orm.em
      .getKnex()
      .raw(`select key from limits.rate_limit where key like 'login-address:%' order by key`);
    const keys = (rows.rows as { key: string }[]).map((r) => r.key);
    expect(keys).toContain('login-address:198.51.100.99');
    expect(keys).not.toContain('login-address:6.6.6.6');
    expect(token).toBeTruthy();
  });
});

describe('TRUST_PROXY', () => {
  it('names the proxies; a bare count or flag, which would trust what clients write, is refused', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      'loopback',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: '1' })).toThrow(/TRUST_PROXY must name the proxies/);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });
});
