import 'reflect-metadata';
import autocannon from 'autocannon';
import pg from 'pg';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { createOrm, migrate } from '../../server/orm.js';
import { loadDemoData } from '../../seeds/load-demo.js';

const SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB = 'sorg_readpath_local';
const fresh = process.argv.includes('--fresh');
const admin = new pg.Client({ connectionString: SERVER_URL });
await admin.connect();
const exists = (await admin.query('select 1 from pg_database where datname = $1', [DB])).rowCount;
if (fresh || !exists) {
  await admin.query(`drop database if exists ${DB} with (force)`);
  await admin.query(`create database ${DB}`);
}
const url = `postgresql://postgres@127.0.0.1:5432/${DB}`;
const orm = await createOrm(url, 10);
await migrate(orm);
if (fresh || !exists) await loadDemoData(orm, { password: 'bench-password' });
const app = await createApp(orm, { ...loadConfig({ NODE_ENV: 'production' }), port: 0 });
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
const login = async (u: string) =>
  ((await gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { username: u, password: 'bench-password' } })) as { login: { token: string } }).login.token;
const officer = await login('officer');
const own = await login('org.demo');
const me = (await gql('{ me { organization { id } } }', undefined, own)) as { me: { organization: { id: string } } };
const detail = `query($id: ID!) { organization(id: $id) { id name legalRepresentative domicile businessScope registeredCapital sponsorUnit { name } sponsorHistory { validFrom validTo reason sponsorUnit { name } } } }`;
const cases: Record<string, [object, string?]> = {
  list: [{ query: `{ organizations(first: 50) { totalCount nodes { id name creditCode type status district { code name } sponsorUnit { name } rating { grade validUntil } } pageInfo { endCursor hasNextPage } } }` }],
  officer: [{ query: detail, variables: { id: me.me.organization.id } }, officer],
  own: [{ query: detail, variables: { id: me.me.organization.id } }, own],
  search: [{ query: `{ organizations(first: 20, filter: { search: "养老" }) { totalCount nodes { id name district { name } } } }` }],
  typename: [{ query: '{ __typename }' }],
};
const seconds = Number(process.env.SECONDS ?? 5);
for (const name of (process.env.ONLY ?? Object.keys(cases).join(',')).split(',')) {
  const [body, token] = cases[name];
  await gql((body as { query: string }).query, (body as { variables?: object }).variables, token);
  const r = await autocannon({
    url: `${base}/graphql`, method: 'POST', connections: 10, duration: seconds,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  console.log(`${name}: ${r.requests.average.toFixed(0)} req/s p50 ${r.latency.p50} p99 ${r.latency.p99} errors ${r.errors + r.non2xx}`);
}
await new Promise((r) => setTimeout(r, 500));
await app.http.close();
await orm.close();
await admin.end();
