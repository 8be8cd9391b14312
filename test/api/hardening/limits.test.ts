import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';

/** Limits that fail closed (D2), counts priced as they cost (D3), bad input refused as such (D15). */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ sample: 40 });
});
afterAll(() => server?.close());

const page = (i: number) => `a${i}: organizations(first: 100) { nodes { name } }`;

describe('the cost limit cannot be switched off', () => {
  it('refuses a costly query padded with thousands of cheap aliases', async () => {
    const padding = Array.from({ length: 10_000 }, (_, i) => `t${i}: __typename`).join(' ');
    const res = await server.gql(
      `{ ${Array.from({ length: 120 }, (_, i) => page(i)).join(' ')} ${padding} }`,
    );
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
  });

  it('refuses many root fields and prices each count as a page', async () => {
    const counts = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `c${i}: sponsorUnits(first: 0) { totalCount }`).join(' ')} }`;
    expect((await server.gql(counts(3))).errors).toBeUndefined();
    const many = await server.gql(counts(9_000 / 100));
    expect(many.status).toBe(400);
    expect(many.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
  });
});
