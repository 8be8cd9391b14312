/**
 * `npm run bench`: figures for the embedded database and for PostgreSQL
 * (DATABASE_URL, or the local server at 127.0.0.1:5432 when it answers):
 * demo-data load time, latency of the public list query and of searches,
 * and HTTP throughput under 10 concurrent connections. Not part of npm test.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import pg from 'pg';
import { createApp } from '../../server/app.js';
import { benchConfig } from './config.js';
import { startEmbeddedPostgres, type DatabaseEndpoint } from '../../server/database.js';
import { createAnonymousOrm, createOrm, migrate } from '../../server/orm.js';
import { loadDemoData } from '../../seeds/load-demo.js';
import { runPeerBench } from './peer.js';
import { runScaleBench } from './scale.js';
import { runStatementCount } from './statements.js';
// oversight
import { benchOversight } from './oversight.js';
// funds, relief, decoupling (issue 11)
import { benchIssue11 } from './funds.js';
// issue 10: procurement
import { benchProcurement, runProcurementBench } from './procurement.js';

// `npm run bench -- --peer`: side by side with PostGraphile 4 (peer.ts) instead.
if (process.argv.includes('--peer')) {
  await runPeerBench();
  process.exit(0);
}
// issue 10: `npm run bench -- --procurement [--scale 10]`: matching latency alone (procurement.ts).
if (process.argv.includes('--procurement')) {
  const at = process.argv.indexOf('--scale');
  await runProcurementBench(at > 0 ? Number(process.argv[at + 1]) : null);
  process.exit(0);
}
// `npm run bench -- --scale 10`: latencies at the demo city's size and ten times it (scale.ts).
const scaleAt = process.argv.indexOf('--scale');
if (scaleAt > 0) {
  const factor = Number(process.argv[scaleAt + 1]);
  if (!Number.isInteger(factor) || factor < 2) throw new Error('--scale needs a whole number of 2 or more');
  await runScaleBench(factor);
  process.exit(0);
}
// `npm run bench -- --statements`: what each of those queries sends to PostgreSQL (statements.ts).
if (process.argv.includes('--statements')) {
  await runStatementCount();
  process.exit(0);
}

const LIST_QUERY = `{ organizations(first: 50) { totalCount nodes { id name creditCode type status district { code name } sponsorUnit { name } rating { label } } pageInfo { endCursor hasNextPage } } }`;
const SEARCH_QUERY = `query($s: String) { organizations(first: 20, filter: { search: $s }) { totalCount nodes { id name district { name } } } }`;
const SEARCH_TERMS: Record<string, string[]> = {
  '2-char': ['养老', '协会', '浦东', '青年', '文化', '社区'],
  '3-char': ['青少年', '基金会', '促进会', '研究会', '服务社', '联合会'],
  '4-char': ['服务中心', '社会工作', '培训中心', '行业协会', '发展中心', '志愿服务'],
  // The commonest terms match most of the register (issue 7, D3): goal under 50 ms at the median.
  commonest: ['上海', '31', '协会', '服务'],
};

/** One anonymous client's flood of counts (12 aliases a request), while another client lists. */
const COUNT_FLOOD = `{ ${Array.from({ length: 12 }, (_, i) => `c${i}: organizations(first: 0, filter: { search: "上海" }) { totalCount }`).join(' ')} }`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// `npm run bench -- --only oversight`: only that part, on PostgreSQL only, in a database of its own.
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : null;
const benchDatabase = only ? `sorg_bench_${only.replace(/\W/g, '_')}` : 'sorg_bench';

async function postgresEndpoint(): Promise<DatabaseEndpoint | null> {
  const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  await admin.query(`drop database if exists ${benchDatabase} with (force)`);
  await admin.query(`create database ${benchDatabase}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${benchDatabase}`;
  return {
    url: url.toString(),
    embedded: false,
    poolMax: 10,
    async close() {
      if (process.argv.includes('--keep')) return; // left for EXPLAIN ANALYZE
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${benchDatabase} with (force)`);
      await c.end();
    },
  };
}

async function timeRequests(
  url: string,
  body: () => object,
  n: number,
  from = '192.0.2.1',
): Promise<{ median: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify(body()),
    });
    const json = (await res.json()) as { errors?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

async function throughput(
  url: string,
  query: string,
  seconds: number,
): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections: 10,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const rows: string[][] = [];
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function benchmark(label: string, endpoint: DatabaseEndpoint) {
  console.log(`\n== ${label} ==`);
  const orm = await createOrm(endpoint.url, endpoint.poolMax);
  await migrate(orm);
  let started = performance.now();
  await loadDemoData(orm, { password: 'bench-password' });
  const loadMs = performance.now() - started;
  rows.push([label, 'demo-data load (17,400 organizations + history)', `${(loadMs / 1000).toFixed(1)} s`]);
  const config = benchConfig({ trustProxy: ['loopback'] });
  // Anonymous callers on their own pool, as `npm start` runs them on a real PostgreSQL.
  const anonymousOrm = await createAnonymousOrm(endpoint, config);
  const app = await createApp(orm, config, anonymousOrm);
  await app.http.listen({ port: 0, host: '127.0.0.1' });
  const address = app.http.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    if (only === 'oversight') return await benchOversight(label, url, '2019-10-31', rows);
    await timeRequests(url, () => ({ query: LIST_QUERY }), 20); // warm up
    const list = await timeRequests(url, () => ({ query: LIST_QUERY }), 200);
    rows.push([
      label,
      'list organizations(first: 50) + district + sponsor',
      `median ${fmt(list.median)}, p95 ${fmt(list.p95)}`,
    ]);
    for (const [kind, terms] of Object.entries(SEARCH_TERMS)) {
      let i = 0;
      const search = await timeRequests(
        url,
        () => ({ query: SEARCH_QUERY, variables: { s: terms[i++ % terms.length] } }),
        120,
      );
      rows.push([
        label,
        `search, ${kind} Chinese terms`,
        `median ${fmt(search.median)}, p95 ${fmt(search.p95)}`,
      ]);
    }
    // A flood of counts from one client (4 at a time) while another client's list keeps its latency.
    let flooding = true;
    let floods = 0;
    let refused = 0;
    const flooder = Promise.all(
      Array.from({ length: 4 }, async () => {
        while (flooding) {
          // A flood answered with an error (TIMEOUT, RATE_LIMITED) still counts as a flood sent.
          await timeRequests(url, () => ({ query: COUNT_FLOOD }), 1, '198.51.100.1').then(
            () => floods++,
            () => refused++,
          );
        }
      }),
    );
    try {
      const during = await timeRequests(url, () => ({ query: LIST_QUERY }), 60, '192.0.2.2');
      rows.push([
        label,
        'list while another client floods counts (12 aliases, 4 at a time)',
        `median ${fmt(during.median)}, p95 ${fmt(during.p95)} (alone: ${fmt(list.median)}); ${floods} floods answered, ${refused} refused`,
      ]);
    } finally {
      flooding = false;
      await flooder;
    }
    started = performance.now();
    const trivial = await throughput(url, '{ __typename }', 5);
    rows.push([
      label,
      'HTTP { __typename } (no database), 10 connections',
      `${trivial.rps.toFixed(0)} req/s, p50 ${trivial.p50} ms, p99 ${trivial.p99} ms`,
    ]);
    const load = await throughput(url, LIST_QUERY, 10);
    rows.push([
      label,
      'HTTP list query, 10 connections',
      `${load.rps.toFixed(0)} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms, errors ${load.errors}`,
    ]);
    // oversight: the sweep, the worklist and its export, as of the demo's date
    await benchOversight(label, url, '2019-10-31', rows);
    // funds, relief, decoupling (issue 11)
    await benchIssue11(url, label, rows, 'bench-password');
    // issue 10: procurement matching
    await benchProcurement(label, url, rows);
  } finally {
    // autocannon stops mid-request; let those answers finish before closing the pool.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await app.http.close();
    await anonymousOrm?.close();
    await orm.close();
    await endpoint.close();
  }
}

// `--postgres-only` (or `--only`): skips the embedded database's round (half the run).
if (!only && !process.argv.includes('--postgres-only'))
  await benchmark('embedded (PGlite)', await startEmbeddedPostgres());
const postgres = await postgresEndpoint();
if (postgres) await benchmark('PostgreSQL', postgres);
else console.log('No PostgreSQL reachable (set DATABASE_URL): skipped.');

console.log('\n| database | measure | figure |\n|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
