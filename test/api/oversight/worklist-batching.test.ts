import { describe, expect, it } from 'vitest';
import { officer, server, useOversightServer } from '../../fixtures/oversight.js';
import { recordStatements } from '../../helpers/statements.js';

useOversightServer();

const WORKLIST = `query($first: Int) { annualReports(first: $first) {
  totalCount nodes { year status filingStatus organization { name district { name } } warnings { code message } reviews { comment } } } }`;

async function statementsFor(first: number): Promise<{ count: number; nodes: number }> {
  const statements = recordStatements();
  try {
    const res = await server.gql<{ annualReports: { nodes: unknown[] } }>(
      WORKLIST,
      { first },
      { token: officer },
    );
    return { count: statements.reads().length, nodes: res.data!.annualReports.nodes.length };
  } finally {
    statements.stop();
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
