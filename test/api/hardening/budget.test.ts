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

describe('budgets spent from leases (issue 12)', () => {
  let large: TestServer;
  beforeAll(async () => {
    large = await startTestServer({
      sample: 5,
      config: { costBudget: { anonymousPoints: 10_000, accountPoints: 10_000, windowSeconds: 3_600 } },
    });
  });
  afterAll(() => large?.close());

  it('takes a chunk of the shared budget once, then counts a client’s cheap queries in memory, point by point', async () => {
    const count = async () => {
      const rows = await large.orm.em
        .getKnex()
        .raw(`select points from limits.rate_limit where key = 'cost-address:198.51.100.50'`);
      return (rows.rows as { points: number }[])[0]?.points ?? 0;
    };
    const remaining: number[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await large.gql(`{ __typename }`, {}, from('198.51.100.50'));
      expect(res.status).toBe(200);
      remaining.push(Number(res.headers.get('x-ratelimit-remaining')));
    }
    // One point each, as before, told exactly to the client.
    expect(remaining).toEqual(remaining.map((_, i) => 10_000 - 1 - i));
    // The store was charged once: the first query's point and a chunk of 1/100 of the limit.
    expect(await count()).toBe(1 + 100);
    // Past the chunk the next lease is taken; the store still holds every point spent, and no more than a chunk ahead.
    for (let i = 0; i < 100; i++) await large.gql(`{ __typename }`, {}, from('198.51.100.50'));
    const stored = await count();
    expect(stored).toBeGreaterThanOrEqual(130);
    expect(stored).toBeLessThanOrEqual(130 + 100);
  });

  it('refuses once the shared budget cannot cover a request, exactly where counting one by one would', async () => {
    const first = await large.gql(LIST, {}, from('198.51.100.51'));
    const cost = 10_000 - Number(first.headers.get('x-ratelimit-remaining'));
    expect(cost).toBeGreaterThan(100);
    let status = 200;
    let answered = 1;
    while (answered < 200) {
      status = (await large.gql(LIST, {}, from('198.51.100.51'))).status;
      if (status !== 200) break;
      answered++;
    }
    expect(status).toBe(429);
    expect(answered).toBe(Math.floor(10_000 / cost));
  });
});
