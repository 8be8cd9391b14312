/**
 * `npm run bench -- --peer`: this server against PostGraphile 4, the reference
 * for GraphQL over PostgreSQL, on one seeded PostgreSQL database, side by
 * side in one run (the machine is noisy): alternating rounds, 3 per side,
 * medians reported. PostGraphile is installed into a temporary folder at run
 * time, never as a dependency of the project.
 *
 * For each query: requests/s, p50 and p99 latency, the ratio to
 * PostGraphile, PostgreSQL busy time and transactions per request (deltas of
 * pg_stat_database) and each server's resident memory.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { BENCH_LIMITS } from './config.js';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const ROUNDS_PER_SIDE = 3;
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 8);
const CONNECTIONS = 10;
const PEER_DIR = join(tmpdir(), 'sorg-bench-postgraphile');
const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB = 'sorg_bench_peer';

interface Side {
  name: 'ours' | 'PostGraphile';
  url: string;
  child: ChildProcess;
}

/** One query as each server spells it; variables and tokens are filled in once the data is loaded. */
interface Case {
  /** Short name for `--only` (list, officer, own, search, typename). */
  key: string;
  label: string;
  ours: { query: string; variables?: Record<string, unknown>; token?: string };
  peer: { query: string; variables?: Record<string, unknown> };
}

interface Round {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  busyMsPerRequest: number;
  transactionsPerRequest: number;
  /** The server process's CPU time (user + system) per request: steadier than req/s on a shared machine. */
  cpuMsPerRequest: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function databaseUrl(): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${DB}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>, url = SERVER_URL): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function installPeer(): string {
  const cli = join(PEER_DIR, 'node_modules', 'postgraphile', 'cli.js');
  if (!existsSync(cli)) {
    console.log(`installing postgraphile@4.14 into ${PEER_DIR} (not a dependency of the project)…`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', PEER_DIR, 'postgraphile@4.14'], {
      stdio: 'inherit',
    });
  }
  return cli;
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output()}`);
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not answer: ${output()}`);
}

async function start(
  name: Side['name'],
  command: string[],
  env: NodeJS.ProcessEnv,
  port: number,
): Promise<Side> {
  const child = spawn('node', command, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(url, child, () => output);
  return { name, url, child };
}

/** CPU time the process has used so far, in ms (/proc/<pid>/stat utime + stime, 100 ticks a second). */
function cpuMs(child: ChildProcess): number {
  const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssMiB(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Busy time and transactions of the bench database so far (pg_stat_database, PostgreSQL 14+). */
async function databaseStats(): Promise<{ activeMs: number; transactions: number }> {
  return admin(async (client) => {
    await client.query('select pg_stat_clear_snapshot()');
    const { rows } = await client.query(
      `select active_time, xact_commit + xact_rollback as transactions from pg_stat_database where datname = $1`,
      [DB],
    );
    return { activeMs: Number(rows[0].active_time), transactions: Number(rows[0].transactions) };
  });
}

async function gql(side: Side, body: object, token?: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${side.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (json.errors || !json.data) throw new Error(`${side.name}: ${JSON.stringify(json.errors)}`);
  return json.data;
}

async function round(side: Side, body: object, token?: string): Promise<Round> {
  const before = await databaseStats();
  const cpuBefore = cpuMs(side.child);
  const result = await autocannon({
    url: `${side.url}/graphql`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: ROUND_SECONDS,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  // Backends report their statistics at most once a second; let the last report in.
  const cpuAfter = cpuMs(side.child);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const after = await databaseStats();
  const requests = Math.max(1, result.requests.total);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    busyMsPerRequest: (after.activeMs - before.activeMs) / requests,
    transactionsPerRequest: (after.transactions - before.transactions) / requests,
    cpuMsPerRequest: (cpuAfter - cpuBefore) / requests,
  };
}

/** The queries of the comparison, each as both servers spell it. */
async function cases(ours: Side): Promise<Case[]> {
  const login = async (username: string) =>
    (
      (await gql(ours, {
        query: `mutation($i: LoginInput!) { login(input: $i) { token } }`,
        variables: { i: { username, password: 'bench-password' } },
      })) as { login: { token: string } }
    ).login.token;
  const officer = await login('officer');
  const orgAccount = await login('org.demo');
  const me = (await gql(ours, { query: '{ me { organization { id } } }' }, orgAccount)) as {
    me: { organization: { id: string } };
  };
  const orgId = me.me.organization.id;
  const orgKey = Number(Buffer.from(orgId, 'base64url').toString('utf8').split(':')[1]);
  const detail = `query($id: ID!) { organization(id: $id) { id name legalRepresentative domicile businessScope registeredCapital sponsorUnit { name } sponsorHistory { validFrom validTo reason sponsorUnit { name } } } }`;
  const peerDetail = `query($id: Int!) { organizationById(id: $id) { id name legalRepresentative domicile businessScope registeredCapital sponsorUnitBySponsorUnitId { name } sponsorshipPeriodsByOrganizationId(orderBy: [VALID_FROM_ASC, ID_ASC]) { nodes { validFrom validTo reason sponsorUnitBySponsorUnitId { name } } } } }`;
  return [
    {
      key: 'list',
      label: 'organizations(first: 50) + district, sponsor unit, rating, totalCount',
      ours: {
        query: `{ organizations(first: 50) { totalCount nodes { id name creditCode type status district { code name } sponsorUnit { name } rating { grade validUntil } } pageInfo { endCursor hasNextPage } } }`,
      },
      peer: {
        query: `{ allOrganizations(first: 50, orderBy: [NAME_ASC, ID_ASC]) { totalCount nodes { id name creditCode type status districtByDistrictCode { code name } sponsorUnitBySponsorUnitId { name } ratingGrade ratingValidUntil } pageInfo { endCursor hasNextPage } } }`,
      },
    },
    {
      key: 'officer',
      label: 'organization(id) with sponsor history, as an officer (read event)',
      ours: { query: detail, variables: { id: orgId }, token: officer },
      peer: { query: peerDetail, variables: { id: orgKey } },
    },
    {
      key: 'own',
      label: "the same, as the organization's own account (no read event)",
      ours: { query: detail, variables: { id: orgId }, token: orgAccount },
      peer: { query: peerDetail, variables: { id: orgKey } },
    },
    {
      key: 'search',
      label: 'search 养老, first 20 (PostGraphile: a function on our bigram index)',
      ours: {
        query: `{ organizations(first: 20, filter: { search: "养老" }) { totalCount nodes { id name district { name } } } }`,
      },
      peer: {
        query: `{ benchSearchOrganizations(term: "养老", first: 20) { totalCount nodes { id name districtByDistrictCode { name } } } }`,
      },
    },
    {
      key: 'typename',
      label: '{ __typename }',
      ours: { query: '{ __typename }' },
      peer: { query: '{ __typename }' },
    },
  ];
}

async function seed(): Promise<void> {
  await admin(async (client) => {
    await client.query(`drop database if exists ${DB} with (force)`);
    await client.query(`create database ${DB}`);
  });
  console.log('seeding the demo city on PostgreSQL (npm run seed)…');
  execFileSync('node', ['--import', 'tsx', 'seeds/cli.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl(), DEMO_PASSWORD: 'bench-password' },
    stdio: 'inherit',
  });
  // PostGraphile sees only the tables the comparison reads: the other modules' tables (funds'
  // self-referencing ledger, for one) give it naming conflicts it refuses to start with.
  await admin(
    (client) =>
      client.query(`do $$ declare t text; begin
          for t in select tablename from pg_tables where schemaname = 'public'
                    and tablename not in ('organization', 'district', 'sponsor_unit', 'sponsorship_period') loop
            execute format('comment on table public.%I is %L', t, '@omit');
          end loop; end $$`),
    databaseUrl(),
  );
  // PostGraphile's side of search: a function over the same bigram index and substring check.
  await admin(
    (client) =>
      client.query(`create function bench_search_organizations(term text) returns setof organization
        language sql stable as $$
          select o.* from organization o
           where organization_search_bigrams(o.name, o.english_name, o.credit_code) @> text_bigrams(lower(term))
             and (strpos(lower(o.name), lower(term)) > 0 or strpos(lower(o.english_name), lower(term)) > 0
                  or strpos(lower(o.credit_code), lower(term)) > 0)
           order by o.name, o.id
        $$`),
    databaseUrl(),
  );
}

/** `--reuse`: keep the seeded bench database between runs (seeded once if it is missing). */
const REUSE = process.argv.includes('--reuse');

async function databaseExists(): Promise<boolean> {
  return admin(
    async (client) =>
      (await client.query('select 1 from pg_database where datname = $1', [DB])).rowCount === 1,
  );
}

export async function runPeerBench(): Promise<void> {
  const peerCli = installPeer();
  if (!REUSE || !(await databaseExists())) await seed();
  execFileSync('node', ['scripts/build-server.mjs'], { stdio: 'inherit' });
  const [ourPort, peerPort] = [await freePort(), await freePort()];
  const production = { NODE_ENV: 'production', DATABASE_URL: databaseUrl(), ...BENCH_LIMITS };
  const ours = await start(
    'ours',
    ['dist/server/main.js'],
    { ...production, PORT: String(ourPort) },
    ourPort,
  );
  const peer = await start(
    'PostGraphile',
    [
      peerCli,
      '-c',
      databaseUrl(),
      '--schema',
      'public',
      '--host',
      '127.0.0.1',
      '--port',
      String(peerPort),
      '--disable-query-log',
    ],
    production,
    peerPort,
  );
  const sides = [ours, peer];
  try {
    const table: string[] = [];
    // `--only list,officer`: just those cases (a quicker check while working).
    const onlyAt = process.argv.indexOf('--only');
    const only = onlyAt > 0 ? process.argv[onlyAt + 1].split(',') : null;
    for (const c of (await cases(ours)).filter((x) => !only || only.includes(x.key))) {
      const results: Record<Side['name'], Round[]> = { ours: [], PostGraphile: [] };
      // Warm both up, then alternate: ours, theirs, ours, theirs…
      await round(ours, c.ours, c.ours.token);
      await round(peer, c.peer);
      for (let i = 0; i < ROUNDS_PER_SIDE; i++) {
        results.ours.push(
          await round(ours, { query: c.ours.query, variables: c.ours.variables }, c.ours.token),
        );
        results.PostGraphile.push(await round(peer, c.peer));
      }
      const summary = (rounds: Round[]) => ({
        rps: median(rounds.map((r) => r.rps)),
        p50: median(rounds.map((r) => r.p50)),
        p99: median(rounds.map((r) => r.p99)),
        busy: median(rounds.map((r) => r.busyMsPerRequest)),
        xacts: median(rounds.map((r) => r.transactionsPerRequest)),
        cpu: median(rounds.map((r) => r.cpuMsPerRequest)),
        errors: rounds.reduce((n, r) => n + r.errors, 0),
      });
      const a = summary(results.ours);
      const b = summary(results.PostGraphile);
      table.push(
        `| ${c.label} | ${a.rps.toFixed(0)} req/s, p50 ${a.p50} ms, p99 ${a.p99} ms | ${b.rps.toFixed(0)} req/s, p50 ${b.p50} ms, p99 ${b.p99} ms | ${(a.rps / b.rps).toFixed(2)}× | ${a.busy.toFixed(2)} / ${b.busy.toFixed(2)} ms | ${a.xacts.toFixed(1)} / ${b.xacts.toFixed(1)} | ${a.cpu.toFixed(2)} / ${b.cpu.toFixed(2)} ms | ${a.errors + b.errors} |`,
      );
      console.log(table[table.length - 1]);
    }
    console.log(
      `\n${ROUNDS_PER_SIDE} alternating rounds of ${ROUND_SECONDS} s per side, ${CONNECTIONS} connections, medians; NODE_ENV=production\n`,
    );
    console.log(
      '| query | this server | PostGraphile 4 | ratio | PG busy per request (ours / theirs) | transactions per request | server CPU per request | errors |',
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const line of table) console.log(line);
    console.log(
      `\nresident memory: ours ${rssMiB(ours.child).toFixed(0)} MiB, PostGraphile ${rssMiB(peer.child).toFixed(0)} MiB`,
    );
  } finally {
    for (const side of sides) side.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    if (!REUSE) await admin((client) => client.query(`drop database if exists ${DB} with (force)`));
  }
}
