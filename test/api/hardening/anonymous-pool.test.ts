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

/** Holds the organization table locked for `ms` (a statement that waits on it counts toward its timeout). */
async function lockOrganizationsFor(ms: number): Promise<void> {
  const client = new pg.Client({ connectionString: server.database.url });
  await client.connect();
  await client.query('begin');
  await client.query('lock table organization in access exclusive mode');
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
    await lockOrganizationsFor(1_200);
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
