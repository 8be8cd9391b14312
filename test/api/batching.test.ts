import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let token: string;
let statements: string[] = [];
const originalQuery = pg.Client.prototype.query;

beforeAll(async () => {
  server = await startTestServer({ sample: 20 });
  token = await server.login('officer');
  // Count what really reaches PostgreSQL, from every query path (ORM and query builder).
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    statements.push(typeof first === 'string' ? first : (first?.text ?? ''));
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
});
afterAll(async () => {
  pg.Client.prototype.query = originalQuery;
  await server?.close();
});

const PAGE = `query($first: Int) {
  organizations(first: $first, filter: { statuses: [ACTIVE, SUSPENDED] }) {
    totalCount
    nodes {
      name district { code name } sponsorUnit { name organizationCount } industryDepartment { name }
      sponsorHistory { validFrom validTo sponsorUnit { name } }
    }
  }
}`;

async function statementsFor(first: number): Promise<{ count: number; nodes: number }> {
  statements = [];
  const res = await server.gql<{ organizations: { nodes: unknown[] } }>(PAGE, { first }, { token });
  expect(res.errors).toBeUndefined();
  // The caller's cost budget (limits.rate_limit) is leased now and then, not per read (issue 12).
  const reads = statements.filter((s) => !s.includes('"limits"."rate_limit"'));
  return { count: reads.length, nodes: res.data!.organizations.nodes.length };
}

describe('per-request batching', () => {
  it('loads a page with its relations in a fixed number of statements, whatever its size', async () => {
    const medium = await statementsFor(40);
    const large = await statementsFor(100);
    expect(medium.nodes).toBe(40);
    expect(large.nodes).toBe(100);
    // Reads: session lookup, page, count, districts, sponsor units, their
    // counts, industry departments, histories, the histories' units (9);
    // the officer's reads of internal fields go on the trail together (one insert, or a few).
    expect(large.count).toBeLessThanOrEqual(14);
    expect(large.count).toBe(medium.count);
    // A tiny page may skip a relation nobody in it has, never add one.
    expect((await statementsFor(3)).count).toBeLessThanOrEqual(large.count);
  });
});
