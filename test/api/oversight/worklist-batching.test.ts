import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { officer, server, useOversightServer } from '../../fixtures/oversight.js';

useOversightServer();

let statements = 0;
const originalQuery = pg.Client.prototype.query;
afterAll(() => {
  pg.Client.prototype.query = originalQuery;
});

const WORKLIST = `query($first: Int) { annualReports(first: $first) {
  totalCount nodes { year status filingStatus organization { name district { name } } warnings { code message } reviews { comment } } } }`;

async function statementsFor(first: number): Promise<{ count: number; nodes: number }> {
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    // The caller's cost budget is leased now and then (limits.rate_limit), not charged per read.
    if (!(typeof first === 'string' ? first : (first?.text ?? '')).includes('"limits"."rate_limit"'))
      statements++;
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
  statements = 0;
  try {
    const res = await server.gql<{ annualReports: { nodes: unknown[] } }>(
      WORKLIST,
      { first },
      { token: officer },
    );
    return { count: statements, nodes: res.data!.annualReports.nodes.length };
  } finally {
    pg.Client.prototype.query = originalQuery;
  }
}

describe("the officers' worklist", () => {
  it('costs the same number of SQL statements at page sizes 20 and 100', async () => {
    const small = await statementsFor(20);
    const large = await statementsFor(100);
    expect([small.nodes, large.nodes]).toEqual([20, 100]);
    expect(large.count).toBe(small.count);
    console.log(`worklist statements: first 20 → ${small.count}, first 100 → ${large.count}`);
  });
});
