/**
 * Oversight's figures for `npm run bench` (run.ts calls it on each database,
 * over the whole demo city): the compliance sweep (dry run, then real, then
 * again: idempotent), the officers' worklist (median, and SQL statements at
 * page sizes 20 and 100, which stay the same), and the XLSX export.
 */
import pg from 'pg';

const WORKLIST = `query($first: Int) { annualReports(first: $first, filter: { statuses: [SUBMITTED] }) {
  totalCount nodes { id year status receivedOn filingStatus incomeTotal organization { name district { name } } warnings { code message } } } }`;
const SWEEP = `mutation($input: RunComplianceSweepInput!) { runComplianceSweep(input: $input) {
  listed { rule } removed { rule } escalated { rule } restarted { rule } userErrors { code } } }`;

async function gql(url: string, token: string, query: string, variables: object) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data!;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** Statements that reach PostgreSQL while `work` runs, from every query path. */
async function statementsOf(work: () => Promise<unknown>): Promise<number> {
  const original = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = original;
  }
  return count;
}

export async function benchOversight(
  label: string,
  url: string,
  asOf: string,
  rows: string[][],
): Promise<void> {
  const login = (await gql(
    url,
    '',
    `mutation { login(input: { username: "officer", password: "bench-password" }) { token } }`,
    {},
  )) as {
    login: { token: string };
  };
  const token = login.login.token;
  const sweep = (dryRun: boolean) =>
    gql(url, token, SWEEP, { input: { asOf, dryRun } }) as Promise<{
      runComplianceSweep: Record<string, unknown[]>;
    }>;
  const counts = (r: { runComplianceSweep: Record<string, unknown[]> }) =>
    ['listed', 'escalated', 'restarted', 'removed']
      .map((k) => `${k} ${r.runComplianceSweep[k].length}`)
      .join(', ');
  await sweep(true); // warm up
  const [dry, dryMs] = await timed(() => sweep(true));
  rows.push([
    label,
    `compliance sweep, dry run, whole city as of ${asOf}`,
    `${dryMs.toFixed(0)} ms (${counts(dry)})`,
  ]);
  const [real, realMs] = await timed(() => sweep(false));
  rows.push([
    label,
    'compliance sweep, real run (writes listings, causes, trail)',
    `${realMs.toFixed(0)} ms (${counts(real)})`,
  ]);
  const [again, againMs] = await timed(() => sweep(false));
  rows.push([
    label,
    'compliance sweep, second real run (idempotent)',
    `${againMs.toFixed(0)} ms (${counts(again)})`,
  ]);

  const times: number[] = [];
  for (let i = 0; i < 100; i++) times.push((await timed(() => gql(url, token, WORKLIST, { first: 20 })))[1]);
  times.sort((a, b) => a - b);
  rows.push([
    label,
    'worklist annualReports(first: 20), waiting, with warnings',
    `median ${times[50].toFixed(1)} ms, p95 ${times[95].toFixed(1)} ms`,
  ]);
  const s20 = await statementsOf(() => gql(url, token, WORKLIST, { first: 20 }));
  const s100 = await statementsOf(() => gql(url, token, WORKLIST, { first: 100 }));
  rows.push([label, 'worklist SQL statements at first: 20 / first: 100', `${s20} / ${s100}`]);

  const [exported, exportMs] = await timed(async () => {
    const res = await fetch(`${url}/exports/annual-reports.xlsx`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return (await res.arrayBuffer()).byteLength;
  });
  const total = (await gql(url, token, `{ annualReports { totalCount } }`, {})) as {
    annualReports: { totalCount: number };
  };
  rows.push([
    label,
    `XLSX export of the whole worklist (${total.annualReports.totalCount} rows)`,
    `${(exportMs / 1000).toFixed(2)} s, ${(exported / 1e6).toFixed(1)} MB, ${Math.round(total.annualReports.totalCount / (exportMs / 1000))} rows/s`,
  ]);
}
