import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';

/**
 * One client cannot take a whole pool with the aliases of its requests
 * (issue 7, D3): its list statements use at most half of the pool, so
 * another client's list is answered while the first one's wait.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    sample: 50,
    anonymousPool: true,
    config: { anonymousReads: { statementTimeoutMs: 5_000, poolMax: 4 } },
  });
});
afterAll(async () => server?.close());

const LOCK_MS = 1_500;
// Six counts that scan the organization table (a search is never a maintained count).
const FLOOD = `{ ${Array.from({ length: 6 }, (_, i) => `c${i}: organizations(first: 0, filter: { search: "上海" }) { totalCount }`).join(' ')} }`;
const OTHER_LIST = `{ sponsorUnits(first: 5) { nodes { name } } }`;
const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

describe.runIf(process.env.DATABASE_URL)('shares of the pool', () => {
  it('answers another client’s list while one client’s six aliases wait on a locked table', async () => {
    const holder = new pg.Client({ connectionString: server.database.url });
    await holder.connect();
    await holder.query('begin');
    await holder.query('lock table organization in access exclusive mode');
    const unlocked = new Promise<void>((resolve) =>
      setTimeout(() => {
        holder
          .query('commit')
          .then(() => holder.end())
          .then(resolve, resolve);
      }, LOCK_MS),
    );
    const started = Date.now();
    const flood = server.gql(FLOOD, undefined, from('198.51.100.60'));
    // Let the flood's statements reach the pool first.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const other = await server.gql(OTHER_LIST, undefined, from('198.51.100.61'));
    const otherMs = Date.now() - started;
    expect(other.errors).toBeUndefined();
    expect(otherMs).toBeLessThan(LOCK_MS - 300);
    // The flood is answered in full once the lock is gone.
    const flooded = await flood;
    await unlocked;
    expect(flooded.errors).toBeUndefined();
    expect(Object.keys(flooded.data as object)).toHaveLength(6);
  });
});
