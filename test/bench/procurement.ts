/**
 * Service purchase's figures for `npm run bench` (issue 10): matching latency of one need
 * against every organization of the city, for a narrow need (one district, a rare category,
 * requirements) and a broad one (city-wide, the commonest category), with and without
 * `includeIneligible`, as the need's buyer. `npm run bench -- --procurement [--scale 10]` runs
 * only this part, on PostgreSQL, over the demo city and (with --scale) a city N times larger:
 * copies of every organization with copies of their supplier profiles.
 */
import pg from 'pg';
import { createApp } from '../../server/app.js';
import { createOrm, migrate } from '../../server/orm.js';
import { loadDemoData } from '../../seeds/load-demo.js';
import { benchConfig } from './config.js';

const MATCHES = `query($id: ID!, $all: Boolean) { supplierMatches(needId: $id, first: 20, includeIneligible: $all) {
  organization { name creditCode } eligible score reasons { factor points detail } blockers { rule detail eligibleFrom } } }`;
const SAVE = `mutation($input: SaveServiceNeedInput!) { saveServiceNeed(input: $input) { serviceNeed { id } userErrors { message } } }`;
const PUBLISH = `mutation($input: ServiceNeedActionInput!) { publishServiceNeed(input: $input) { userErrors { message } } }`;
const REQUESTS = 40;

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

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function publish(url: string, token: string, input: object): Promise<string> {
  const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const saved = (await gql(url, token, SAVE, {
    input: { budget: '500000.00', serviceStart: '2027-01-01', serviceEnd: '2027-12-31', deadline, ...input },
  })) as { saveServiceNeed: { serviceNeed: { id: string } } };
  const id = saved.saveServiceNeed.serviceNeed.id;
  await gql(url, token, PUBLISH, { input: { needId: id } });
  return id;
}

export async function benchProcurement(
  label: string,
  url: string,
  rows: string[][],
  password = 'bench-password',
) {
  const login = (await gql(url, '', `mutation($i: LoginInput!) { login(input: $i) { token } }`, {
    i: { username: 'buyer.demo', password },
  })) as { login: { token: string } };
  const token = login.login.token;
  const needs = {
    narrow: await publish(url, token, {
      title: '基准测试：专业调处（窄）',
      category: 'MEDIATION',
      districtCodes: ['310115'],
      requirements: { minCapacity: 1000, minYears: 5, qualifications: ['MEDIATOR'] },
    }),
    broad: await publish(url, token, {
      title: '基准测试：养老服务（全市）',
      category: 'ELDERLY_CARE',
      districtCodes: [],
    }),
  };
  for (const [kind, id] of Object.entries(needs))
    for (const all of [false, true]) {
      const times: number[] = [];
      let eligible = 0;
      for (let i = 0; i < REQUESTS + 5; i++) {
        const started = performance.now();
        const data = (await gql(url, token, MATCHES, { id, all })) as {
          supplierMatches: { eligible: boolean }[];
        };
        if (i >= 5) times.push(performance.now() - started);
        eligible = data.supplierMatches.filter((m) => m.eligible).length;
      }
      times.sort((a, b) => a - b);
      rows.push([
        label,
        `supplierMatches, ${kind} need, first 20${all ? ', includeIneligible' : ''} (HTTP, with reasons)`,
        `median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (${eligible} eligible on the page)`,
      ]);
    }
}

const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB = 'sorg_bench_procurement';

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** `--procurement [--scale N]`: this part alone, on PostgreSQL, at the demo city's size and N times it. */
export async function runProcurementBench(factor: number | null): Promise<void> {
  await admin(`drop database if exists ${DB} with (force)`);
  await admin(`create database ${DB}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${DB}`;
  const orm = await createOrm(url.toString(), 10);
  const rows: string[][] = [];
  try {
    await migrate(orm);
    await loadDemoData(orm, { password: 'bench-password' });
    const app = await createApp(orm, benchConfig({ trustProxy: ['loopback'] }));
    await app.http.listen({ port: 0, host: '127.0.0.1' });
    const bound = app.http.server.address();
    const address = `http://127.0.0.1:${typeof bound === 'object' && bound ? bound.port : 0}`;
    const knex = orm.em.getKnex();
    const size = async () =>
      Number((await knex('organization').count({ n: '*' }).first())!.n).toLocaleString('en');
    await benchProcurement(`PostgreSQL, ${await size()} organizations`, address, rows);
    if (factor) {
      // Copies keep everything the rules and the score read; names and codes get the copy's number.
      await knex.raw(
        `insert into organization (credit_code, name, name_skeleton, english_name, type, status, registration_level, district_code,
           registered_on, legal_representative, domicile, business_scope, registered_capital, is_industry_association,
           is_brand, rating_grade, rating_awarded_on, rating_valid_until, sponsor_unit_id, industry_department_id, version)
         select substr(o.credit_code, 1, 8) || lpad((o.id * 100 + k)::text, 9, '0') || 'x', o.name || '（' || k || '）',
           o.name_skeleton || '（' || k || '）', o.english_name, o.type, o.status, o.registration_level, o.district_code, o.registered_on, o.legal_representative,
           o.domicile, o.business_scope, o.registered_capital, o.is_industry_association, o.is_brand, o.rating_grade,
           o.rating_awarded_on, o.rating_valid_until, o.sponsor_unit_id, o.industry_department_id, 1
           from organization o cross join generate_series(1, ?::int) k`,
        [factor - 1],
      );
      await knex.raw(
        `insert into supplier_profile (organization_id, categories, district_codes, capacity, staff, description, past_cases)
         select c.id, sp.categories, sp.district_codes, sp.capacity, sp.staff, sp.description, sp.past_cases
           from organization c join supplier_profile sp on sp.organization_id = (substr(c.credit_code, 9, 9)::bigint / 100)::int
          where c.credit_code like '%x'`,
      );
      await knex.raw('analyze');
      await benchProcurement(`PostgreSQL, ${await size()} organizations`, address, rows);
    }
    await app.http.close();
  } finally {
    await orm.close();
    await admin(`drop database if exists ${DB} with (force)`);
  }
  console.log('\n| city | measure | figure |\n|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}
