import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    sample: 30,
    config: { clientConcurrency: { concurrent: 1, waiting: 2 } },
  });
});
afterAll(() => server?.close());

const HEAVY = `{ a: organizations(first: 100) { totalCount nodes { name district { name } sponsorUnit { name } } }
  b: organizations(first: 100, filter: { search: "上海" }) { totalCount nodes { name } } }`;
const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

describe('one client cannot take the pool from everyone', () => {
  it('serves a client’s requests in turn, refuses those beyond its queue, and keeps serving others meanwhile', async () => {
    const flood = Array.from({ length: 8 }, () => server.gql(HEAVY, {}, from('198.51.100.66')));
    const other = server.gql(`{ organizations(first: 5) { nodes { name } } }`, {}, from('198.51.100.67'));
    const answers = await Promise.all(flood);
    expect((await other).status).toBe(200);
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(3);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(refused[0]!.errors?.[0]?.message).toMatch(/同时发出的请求过多/);
    // Once its requests are answered, the client is served again.
    expect((await server.gql(HEAVY, {}, from('198.51.100.66'))).status).toBe(200);
  });
});

describe('turns of requests the client gave up on', () => {
  it('are given back, so a client that navigates away while waiting is not locked out', async () => {
    const address = from('198.51.100.68');
    // Its one turn is taken by a request that waits on a lock; the next ones queue, and the client gives up on them.
    const lock = new (await import('pg')).default.Client({ connectionString: server.database.url });
    await lock.connect();
    await lock.query('begin');
    await lock.query('lock table organization in access exclusive mode');
    const holding = server.gql(`{ organizations(first: 1) { nodes { name } } }`, {}, address);
    // Sent on connections of their own (no keep-alive) and dropped after 300 ms, as a browser leaving the page does.
    const abandoned = Array.from(
      { length: 2 },
      () =>
        new Promise<void>((resolve) => {
          const sent = request(`${server.url}/graphql`, {
            method: 'POST',
            agent: false,
            headers: { 'content-type': 'application/json', ...address.headers },
          });
          sent.on('error', () => resolve());
          sent.end(JSON.stringify({ query: `{ organizations(first: 1) { nodes { name } } }` }));
          setTimeout(() => {
            sent.destroy();
            resolve();
          }, 300);
        }),
    );
    await Promise.all(abandoned);
    await lock.query('commit');
    await lock.end();
    expect((await holding).status).toBe(200);
    // Every turn came back: the client is answered again, promptly.
    const started = Date.now();
    const again = await Promise.race([
      server.gql(`{ organizations(first: 1) { nodes { name } } }`, {}, address),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000)),
    ]);
    expect(again?.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
