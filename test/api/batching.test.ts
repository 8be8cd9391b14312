import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { recordStatements, type StatementRecorder } from '../helpers/statements.js';

let server: TestServer;
let token: string;
let statements: StatementRecorder;

beforeAll(async () => {
  server = await startTestServer({ sample: 20 });
  token = await server.login('officer');
  statements = recordStatements();
});
afterAll(async () => {
  statements?.stop();
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
  statements.clear();
  const res = await server.gql<{ organizations: { nodes: unknown[] } }>(PAGE, { first }, { token });
  expect(res.errors).toBeUndefined();
  return { count: statements.reads().length, nodes: res.data!.organizations.nodes.length };
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
