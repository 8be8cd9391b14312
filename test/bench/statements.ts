/**
 * `npm run bench -- --statements`: the SQL statements and transactions each
 * query of the side-by-side comparison sends to PostgreSQL, counted at the
 * driver (every path: ORM, query builder, pg-boss), on a small sample of the
 * demo city. Prints each statement once with how often it ran, so a new
 * round trip on the read path is seen at a glance.
 */
import pg from 'pg';
import { createApp } from '../../server/app.js';
import { benchConfig } from './config.js';
import { createOrm, migrate } from '../../server/orm.js';
import { loadDemoData } from '../../seeds/load-demo.js';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB = 'sorg_bench_statements';

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  await client.query(sql);
  await client.end();
}

export async function runStatementCount(): Promise<void> {
  await admin(`drop database if exists ${DB} with (force)`);
  await admin(`create database ${DB}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${DB}`;
  const orm = await createOrm(url.toString(), 5);
  await migrate(orm);
  await loadDemoData(orm, { password: 'bench-password', sample: 20 });
  const app = await createApp(orm, benchConfig({ jobWorkers: false }));
  await app.http.listen({ port: 0, host: '127.0.0.1' });
  const address = app.http.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const gql = async (query: string, variables?: object, token?: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data!;
  };
  const login = async (username: string) =>
    (
      (await gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, {
        i: { username, password: 'bench-password' },
      })) as { login: { token: string } }
    ).login.token;
  const officer = await login('officer');
  const orgAccount = await login('org.demo');
  const me = (await gql('{ me { organization { id } } }', undefined, orgAccount)) as {
    me: { organization: { id: string } };
  };
  const detail = `query($id: ID!) { organization(id: $id) { id name legalRepresentative domicile businessScope registeredCapital sponsorUnit { name } sponsorHistory { validFrom validTo reason sponsorUnit { name } } } }`;
  const cases: [string, string, object | undefined, string | undefined][] = [
    [
      'list',
      `{ organizations(first: 50) { totalCount nodes { id name creditCode type status district { code name } sponsorUnit { name } rating { grade validUntil } } pageInfo { endCursor hasNextPage } } }`,
      undefined,
      undefined,
    ],
    [
      'list, no totalCount',
      `{ organizations(first: 50) { nodes { id name district { code name } sponsorUnit { name } } } }`,
      undefined,
      undefined,
    ],
    ['officer detail', detail, { id: me.me.organization.id }, officer],
    ['own-account detail', detail, { id: me.me.organization.id }, orgAccount],
    [
      'search',
      `{ organizations(first: 20, filter: { search: "养老" }) { totalCount nodes { id name district { name } } } }`,
      undefined,
      undefined,
    ],
    ['__typename', '{ __typename }', undefined, undefined],
  ];
  const original = pg.Client.prototype.query;
  let seen: string[] = [];
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    seen.push(typeof first === 'string' ? first : (first?.text ?? ''));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
  try {
    for (const [label, query, variables, token] of cases) {
      await gql(query, variables, token); // warm (loaders, first-use statements)
      seen = [];
      await gql(query, variables, token);
      const statements = seen.filter((s) => !/^\s*(begin|commit|rollback)\b/i.test(s));
      const transactions = seen.filter((s) => /^\s*begin\b/i.test(s)).length;
      console.log(`\n## ${label}: ${statements.length} statements, ${transactions} explicit transactions`);
      for (const s of seen) console.log(`  ${s.replace(/\s+/g, ' ').slice(0, 220)}`);
    }
  } finally {
    pg.Client.prototype.query = original;
    await app.http.close();
    await orm.close();
    await admin(`drop database if exists ${DB} with (force)`);
  }
}
