/**
 * `npm run bench -- --scale 10`: how read latencies grow with the register.
 * Seeds the demo city (17,400 organizations) on PostgreSQL, measures, then
 * adds copies of every organization (new names and credit codes, same
 * districts, units and statuses) until the register is N times as large
 * (170,000 at 10), and measures again. A keyset page should stay flat; an
 * index lookup should grow with the log of the size; a filtered count grows
 * with the rows it counts, the unfiltered total (maintained) does not.
 */
import pg from 'pg';
import { createApp } from '../../server/app.js';
import { benchConfig } from './config.js';
import { createOrm, migrate } from '../../server/orm.js';
import { loadDemoData } from '../../seeds/load-demo.js';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB = 'sorg_bench_scale';
const REQUESTS = 60;

async function admin(sql: string, url = SERVER_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Probe {
  label: string;
  query: string;
  variables?: () => Record<string, unknown>;
  token?: boolean;
}

const DETAIL = `query($id: ID!) { organization(id: $id) { id name legalRepresentative sponsorUnit { name } sponsorHistory { validFrom sponsorUnit { name } } } }`;

export async function runScaleBench(factor: number): Promise<void> {
  await admin(`drop database if exists ${DB} with (force)`);
  await admin(`create database ${DB}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${DB}`;
  const orm = await createOrm(url.toString(), 10);
  const results: Record<string, { median: number; p95: number }[]> = {};
  let sizes: number[] = [];
  try {
    await migrate(orm);
    console.log('seeding the demo city…');
    await loadDemoData(orm, { password: 'bench-password' });
    const app = await createApp(orm, benchConfig({ jobWorkers: false }));
    await app.http.listen({ port: 0, host: '127.0.0.1' });
    const address = app.http.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const gql = async (query: string, variables?: object, token?: string) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return json.data!;
    };
    const login = await gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, {
      i: { username: 'officer', password: 'bench-password' },
    });
    const officer = (login as { login: { token: string } }).login.token;
    const knex = orm.em.getKnex();
    const ids: string[] = [];
    const cursor = { after: '' };
    const probes: Probe[] = [
      {
        label: 'list, first page of 50 (keyset)',
        query: `{ organizations(first: 50) { nodes { id name district { name } sponsorUnit { name } } } }`,
      },
      {
        label: 'list, a page of 50 in the middle (keyset cursor)',
        query: `query($after: String) { organizations(first: 50, after: $after) { nodes { id name district { name } } } }`,
        variables: () => ({ after: cursor.after }),
      },
      {
        label: 'totalCount, whole register (maintained)',
        query: `{ organizations(first: 1) { totalCount } }`,
      },
      {
        label: 'totalCount, one district (counted)',
        query: `{ organizations(first: 1, filter: { districtCodes: ["310115"] }) { totalCount } }`,
      },
      {
        label: 'search 养老, first 20 + totalCount',
        query: `{ organizations(first: 20, filter: { search: "养老" }) { totalCount nodes { id name } } }`,
      },
      {
        label: 'search 浦东新区社区, first 20',
        query: `{ organizations(first: 20, filter: { search: "浦东新区社区" }) { nodes { id name } } }`,
      },
      {
        label: 'detail by id, as an officer (index lookup + read event)',
        query: DETAIL,
        variables: () => ({ id: ids[Math.floor(Math.random() * ids.length)] }),
        token: true,
      },
    ];
    const measure = async () => {
      const n = Number((await knex('organization').count({ n: '*' }).first())!.n);
      sizes.push(n);
      const middle = await knex('organization')
        .select('name', 'id')
        .orderBy([{ column: 'name' }, { column: 'id' }])
        .offset(Math.floor(n / 2))
        .first();
      cursor.after = Buffer.from(JSON.stringify([middle.name, middle.id])).toString('base64url');
      const sample = await knex('organization').select('id').orderByRaw('random()').limit(200);
      ids.splice(
        0,
        ids.length,
        ...sample.map((r: { id: number }) => Buffer.from(`Organization:${r.id}`).toString('base64url')),
      );
      await knex.raw('analyze');
      for (const probe of probes) {
        const times: number[] = [];
        for (let i = 0; i < REQUESTS + 5; i++) {
          const started = performance.now();
          await gql(probe.query, probe.variables?.(), probe.token ? officer : undefined);
          if (i >= 5) times.push(performance.now() - started);
        }
        times.sort((a, b) => a - b);
        (results[probe.label] ??= []).push({ median: percentile(times, 50), p95: percentile(times, 95) });
      }
    };
    await measure();
    console.log(`adding ${factor - 1} copies of every organization…`);
    const started = performance.now();
    // Copies keep districts, units, statuses and ratings; names and codes get the copy's number.
    await knex.raw(
      `insert into organization (credit_code, name, english_name, type, status, registration_level, district_code,
         registered_on, legal_representative, domicile, business_scope, registered_capital, is_industry_association,
         is_brand, rating_grade, rating_awarded_on, rating_valid_until, sponsor_unit_id, industry_department_id, version)
       select substr(o.credit_code, 1, 8) || lpad((o.id * 100 + k)::text, 9, '0') || 'x', o.name || '（' || k || '）',
         o.english_name, o.type, o.status, o.registration_level, o.district_code, o.registered_on, o.legal_representative,
         o.domicile, o.business_scope, o.registered_capital, o.is_industry_association, o.is_brand, o.rating_grade,
         o.rating_awarded_on, o.rating_valid_until, o.sponsor_unit_id, o.industry_department_id, 1
         from organization o cross join generate_series(1, ?::int) k`,
      [factor - 1],
    );
    console.log(`…in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await measure();
    await app.http.close();
  } finally {
    await orm.close();
    await admin(`drop database if exists ${DB} with (force)`);
  }
  const fmt = (r: { median: number; p95: number }) => `${r.median.toFixed(1)} ms (p95 ${r.p95.toFixed(1)})`;
  console.log(`\n${REQUESTS} sequential requests each, median and p95\n`);
  console.log(
    `| measure | ${sizes[0].toLocaleString('en')} organizations | ${sizes[1].toLocaleString('en')} | growth |`,
  );
  console.log('|---|---|---|---|');
  for (const [label, [small, large]] of Object.entries(results))
    console.log(
      `| ${label} | ${fmt(small)} | ${fmt(large)} | ${(large.median / small.median).toFixed(2)}× |`,
    );
  sizes = [];
}
