import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';

/**
 * Anonymous callers run on a pool of their own with a shorter statement
 * timeout (issue 7, D3): a public query that would hold a connection long is
 * ended with a clear TIMEOUT, while a logged-in officer's same query, on the
 * main pool with the longer timeout, waits and is answered.
 */
const ANONYMOUS_TIMEOUT_MS = 300;
const LIST = `{ organizations(first: 1) { nodes { name } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    sample: 200,
    anonymousPool: true,
    config: { anonymousReads: { statementTimeoutMs: ANONYMOUS_TIMEOUT_MS, poolMax: 2 } },
  });
});
afterAll(async () => server?.close());

/** Holds a table locked for `ms` (a statement that waits on it counts toward its timeout). */
async function lockFor(target: TestServer, table: string, ms: number): Promise<void> {
  const client = new pg.Client({ connectionString: target.database.url });
  await client.connect();
  await client.query('begin');
  await client.query(`lock table ${table} in access exclusive mode`);
  setTimeout(() => {
    client
      .query('commit')
      .then(() => client.end())
      .catch((error: unknown) => console.error('unlock failed', error));
  }, ms);
}

describe.runIf(process.env.DATABASE_URL)('the anonymous pool', () => {
  it('ends an anonymous statement at the shorter timeout and answers an officer who waits longer', async () => {
    const officer = await server.login('officer');
    await lockFor(server, 'organization', 1_200);
    const started = Date.now();
    const [anonymous, logged] = await Promise.all([
      server.gql(LIST, undefined, { locale: 'en' }).then((r) => ({ ...r, ms: Date.now() - started })),
      server.gql(LIST, undefined, { token: officer }).then((r) => ({ ...r, ms: Date.now() - started })),
    ]);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    expect(anonymous.errors?.[0]?.message).toMatch(/took too long/i);
    expect(anonymous.ms).toBeLessThan(1_100);
    expect(logged.errors).toBeUndefined();
    expect(logged.ms).toBeGreaterThanOrEqual(1_100);
    // The anonymous pool serves again once the lock is gone.
    const again = await server.gql(LIST);
    expect(again.errors).toBeUndefined();
  });
});

/**
 * One client's aliases run side by side, each wanting a connection; the
 * client holds at most half a pool at once, so another client's list is
 * answered while the first one's statements wait (server/connection-shares.ts).
 */
describe.runIf(process.env.DATABASE_URL)('connection shares', () => {
  let shared: TestServer;
  beforeAll(async () => {
    shared = await startTestServer({
      sample: 100,
      anonymousPool: true,
      config: { anonymousReads: { statementTimeoutMs: 5_000, poolMax: 4 } },
    });
  });
  afterAll(async () => shared?.close());

  it("leaves another client connections while one client's aliases wait", async () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `d${i}: industryDepartments { name }`);
    await lockFor(shared, 'industry_department', 1_500);
    const started = Date.now();
    const flood = shared.gql(`{ ${aliases.join(' ')} }`, undefined, {
      headers: { 'x-forwarded-for': '198.51.100.7' },
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const other = await shared.gql(LIST, undefined, { headers: { 'x-forwarded-for': '192.0.2.8' } });
    const otherMs = Date.now() - started;
    expect(other.errors).toBeUndefined();
    expect(otherMs).toBeLessThan(1_200);
    const flooded = await flood;
    expect(flooded.errors).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
  });
});
